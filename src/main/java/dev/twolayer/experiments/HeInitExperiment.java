package dev.twolayer.experiments;

import dev.twolayer.data.Generators;
import dev.twolayer.model.Init;
import dev.twolayer.model.ModelSpec;
import dev.twolayer.model.Seeds;
import dev.twolayer.model.TwoLayerNet;
import dev.twolayer.theory.HessianEigen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Section 2 of papers.md (Holzmueller and Steinwart, 2022): {@code f(x) = c + sum_i w_i relu(a_i x + b_i)} on the
 * six points x = (-1,-2,-3,1,2,3), y = (-1,2,-1,1,-2,1) + D with multinomial sample weights p, He (or swapped)
 * initialisation, trained by full-batch GD with the NTK step rule, SGD (minibatch 16 drawn from p, same step) or
 * Adam. With He init all kinks start at 0, between the data; GD stays in the kernel regime and converges to the
 * two-sided linear regression fit unless some kink reaches a data point (CROSSED).
 *
 * <p>Training is in double precision with a dedicated 1-D loop (six points: a general kernel would spend its time
 * on overhead). Each run draws p, the validation weights and the initial net once; every optimiser (and each init
 * variant) of that run starts from them, so the comparison is paired. Run r of cell (n, D) has the framework's
 * seed, so results are identical for any thread count.
 */
public final class HeInitExperiment {
    private HeInitExperiment() {}

    public static final String NAME = "he-init";

    /** Inputs of the six points (as in {@link Generators#sixPoint(double)}). */
    static final double[] X = {-1, -2, -3, 1, 2, 3};
    static final double[] Y0 = {-1, 2, -1, 1, -2, 1};
    static final int P = 6;

    public enum Optimiser { GD, SGD, ADAM }

    public enum InitKind { HE, SWAPPED }

    /** How a run ended. */
    public enum Outcome {
        /** some kink -b_i/a_i reached |x| >= 1 */
        CROSSED,
        /** GD: training loss stopped improving (by more than minImprovement for patience checks), no kink crossed */
        CONVERGED,
        /** SGD/Adam: validation loss stopped improving */
        EARLY_STOPPED,
        /** step cap reached */
        UNFINISHED,
        /** non-finite loss */
        DIVERGED
    }

    /**
     * @param widths         n values
     * @param shifts         D values
     * @param optimisers     optimisers to run from each init
     * @param inits          init variants
     * @param runs           runs per (n, D)
     * @param maxSteps       step cap (10^6 in the paper)
     * @param checkEvery     check interval (1000)
     * @param patience       checks without improvement before stopping (10)
     * @param minImprovement improvement that counts (1e-8)
     * @param batch          SGD/Adam minibatch (16)
     * @param adamLr         Adam learning rate (betas 0.9, 0.999, eps 1e-8)
     */
    public record Config(int[] widths, double[] shifts, List<Optimiser> optimisers, List<InitKind> inits, int runs,
                         long maxSteps, int checkEvery, int patience, double minImprovement, int batch, double adamLr) {
        public Config {
            if (widths == null || widths.length == 0) throw new IllegalArgumentException("need at least one width n");
            for (int n : widths) if (n < 1 || n > 46340) throw new IllegalArgumentException("width n must be in [1, 46340], got " + n);
            if (shifts == null || shifts.length == 0) throw new IllegalArgumentException("need at least one shift D");
            for (double s : shifts) if (!Double.isFinite(s)) throw new IllegalArgumentException("shift D must be finite, got " + s);
            if (optimisers == null || optimisers.isEmpty()) throw new IllegalArgumentException("need at least one optimiser (gd, sgd, adam)");
            if (inits == null || inits.isEmpty()) throw new IllegalArgumentException("need at least one init (he, swapped)");
            if (runs < 1) throw new IllegalArgumentException("runs must be >= 1, got " + runs);
            if (maxSteps < 1) throw new IllegalArgumentException("max steps must be >= 1, got " + maxSteps);
            if (checkEvery < 1) throw new IllegalArgumentException("check interval must be >= 1, got " + checkEvery);
            if (patience < 1) throw new IllegalArgumentException("patience must be >= 1, got " + patience);
            if (!(minImprovement >= 0)) throw new IllegalArgumentException("min improvement must be >= 0, got " + minImprovement);
            if (batch < 1) throw new IllegalArgumentException("batch must be >= 1, got " + batch);
            if (!(adamLr > 0) || !Double.isFinite(adamLr)) throw new IllegalArgumentException("Adam learning rate must be positive, got " + adamLr);
            widths = widths.clone(); shifts = shifts.clone();
            optimisers = List.copyOf(optimisers); inits = List.copyOf(inits);
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("widths", Arrays.stream(widths).boxed().toList());
            m.put("shifts", Arrays.stream(shifts).boxed().toList());
            m.put("optimisers", optimisers.stream().map(Enum::name).toList());
            m.put("inits", inits.stream().map(Enum::name).toList());
            m.put("runs", runs); m.put("maxSteps", maxSteps); m.put("checkEvery", checkEvery); m.put("patience", patience);
            m.put("minImprovement", minImprovement); m.put("batch", batch); m.put("adamLr", adamLr);
            m.put("data", "x = (-1,-2,-3,1,2,3), y = (-1,2,-1,1,-2,1) + D; p, validation weights = multinomial(n^2, uniform)/n^2");
            m.put("loss", "1/2 sum_j p_j (f(x_j) - y_j)^2");
            m.put("stepRule", "h = 1/lambda_max(diag(sqrt p) K diag(sqrt p)), K the NTK Gram matrix at init (GD and SGD)");
            m.put("precision", "double");
            return m;
        }
    }

    /** A 1-D net: f(x) = c + sum_i w_i relu(a_i x + b_i), in double. */
    public static final class Net {
        public final int n;
        public final double[] a, b, w;
        public double c;

        public Net(int n) { this.n = n; a = new double[n]; b = new double[n]; w = new double[n]; }

        public Net(double[] a, double[] b, double[] w, double c) {
            if (a.length != b.length || a.length != w.length) throw new IllegalArgumentException("a, b, w must have equal lengths");
            this.n = a.length; this.a = a.clone(); this.b = b.clone(); this.w = w.clone(); this.c = c;
        }

        public Net copy() { return new Net(a, b, w, c); }

        /** Writes f(x_j) for the six points into out. */
        public void evaluate(double[] out) {
            Arrays.fill(out, 0, P, c);
            for (int i = 0; i < n; i++) {
                double ai = a[i], bi = b[i], wi = w[i];
                for (int j = 0; j < P; j++) {
                    double z = ai * X[j] + bi;
                    if (z > 0) out[j] += wi * z;
                }
            }
        }

        /** Whether some kink -b_i/a_i lies at |x| >= 1 (neurons with a_i = 0 have no kink). */
        public boolean kinkCrossed() {
            for (int i = 0; i < n; i++) if (a[i] != 0 && Math.abs(b[i]) >= Math.abs(a[i])) return true;
            return false;
        }
    }

    /** He (a ~ N(0, 2), w ~ N(0, 2/n)) or swapped initialisation via {@link Init#he1d}, b = 0, c = 0. */
    public static Net initialNet(int n, InitKind kind, SplittableRandom rng) {
        ModelSpec spec = ModelSpec.of(1, n);
        TwoLayerNet net = new TwoLayerNet(spec);
        Init.he1d(kind == InitKind.SWAPPED).fill(net, rng);
        Net out = new Net(n);
        for (int i = 0; i < n; i++) { out.a[i] = net.w(i, 0); out.b[i] = net.b(i); out.w[i] = net.a(0, i); }
        out.c = net.c(0);
        return out;
    }

    /** The 6 x 6 neural-tangent Gram matrix K_jl = grad_theta f(x_j) . grad_theta f(x_l) (theta = a, b, w, c). */
    public static double[] ntkGram(Net net) {
        double[] k = new double[P * P];
        double[] relu = new double[P];
        boolean[] on = new boolean[P];
        Arrays.fill(k, 1.0); // df/dc = 1
        for (int i = 0; i < net.n; i++) {
            double w2 = net.w[i] * net.w[i];
            for (int j = 0; j < P; j++) {
                double z = net.a[i] * X[j] + net.b[i];
                on[j] = z > 0;
                relu[j] = z > 0 ? z : 0;
            }
            for (int j = 0; j < P; j++) {
                if (!on[j]) continue; // both terms vanish when neuron i is off at x_j
                for (int l = 0; l < P; l++)
                    if (on[l]) k[j * P + l] += relu[j] * relu[l] + w2 * (X[j] * X[l] + 1);
            }
        }
        return k;
    }

    /** The NTK step h = 1/lambda_max(diag(sqrt p) K diag(sqrt p)). */
    public static double ntkStep(Net net, double[] p) {
        double[] k = ntkGram(net);
        double[] m = new double[P * P];
        for (int j = 0; j < P; j++)
            for (int l = 0; l < P; l++) m[j * P + l] = Math.sqrt(p[j] * p[l]) * k[j * P + l];
        double[] eig = HessianEigen.symmetricEigenvalues(m, P);
        double max = eig[P - 1];
        if (!(max > 0)) throw new IllegalStateException("NTK matrix has no positive eigenvalue: " + max);
        return 1 / max;
    }

    /**
     * The two-sided linear regression fit: weighted least-squares affine fits on x < 0 (points 0..2) and x > 0
     * (points 3..5). Returns the fitted values at the six points. A side whose weight sits on one x only gets the
     * weighted mean there (any line through it fits equally well); a side without weight gets 0.
     */
    public static double[] twoSidedLinearFit(double[] y, double[] p) {
        double[] fit = new double[P];
        for (int side = 0; side < 2; side++) {
            int j0 = side * 3;
            double sw = 0, mx = 0, my = 0;
            for (int j = j0; j < j0 + 3; j++) { sw += p[j]; mx += p[j] * X[j]; my += p[j] * y[j]; }
            if (!(sw > 0)) continue;
            mx /= sw; my /= sw;
            double sxx = 0, sxy = 0;
            for (int j = j0; j < j0 + 3; j++) { sxx += p[j] * (X[j] - mx) * (X[j] - mx); sxy += p[j] * (X[j] - mx) * (y[j] - my); }
            double slope = sxx > 1e-300 ? sxy / sxx : 0;
            for (int j = j0; j < j0 + 3; j++) fit[j] = my + slope * (X[j] - mx);
        }
        return fit;
    }

    static double halfWeightedSq(double[] f, double[] y, double[] p) {
        double s = 0;
        for (int j = 0; j < P; j++) { double r = f[j] - y[j]; s += p[j] * r * r; }
        return s / 2;
    }

    /**
     * One training run's result.
     *
     * @param distanceToFit sqrt(sum_j p_j (f(x_j) - fit_j)^2) at the end
     * @param excessLoss    final training loss minus the loss of the two-sided linear fit
     */
    public record TrainResult(Optimiser optimiser, InitKind init, Outcome outcome, long steps, double step,
                              double finalLoss, double fitLoss, double distanceToFit, double excessLoss) {}

    /**
     * Trains {@code net} (modified) with the given optimiser on weights p (validation weights pVal), GD/SGD step h,
     * checks every checkEvery steps. SGD/Adam minibatches are drawn with {@code rng}.
     */
    public static TrainResult train(Config cfg, Net net, Optimiser opt, InitKind init, double[] y, double[] p, double[] pVal,
                                    double h, SplittableRandom rng) {
        final int n = net.n;
        final double[] a = net.a, b = net.b, w = net.w;
        double[] f = new double[P], g = new double[P], q = new double[P], cum = new double[P];
        for (int j = 0; j < P; j++) cum[j] = (j == 0 ? 0 : cum[j - 1]) + p[j];
        double total = cum[P - 1];
        double[] ma = null, va = null, mb = null, vb = null, mw = null, vw = null;
        double mc = 0, vc = 0, beta1t = 1, beta2t = 1;
        final double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
        if (opt == Optimiser.ADAM) { ma = new double[n]; va = new double[n]; mb = new double[n]; vb = new double[n]; mw = new double[n]; vw = new double[n]; }
        boolean crossed = net.kinkCrossed();
        Outcome outcome = crossed ? Outcome.CROSSED : Outcome.UNFINISHED;
        double best = Double.POSITIVE_INFINITY;
        int sinceBest = 0;
        long t = 0;
        while (!crossed) {
            if (t % cfg.checkEvery() == 0) {
                net.evaluate(f);
                double monitored = halfWeightedSq(f, y, opt == Optimiser.GD ? p : pVal);
                if (!Double.isFinite(monitored)) { outcome = Outcome.DIVERGED; break; }
                if (monitored < best - cfg.minImprovement()) { best = monitored; sinceBest = 0; }
                else if (++sinceBest >= cfg.patience()) { outcome = opt == Optimiser.GD ? Outcome.CONVERGED : Outcome.EARLY_STOPPED; break; }
                if (Thread.currentThread().isInterrupted()) break; // cancelled: the runner discards the result
            }
            if (t >= cfg.maxSteps()) break;
            // the step's sample weights: p for GD, minibatch frequencies (draws from p) for SGD/Adam
            if (opt == Optimiser.GD) System.arraycopy(p, 0, q, 0, P);
            else {
                Arrays.fill(q, 0);
                double inc = 1.0 / cfg.batch();
                for (int s = 0; s < cfg.batch(); s++) {
                    double u = rng.nextDouble() * total;
                    int j = 0;
                    while (j < P - 1 && u >= cum[j]) j++;
                    q[j] += inc;
                }
            }
            net.evaluate(f);
            double gc = 0;
            for (int j = 0; j < P; j++) { g[j] = q[j] * (f[j] - y[j]); gc += g[j]; }
            if (opt == Optimiser.ADAM) { beta1t *= beta1; beta2t *= beta2; }
            final double lrA = opt == Optimiser.ADAM ? cfg.adamLr() * Math.sqrt(1 - beta2t) / (1 - beta1t) : 0;
            for (int i = 0; i < n; i++) {
                double ai = a[i], bi = b[i], wi = w[i];
                double sRelu = 0, sX = 0, sOn = 0;
                for (int j = 0; j < P; j++) {
                    double z = ai * X[j] + bi;
                    if (z > 0) { sRelu += g[j] * z; sX += g[j] * X[j]; sOn += g[j]; }
                }
                double ga = wi * sX, gb = wi * sOn, gw = sRelu;
                if (opt == Optimiser.ADAM) {
                    ma[i] = beta1 * ma[i] + (1 - beta1) * ga; va[i] = beta2 * va[i] + (1 - beta2) * ga * ga;
                    mb[i] = beta1 * mb[i] + (1 - beta1) * gb; vb[i] = beta2 * vb[i] + (1 - beta2) * gb * gb;
                    mw[i] = beta1 * mw[i] + (1 - beta1) * gw; vw[i] = beta2 * vw[i] + (1 - beta2) * gw * gw;
                    // bias correction folded into the step: lr sqrt(1-b2^t)/(1-b1^t), eps scaled accordingly
                    double e = eps * Math.sqrt(1 - beta2t);
                    ai -= lrA * ma[i] / (Math.sqrt(va[i]) + e);
                    bi -= lrA * mb[i] / (Math.sqrt(vb[i]) + e);
                    wi -= lrA * mw[i] / (Math.sqrt(vw[i]) + e);
                } else {
                    ai -= h * ga; bi -= h * gb; wi -= h * gw;
                }
                a[i] = ai; b[i] = bi; w[i] = wi;
                if (ai != 0 && Math.abs(bi) >= Math.abs(ai)) crossed = true;
            }
            if (opt == Optimiser.ADAM) {
                mc = beta1 * mc + (1 - beta1) * gc; vc = beta2 * vc + (1 - beta2) * gc * gc;
                net.c -= lrA * mc / (Math.sqrt(vc) + eps * Math.sqrt(1 - beta2t));
            } else net.c -= h * gc;
            t++;
            if (crossed) outcome = Outcome.CROSSED;
        }
        net.evaluate(f);
        double loss = halfWeightedSq(f, y, p);
        double[] fit = twoSidedLinearFit(y, p);
        double fitLoss = halfWeightedSq(fit, y, p);
        double dist = Math.sqrt(2 * halfWeightedSq(f, fit, p));
        return new TrainResult(opt, init, outcome, t, opt == Optimiser.ADAM ? cfg.adamLr() : h, loss, fitLoss, dist, loss - fitLoss);
    }

    /** One run of cell (n, D): draws p, validation weights and the inits, then trains every optimiser x init. */
    public static List<TrainResult> runOne(Config cfg, int n, double shift, long seed) {
        double[] p = toDouble(Generators.multinomialWeights(P, n, Seeds.stream(seed, 0)));
        double[] pVal = toDouble(Generators.multinomialWeights(P, n, Seeds.stream(seed, 1)));
        double[] y = new double[P];
        for (int j = 0; j < P; j++) y[j] = Y0[j] + shift;
        List<TrainResult> out = new ArrayList<>();
        for (InitKind init : cfg.inits()) {
            Net start = initialNet(n, init, Seeds.stream(seed, 2 + init.ordinal()));
            double h = ntkStep(start, p);
            for (Optimiser opt : cfg.optimisers()) {
                SplittableRandom batches = Seeds.stream(seed, 10 + 4L * init.ordinal() + opt.ordinal());
                out.add(train(cfg, start.copy(), opt, init, y, p, pVal, h, batches));
            }
        }
        return out;
    }

    private static double[] toDouble(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) d[i] = v[i];
        return d;
    }

    private static double median(List<Double> v) {
        if (v.isEmpty()) return Double.NaN;
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        return s.get((s.size() - 1) / 2);
    }

    /** Runs every (n, D) cell (cell index = nIndex * shifts + dIndex) and aggregates per (n, D, optimiser, init). */
    public static ExperimentReport run(Config cfg, ExperimentContext ctx) {
        ExperimentReport report = new ExperimentReport(NAME, "He init on 1-D six-point data: kink crossing vs two-sided linear fit (section 2)", ctx.masterSeed());
        cfg.asMap().forEach(report::config);
        int nw = cfg.widths().length, ns = cfg.shifts().length;
        ctx.plan((long) nw * ns * cfg.runs());
        // series per (optimiser, init, D): fraction crossed vs n
        Map<String, List<double[]>> crossedSeries = new LinkedHashMap<>();
        Map<String, List<double[]>> distSeries = new LinkedHashMap<>();
        List<Map<String, Object>> perRun = new ArrayList<>();
        for (int wi = 0; wi < nw && !ctx.cancelled(); wi++) {
            for (int si = 0; si < ns && !ctx.cancelled(); si++) {
                int n = cfg.widths()[wi];
                double shift = cfg.shifts()[si];
                var out = ctx.runCell(wi * ns + si, cfg.runs(), (r, seed) -> runOne(cfg, n, shift, seed));
                List<List<TrainResult>> rs = out.completedResults();
                if (rs.isEmpty()) continue;
                for (InitKind init : cfg.inits()) {
                    for (Optimiser opt : cfg.optimisers()) {
                        long[] counts = new long[Outcome.values().length];
                        List<Long> steps = new ArrayList<>();
                        List<Double> distAll = new ArrayList<>(), distConv = new ArrayList<>(), hs = new ArrayList<>(), excess = new ArrayList<>();
                        for (List<TrainResult> run : rs) {
                            for (TrainResult t : run) {
                                if (t.optimiser() != opt || t.init() != init) continue;
                                counts[t.outcome().ordinal()]++;
                                steps.add(t.steps());
                                distAll.add(t.distanceToFit());
                                hs.add(t.step());
                                if (t.outcome() != Outcome.CROSSED && t.outcome() != Outcome.DIVERGED) {
                                    distConv.add(t.distanceToFit());
                                    excess.add(t.excessLoss());
                                }
                            }
                        }
                        int total = rs.size();
                        Wilson.Interval wc = Wilson.interval95(counts[Outcome.CROSSED.ordinal()], total);
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("n", n); row.put("D", shift); row.put("optimiser", opt.name().toLowerCase(Locale.ROOT));
                        row.put("init", init.name().toLowerCase(Locale.ROOT)); row.put("runs", total);
                        ExperimentReport.putFraction(row, "crossed", wc);
                        row.put("converged_count", counts[Outcome.CONVERGED.ordinal()]);
                        row.put("early_stopped_count", counts[Outcome.EARLY_STOPPED.ordinal()]);
                        row.put("unfinished_count", counts[Outcome.UNFINISHED.ordinal()]);
                        row.put("diverged_count", counts[Outcome.DIVERGED.ordinal()]);
                        row.put("median_steps", (double) Stats.medianLong(steps));
                        row.put("median_distance_to_fit", median(distAll));
                        row.put("median_distance_to_fit_not_crossed", median(distConv));
                        row.put("median_excess_loss_not_crossed", median(excess));
                        row.put("median_step_size", median(hs));
                        row.put("partial", out.partial());
                        report.row(row);
                        String key = opt.name().toLowerCase(Locale.ROOT) + ", " + init.name().toLowerCase(Locale.ROOT) + ", D=" + shift;
                        crossedSeries.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {n, wc.p(), wc.lo(), wc.hi()});
                        double md = median(distConv);
                        if (!Double.isNaN(md)) distSeries.computeIfAbsent(key, k -> new ArrayList<>()).add(new double[] {n, md});
                        report.summaryLine(String.format(Locale.ROOT,
                                "n=%d D=%s %s/%s: crossed %d/%d = %.3f [%.3f, %.3f]; converged %d, early-stopped %d, unfinished %d, diverged %d; median distance to two-sided fit (not crossed) %.3g",
                                n, shift, opt.name().toLowerCase(Locale.ROOT), init.name().toLowerCase(Locale.ROOT), wc.successes(), total, wc.p(), wc.lo(), wc.hi(),
                                counts[Outcome.CONVERGED.ordinal()], counts[Outcome.EARLY_STOPPED.ordinal()], counts[Outcome.UNFINISHED.ordinal()],
                                counts[Outcome.DIVERGED.ordinal()], md));
                    }
                }
                for (int r = 0; r < Math.min(rs.size(), 20); r++) // a sample of individual runs per cell
                    for (TrainResult t : rs.get(r)) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("n", n); m.put("D", shift); m.put("run", r); m.put("optimiser", t.optimiser().name()); m.put("init", t.init().name());
                        m.put("outcome", t.outcome().name()); m.put("steps", t.steps()); m.put("step", t.step()); m.put("finalLoss", t.finalLoss());
                        m.put("fitLoss", t.fitLoss()); m.put("distanceToFit", t.distanceToFit());
                        perRun.add(m);
                    }
            }
        }
        report.detail("runsSample", perRun);
        for (Optimiser opt : cfg.optimisers()) {
            List<ExperimentReport.Series> series = new ArrayList<>();
            crossedSeries.forEach((key, pts) -> {
                if (!key.startsWith(opt.name().toLowerCase(Locale.ROOT) + ",")) return;
                series.add(new ExperimentReport.Series(key, col(pts, 0), col(pts, 1), col(pts, 2), col(pts, 3)));
            });
            if (!series.isEmpty())
                report.chart(new ExperimentReport.Chart("Fraction of runs with a kink crossing a data point: " + opt.name() + " (95% Wilson)",
                        "width n", "fraction CROSSED", true, false, series));
        }
        List<ExperimentReport.Series> dist = new ArrayList<>();
        distSeries.forEach((key, pts) -> dist.add(ExperimentReport.Series.of(key, col(pts, 0), col(pts, 1))));
        if (!dist.isEmpty())
            report.chart(new ExperimentReport.Chart("Median distance of the trained f to the two-sided linear fit (runs not crossed)",
                    "width n", "sqrt(sum_j p_j (f - fit)^2)", true, true, dist));
        return ctx.finish(report);
    }

    private static double[] col(List<double[]> pts, int c) {
        double[] out = new double[pts.size()];
        for (int i = 0; i < out.length; i++) out[i] = pts.get(i)[c];
        return out;
    }
}
