package dev.twolayer.experiments;

import dev.twolayer.data.Generators;
import dev.twolayer.model.Seeds;
import dev.twolayer.theory.HessianEigen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Section 2 of papers.md, the 2-D "star" variant (Holzmueller and Steinwart, 2022): a d = 2 network
 * {@code f(x) = c + sum_i w_i relu(a_i . x + b_i)} with biases, all parameters trained, He init (a_i ~ N(0, I_2),
 * i.e. N(0, 2/fan_in) with fan_in = 2; w_i ~ N(0, 2/n); b = 0; c = 0), on the 33 star points (11 rays at angles
 * 2 pi i/11, radii 0.9, 1.0, 1.1, targets 1, -2, 1), full-batch GD on {@code 1/2 sum_j p_j (f(x_j) - y_j)^2} with
 * the per-run NTK step {@code h = 1/lambda_max(diag(sqrt p) K diag(sqrt p))}. The question is whether the activation
 * pattern on the data, the signs of {@code a_i . x_j + b_i} over all (i, j) (active iff > 0, matching relu'(0) = 0
 * in the gradient), ever differs from its initial state during training.
 *
 * <p>Why it matters: with b = 0 every hyperplane passes through the origin, so the three points of a ray share their
 * pattern, and as long as the pattern is fixed f restricted to a ray is affine in the radius. The targets (1, -2, 1)
 * at radii (0.9, 1, 1.1) are orthogonal (uniform p) to every affine function of the radius, so in the kernel regime
 * GD cannot fit them at all: the training loss stays at or above the "ray-wise affine floor" (1 for uniform p), and
 * y does not even enter the gradient. Only a pattern change that splits a ray lets the loss go below it.
 *
 * <p>Double precision, a dedicated fused loop ({@link StarLoop}: each step updates a neuron from the old residuals
 * and immediately adds its new contribution to the next step's outputs and compares its new activation mask with the
 * initial one, so the pattern is checked at every step without an extra pass; a Vector API version runs several
 * neurons per instruction and gives bit-identical results). Run r of width cell w has the framework's seed, so results are identical for any
 * thread count.
 */
public final class StarActivationExperiment {
    private StarActivationExperiment() {}

    public static final String NAME = "star";

    /** Number of data points: 11 rays x 3 radii, row 3 i + r (as {@link Generators#star()}). */
    static final int P = 3 * Generators.STAR_RAYS;
    static final double[] RADII = {0.9, 1.0, 1.1};
    static final double[] LABELS = {1, -2, 1};
    /** The star inputs and targets in double (Generators.star() holds the same points rounded to float). */
    static final double[] X1 = new double[P], X2 = new double[P], Y = new double[P];

    static {
        for (int i = 0; i < Generators.STAR_RAYS; i++) {
            double angle = 2 * Math.PI * i / Generators.STAR_RAYS;
            for (int r = 0; r < 3; r++) {
                X1[3 * i + r] = RADII[r] * Math.cos(angle);
                X2[3 * i + r] = RADII[r] * Math.sin(angle);
                Y[3 * i + r] = LABELS[r];
            }
        }
    }

    /** Bits 3i and 3i+1 of every ray i: a mask m is split within a ray iff ((m ^ (m >>> 1)) & SPLIT_PROBE) != 0. */
    static final long SPLIT_PROBE;

    static {
        long m = 0;
        for (int i = 0; i < Generators.STAR_RAYS; i++) m |= 3L << (3 * i);
        SPLIT_PROBE = m;
    }

    /** Sample weights p: uniform 1/33, or multinomial(n^2 draws, uniform)/n^2 as in the 1-D part. */
    public enum Weights { UNIFORM, MULTINOMIAL }

    /** How a run stopped. */
    public enum Outcome {
        /** no relative loss improvement > relTol over window steps */
        CONVERGED,
        /** step cap reached */
        CAPPED,
        /** non-finite loss */
        DIVERGED
    }

    /**
     * @param widths   n values
     * @param runs     runs per width
     * @param maxSteps step cap
     * @param window   steps without a relative improvement > relTol before a run counts as converged
     * @param relTol   relative loss improvement that counts (1e-10)
     * @param weights  sample weights p
     */
    public record Config(int[] widths, int runs, long maxSteps, int window, double relTol, Weights weights) {
        public Config {
            if (widths == null || widths.length == 0) throw new IllegalArgumentException("need at least one width n");
            for (int n : widths) if (n < 1 || n > 46340) throw new IllegalArgumentException("width n must be in [1, 46340], got " + n);
            if (runs < 1) throw new IllegalArgumentException("runs must be >= 1, got " + runs);
            if (maxSteps < 1) throw new IllegalArgumentException("max steps must be >= 1, got " + maxSteps);
            if (window < 1) throw new IllegalArgumentException("convergence window must be >= 1 step, got " + window);
            if (!(relTol >= 0) || !Double.isFinite(relTol)) throw new IllegalArgumentException("relative tolerance must be finite and >= 0, got " + relTol);
            if (weights == null) throw new IllegalArgumentException("weights must be uniform or multinomial");
            widths = widths.clone();
        }

        /** Defaults: n = 128..4096 (powers of 2), cap 10^5 steps, window 1000, relTol 1e-10, uniform p. */
        public static Config defaults(int runs) {
            return new Config(new int[] {128, 256, 512, 1024, 2048, 4096}, runs, 100_000, 1000, 1e-10, Weights.UNIFORM);
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("widths", Arrays.stream(widths).boxed().toList());
            m.put("runs", runs); m.put("maxSteps", maxSteps); m.put("window", window); m.put("relTol", relTol);
            m.put("weights", weights == Weights.UNIFORM ? "uniform p_j = 1/33" : "multinomial(n^2 draws, uniform over 33 points)/n^2");
            m.put("data", "star: 11 rays at angles 2 pi i/11, radii 0.9, 1.0, 1.1, targets 1, -2, 1 (33 points)");
            m.put("model", "f(x) = c + sum_i w_i relu(a_i . x + b_i), d = 2, all parameters trained");
            m.put("init", "a_i ~ N(0, I_2) (= 2/fan_in), w_i ~ N(0, 2/n), b = 0, c = 0");
            m.put("loss", "1/2 sum_j p_j (f(x_j) - y_j)^2");
            m.put("stepRule", "h = 1/lambda_max(diag(sqrt p) K diag(sqrt p)), K the NTK Gram matrix at init");
            m.put("pattern", "sign pattern of a_i . x_j + b_i (active iff > 0), checked after every step");
            m.put("convergence", "stop when the loss has not improved by a relative " + relTol + " for " + window + " steps");
            m.put("precision", "double");
            return m;
        }
    }

    /** A 2-D net f(x) = c + sum_i w_i relu(a1_i x1 + a2_i x2 + b_i), in double. */
    public static final class Net {
        public final int n;
        public final double[] a1, a2, b, w;
        public double c;

        public Net(int n) { this.n = n; a1 = new double[n]; a2 = new double[n]; b = new double[n]; w = new double[n]; }

        public Net(double[] a1, double[] a2, double[] b, double[] w, double c) {
            if (a1.length != a2.length || a1.length != b.length || a1.length != w.length)
                throw new IllegalArgumentException("a1, a2, b, w must have equal lengths");
            this.n = a1.length; this.a1 = a1.clone(); this.a2 = a2.clone(); this.b = b.clone(); this.w = w.clone(); this.c = c;
        }

        public Net copy() { return new Net(a1, a2, b, w, c); }

        /** Number of parameters 4n + 1, in the order a1, a2, b, w, c (for {@link #get}/{@link #set}). */
        public int parameterCount() { return 4 * n + 1; }

        public double get(int q) {
            if (q < n) return a1[q];
            if (q < 2 * n) return a2[q - n];
            if (q < 3 * n) return b[q - 2 * n];
            if (q < 4 * n) return w[q - 3 * n];
            if (q == 4 * n) return c;
            throw new IndexOutOfBoundsException(q);
        }

        public void set(int q, double v) {
            if (q < n) a1[q] = v;
            else if (q < 2 * n) a2[q - n] = v;
            else if (q < 3 * n) b[q - 2 * n] = v;
            else if (q < 4 * n) w[q - 3 * n] = v;
            else if (q == 4 * n) c = v;
            else throw new IndexOutOfBoundsException(q);
        }

        /** Writes f(x_j) for the 33 star points into out. */
        public void evaluate(double[] out) {
            Arrays.fill(out, 0, P, c);
            for (int i = 0; i < n; i++) {
                double ai1 = a1[i], ai2 = a2[i], bi = b[i], wi = w[i];
                for (int j = 0; j < P; j++) {
                    double z = ai1 * X1[j] + ai2 * X2[j] + bi;
                    if (z > 0) out[j] += wi * z;
                }
            }
        }

        /** Activation mask of neuron i: bit j set iff a_i . x_j + b_i > 0. */
        public long mask(int i) {
            double ai1 = a1[i], ai2 = a2[i], bi = b[i];
            long m = 0;
            for (int j = 0; j < P; j++) if (ai1 * X1[j] + ai2 * X2[j] + bi > 0) m |= 1L << j;
            return m;
        }

        /** The activation pattern on the data, one 33-bit mask per neuron. */
        public long[] pattern() {
            long[] m = new long[n];
            for (int i = 0; i < n; i++) m[i] = mask(i);
            return m;
        }

        /** The loss 1/2 sum_j p_j (f(x_j) - y_j)^2. */
        public double loss(double[] p) {
            double[] f = new double[P];
            evaluate(f);
            return halfWeightedSq(f, p);
        }

        /** The loss gradient in parameter order (a1, a2, b, w, c), relu'(0) = 0. */
        public double[] gradient(double[] p) {
            double[] f = new double[P], g = new double[P];
            evaluate(f);
            double gc = 0;
            for (int j = 0; j < P; j++) { g[j] = p[j] * (f[j] - Y[j]); gc += g[j]; }
            double[] out = new double[parameterCount()];
            for (int i = 0; i < n; i++) {
                double s1 = 0, s2 = 0, sOn = 0, sRelu = 0;
                for (int j = 0; j < P; j++) {
                    double z = a1[i] * X1[j] + a2[i] * X2[j] + b[i];
                    if (z > 0) { s1 += g[j] * X1[j]; s2 += g[j] * X2[j]; sOn += g[j]; sRelu += g[j] * z; }
                }
                out[i] = w[i] * s1; out[n + i] = w[i] * s2; out[2 * n + i] = w[i] * sOn; out[3 * n + i] = sRelu;
            }
            out[4 * n] = gc;
            return out;
        }
    }

    static double halfWeightedSq(double[] f, double[] p) {
        double s = 0;
        for (int j = 0; j < P; j++) { double r = f[j] - Y[j]; s += p[j] * r * r; }
        return s / 2;
    }

    /** He initialisation in double: a_i ~ N(0, I_2), w_i ~ N(0, 2/n), b = 0, c = 0 (draw order a1_i, a2_i, w_i per neuron). */
    public static Net initialNet(int n, SplittableRandom rng) {
        Net net = new Net(n);
        double sdA = Math.sqrt(2.0 / 2), sdW = Math.sqrt(2.0 / n);
        for (int i = 0; i < n; i++) {
            net.a1[i] = rng.nextGaussian() * sdA;
            net.a2[i] = rng.nextGaussian() * sdA;
            net.w[i] = rng.nextGaussian() * sdW;
        }
        return net;
    }

    /** The 33 x 33 neural-tangent Gram matrix K_jl = grad_theta f(x_j) . grad_theta f(x_l), theta = (a, b, w, c). */
    public static double[] ntkGram(Net net) {
        double[] k = new double[P * P];
        double[] relu = new double[P];
        int[] on = new int[P];
        Arrays.fill(k, 1.0); // df/dc = 1
        for (int i = 0; i < net.n; i++) {
            double w2 = net.w[i] * net.w[i];
            int m = 0;
            for (int j = 0; j < P; j++) {
                double z = net.a1[i] * X1[j] + net.a2[i] * X2[j] + net.b[i];
                if (z > 0) { on[m++] = j; relu[j] = z; }
            }
            // df/da_i = w_i x 1[on], df/db_i = w_i 1[on], df/dw_i = relu: all vanish where neuron i is off
            for (int s = 0; s < m; s++) {
                int j = on[s];
                for (int t = 0; t < m; t++) {
                    int l = on[t];
                    k[j * P + l] += relu[j] * relu[l] + w2 * (X1[j] * X1[l] + X2[j] * X2[l] + 1);
                }
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
        double max = HessianEigen.symmetricEigenvalues(m, P)[P - 1];
        if (!(max > 0)) throw new IllegalStateException("NTK matrix has no positive eigenvalue: " + max);
        return 1 / max;
    }

    /**
     * The ray-wise affine floor: 1/2 sum_j p_j (fit_j - y_j)^2 with fit the weighted least-squares affine function of
     * the radius on each ray. No net whose pattern never splits a ray can go below it (1 for uniform p).
     */
    public static double rayAffineFloor(double[] p) {
        double s = 0;
        for (int ray = 0; ray < Generators.STAR_RAYS; ray++) {
            int j0 = 3 * ray;
            double sw = 0, mr = 0, my = 0;
            for (int r = 0; r < 3; r++) { sw += p[j0 + r]; mr += p[j0 + r] * RADII[r]; my += p[j0 + r] * Y[j0 + r]; }
            if (!(sw > 0)) continue;
            mr /= sw; my /= sw;
            double srr = 0, sry = 0;
            for (int r = 0; r < 3; r++) { srr += p[j0 + r] * (RADII[r] - mr) * (RADII[r] - mr); sry += p[j0 + r] * (RADII[r] - mr) * (Y[j0 + r] - my); }
            double slope = srr > 1e-300 ? sry / srr : 0;
            for (int r = 0; r < 3; r++) { double e = my + slope * (RADII[r] - mr) - Y[j0 + r]; s += p[j0 + r] * e * e; }
        }
        return s / 2;
    }

    /**
     * Watches the activation pattern against the initial one. {@link #observe} is called with every neuron's mask at
     * every step; a mask that differs from the initial one marks the run as changed (first step kept), adds its
     * flipped (i, j) entries to the "ever flipped" set and notes a within-ray split. Flips that revert are still
     * counted.
     */
    public static final class PatternTracker {
        private final long[] initial;
        private final long[] everFlipped;
        private long firstChangeStep = -1;
        private boolean everSplit;

        public PatternTracker(long[] initial) {
            this.initial = initial.clone();
            this.everFlipped = new long[initial.length];
            for (long m : initial) if (isSplit(m)) everSplit = true;
        }

        /** Neuron i has mask {@code mask} at step {@code step}. */
        public void observe(int i, long mask, long step) {
            if (mask != initial[i]) differs(i, mask, step);
        }

        private void differs(int i, long mask, long step) {
            if (firstChangeStep < 0) firstChangeStep = step;
            everFlipped[i] |= mask ^ initial[i];
            if (isSplit(mask)) everSplit = true;
        }

        /** The initial mask of neuron i. */
        public long initialMask(int i) { return initial[i]; }
        public boolean changed() { return firstChangeStep >= 0; }
        /** First step whose pattern differed from step 0's, or -1. */
        public long firstChangeStep() { return firstChangeStep; }
        /** (i, j) entries that differed from the initial pattern at some step. */
        public long everFlippedEntries() {
            long s = 0;
            for (long m : everFlipped) s += Long.bitCount(m);
            return s;
        }
        /** Whether some neuron was ever active on part of a ray only (needed to go below the ray-wise affine floor). */
        public boolean everSplit() { return everSplit; }
        /** (i, j) entries where {@code pattern} differs from the initial pattern. */
        public long differingEntries(long[] pattern) {
            long s = 0;
            for (int i = 0; i < initial.length; i++) s += Long.bitCount(pattern[i] ^ initial[i]);
            return s;
        }
    }

    static boolean isSplit(long mask) { return ((mask ^ (mask >>> 1)) & SPLIT_PROBE) != 0; }

    /**
     * One run's result.
     *
     * @param changed              the pattern differed from the initial one at some step
     * @param firstChangeStep      first such step (-1 if none)
     * @param everFlippedEntries   (i, j) entries that ever differed
     * @param finalChangedEntries  (i, j) entries that differ at the end
     * @param everSplit            some neuron was at some step active on part of a ray only
     * @param finalLoss            training loss at the end
     * @param floor                the ray-wise affine floor for this run's p
     */
    public record TrainResult(Outcome outcome, long steps, double step, boolean changed, long firstChangeStep,
                              long everFlippedEntries, long finalChangedEntries, boolean everSplit,
                              double initialLoss, double finalLoss, double floor) {
        /** Final loss below the floor (relative margin 1e-9): possible only after a ray split. */
        public boolean belowFloor() { return finalLoss < floor * (1 - 1e-9); }
    }

    /**
     * Trains {@code net} (modified) by full-batch GD with step h on weights p until converged, capped or diverged,
     * checking the activation pattern after every step. Uses the Vector API loop where available (bit-identical to
     * the scalar one).
     */
    public static TrainResult train(Config cfg, Net net, double[] p, double h) {
        return train(cfg, net, p, h, false);
    }

    /** As {@link #train(Config, Net, double[], double)}; {@code scalar} forces the scalar reference loop. */
    static TrainResult train(Config cfg, Net net, double[] p, double h, boolean scalar) {
        PatternTracker tracker = new PatternTracker(net.pattern());
        StarLoop loop = StarLoop.create(net, tracker, scalar);
        double[] f = new double[P], g = new double[P], acc = new double[P * StarLoop.LANES];
        loop.forward(acc);
        StarLoop.reduce(acc, net.c, f);
        final double initialLoss = halfWeightedSq(f, p);
        final double relTol = cfg.relTol();
        double best = Double.POSITIVE_INFINITY, loss;
        long lastImprovement = 0, t = 0;
        Outcome outcome = Outcome.CAPPED;
        while (true) {
            loss = halfWeightedSq(f, p); // of the parameters after t steps
            if (!Double.isFinite(loss)) { outcome = Outcome.DIVERGED; break; }
            if (best == Double.POSITIVE_INFINITY || best - loss > relTol * best) { best = loss; lastImprovement = t; }
            else if (t - lastImprovement >= cfg.window()) { outcome = Outcome.CONVERGED; break; }
            if (t >= cfg.maxSteps()) break;
            if ((t & 1023) == 0 && Thread.currentThread().isInterrupted()) break; // cancelled: the runner discards it
            double gc = 0;
            for (int j = 0; j < P; j++) { g[j] = p[j] * (f[j] - Y[j]); gc += g[j]; }
            loop.step(h, g, acc, t + 1);
            net.c -= h * gc;
            StarLoop.reduce(acc, net.c, f);
            t++;
        }
        loop.copyTo(net);
        return new TrainResult(outcome, t, h, tracker.changed(), tracker.firstChangeStep(), tracker.everFlippedEntries(),
                tracker.differingEntries(net.pattern()), tracker.everSplit(), initialLoss, loss, rayAffineFloor(p));
    }

    /** Name of the training loop this JVM uses ("scalar" or "vector-BITS ..."). */
    public static String loopName() {
        return StarLoop.create(new Net(1), new PatternTracker(new long[1]), false).name();
    }

    /** The sample weights of a run. */
    static double[] weights(Config cfg, int n, long seed) {
        double[] p = new double[P];
        if (cfg.weights() == Weights.UNIFORM) { Arrays.fill(p, 1.0 / P); return p; }
        float[] q = Generators.multinomialWeights(P, n, Seeds.stream(seed, 0));
        for (int j = 0; j < P; j++) p[j] = q[j];
        return p;
    }

    /** One run of width n: p from stream 0 of the run seed (multinomial only), the init from stream 1. */
    public static TrainResult runOne(Config cfg, int n, long seed) {
        double[] p = weights(cfg, n, seed);
        Net net = initialNet(n, Seeds.stream(seed, 1));
        double h = ntkStep(net, p);
        return train(cfg, net, p, h);
    }

    private static double median(List<Double> v) {
        if (v.isEmpty()) return Double.NaN;
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        return s.get((s.size() - 1) / 2);
    }

    /** Runs every width (cell index = width index) and aggregates per n. */
    public static ExperimentReport run(Config cfg, ExperimentContext ctx) {
        ExperimentReport report = new ExperimentReport(NAME,
                "He init on 2-D star data: does the activation pattern on the data ever change under GD? (section 2)", ctx.masterSeed());
        cfg.asMap().forEach(report::config);
        report.detail("trainingLoop", loopName() + " (results are bit-identical for either loop)");
        int nw = cfg.widths().length;
        ctx.plan((long) nw * cfg.runs());
        report.summaryLine(cfg.weights() == Weights.UNIFORM
                ? "Sample weights uniform, p_j = 1/33; loss 1/2 sum_j p_j (f(x_j) - y_j)^2; the ray-wise affine floor (best loss of any f that is affine in the radius on every ray, i.e. of any net whose pattern never splits a ray) is 1."
                : "Sample weights multinomial(n^2 draws, uniform over the 33 points)/n^2, drawn per run; loss 1/2 sum_j p_j (f(x_j) - y_j)^2; the ray-wise affine floor is computed per run.");
        String deviations = deviationsFromDefaults(cfg);
        if (!deviations.isEmpty()) report.summaryLine("Reduced or changed from the defaults: " + deviations + ".");
        List<double[]> fractionPts = new ArrayList<>(), lossPts = new ArrayList<>(), flippedPts = new ArrayList<>();
        List<Map<String, Object>> perRun = new ArrayList<>();
        for (int wi = 0; wi < nw && !ctx.cancelled(); wi++) {
            int n = cfg.widths()[wi];
            var out = ctx.runCell(wi, cfg.runs(), (r, seed) -> runOne(cfg, n, seed));
            List<TrainResult> rs = out.completedResults();
            if (rs.isEmpty()) continue;
            long changed = 0, split = 0, below = 0, belowWithoutChange = 0, flipped = 0, finalChanged = 0;
            long[] counts = new long[Outcome.values().length];
            List<Long> firstSteps = new ArrayList<>(), steps = new ArrayList<>();
            List<Double> losses = new ArrayList<>(), lossesChanged = new ArrayList<>(), lossesUnchanged = new ArrayList<>(), hs = new ArrayList<>(),
                    excessUnchanged = new ArrayList<>();
            for (TrainResult t : rs) {
                counts[t.outcome().ordinal()]++;
                steps.add(t.steps());
                hs.add(t.step());
                losses.add(t.finalLoss());
                flipped += t.everFlippedEntries();
                finalChanged += t.finalChangedEntries();
                if (t.everSplit()) split++;
                if (t.belowFloor()) { below++; if (!t.changed()) belowWithoutChange++; }
                if (t.changed()) { changed++; firstSteps.add(t.firstChangeStep()); lossesChanged.add(t.finalLoss()); }
                else { lossesUnchanged.add(t.finalLoss()); excessUnchanged.add(t.finalLoss() - t.floor()); }
            }
            int total = rs.size();
            Wilson.Interval wc = Wilson.interval95(changed, total), ws = Wilson.interval95(split, total);
            double medFirst = firstSteps.isEmpty() ? Double.NaN : (double) Stats.medianLong(firstSteps);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("n", n); row.put("runs", total);
            ExperimentReport.putFraction(row, "changed", wc);
            ExperimentReport.putFraction(row, "ray_split", ws);
            row.put("median_first_change_step", medFirst);
            row.put("mean_ever_flipped_entries", (double) flipped / total);
            row.put("mean_final_changed_entries", (double) finalChanged / total);
            row.put("median_final_loss", median(losses));
            row.put("median_final_loss_changed", median(lossesChanged));
            row.put("median_final_loss_unchanged", median(lossesUnchanged));
            row.put("median_excess_over_floor_unchanged", median(excessUnchanged));
            row.put("below_floor_count", below);
            row.put("converged_count", counts[Outcome.CONVERGED.ordinal()]);
            row.put("capped_count", counts[Outcome.CAPPED.ordinal()]);
            row.put("diverged_count", counts[Outcome.DIVERGED.ordinal()]);
            row.put("median_steps", (double) Stats.medianLong(steps));
            row.put("median_step_size", median(hs));
            row.put("partial", out.partial());
            report.row(row);
            fractionPts.add(new double[] {n, wc.p(), wc.lo(), wc.hi()});
            lossPts.add(new double[] {n, median(losses), median(lossesChanged), median(lossesUnchanged)});
            flippedPts.add(new double[] {n, (double) flipped / total, (double) finalChanged / total});
            report.summaryLine(String.format(Locale.ROOT,
                    "n=%d: pattern changed in %d/%d = %.3f [%.3f, %.3f] (ray split in %d); median first change at step %s; "
                            + "mean flipped entries %.2f (ever) / %.2f (at end) of %d; median final loss %.7f (%d below the floor%s); "
                            + "converged %d, capped %d, diverged %d",
                    n, wc.successes(), total, wc.p(), wc.lo(), wc.hi(), split, firstSteps.isEmpty() ? "-" : Long.toString((long) medFirst),
                    (double) flipped / total, (double) finalChanged / total, (long) P * n, median(losses), below,
                    belowWithoutChange > 0 ? ", " + belowWithoutChange + " of them WITHOUT a pattern change" : "",
                    counts[Outcome.CONVERGED.ordinal()], counts[Outcome.CAPPED.ordinal()], counts[Outcome.DIVERGED.ordinal()]));
            for (int r = 0; r < Math.min(rs.size(), 20); r++) { // a sample of individual runs per width
                TrainResult t = rs.get(r);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("n", n); m.put("run", r); m.put("outcome", t.outcome().name()); m.put("steps", t.steps()); m.put("step", t.step());
                m.put("changed", t.changed()); m.put("firstChangeStep", t.firstChangeStep()); m.put("everFlippedEntries", t.everFlippedEntries());
                m.put("finalChangedEntries", t.finalChangedEntries()); m.put("everSplit", t.everSplit());
                m.put("initialLoss", t.initialLoss()); m.put("finalLoss", t.finalLoss()); m.put("floor", t.floor());
                perRun.add(m);
            }
        }
        report.detail("runsSample", perRun);
        // how the mean number of ever-flipped entries scales with n (a power law fit on log-log axes)
        if (flippedPts.size() >= 2 && flippedPts.stream().allMatch(q -> q[1] > 0)) {
            double[] lx = flippedPts.stream().mapToDouble(q -> Math.log(q[0])).toArray();
            double[] ly = flippedPts.stream().mapToDouble(q -> Math.log(q[1])).toArray();
            double slope = Stats.linearFit(lx, ly)[0];
            report.config("flippedEntriesFit", "least squares of log(mean ever-flipped entries) on log n");
            report.detail("flippedEntriesExponent", slope);
            report.summaryLine(String.format(Locale.ROOT,
                    "Mean number of ever-flipped (i, j) entries per run scales like n^%.2f over n = %d..%d (least-squares fit on log-log axes).",
                    slope, (int) flippedPts.get(0)[0], (int) flippedPts.get(flippedPts.size() - 1)[0]));
        }
        if (!fractionPts.isEmpty()) {
            report.chart(new ExperimentReport.Chart("Fraction of nets whose activation pattern on the star data ever changes (95% Wilson)",
                    "width n (log scale)", "fraction changed", true, false,
                    List.of(new ExperimentReport.Series("GD, NTK step", col(fractionPts, 0), col(fractionPts, 1), col(fractionPts, 2), col(fractionPts, 3)))));
            report.chart(new ExperimentReport.Chart("Median final training loss (ray-wise affine floor: "
                    + (cfg.weights() == Weights.UNIFORM ? "1" : "per run") + ")",
                    "width n (log scale)", "1/2 sum_j p_j (f(x_j) - y_j)^2", true, false,
                    List.of(ExperimentReport.Series.of("all runs", col(lossPts, 0), col(lossPts, 1)),
                            ExperimentReport.Series.of("pattern changed", col(lossPts, 0), col(lossPts, 2)),
                            ExperimentReport.Series.of("pattern unchanged", col(lossPts, 0), col(lossPts, 3)))));
            report.chart(new ExperimentReport.Chart("Mean number of (i, j) activation entries that changed, per run",
                    "width n (log scale)", "entries (log scale; 0 not drawn)", true, true,
                    List.of(ExperimentReport.Series.of("ever flipped", col(flippedPts, 0), col(flippedPts, 1)),
                            ExperimentReport.Series.of("different at the end", col(flippedPts, 0), col(flippedPts, 2)))));
        }
        return ctx.finish(report);
    }

    /** The settings that differ from {@link Config#defaults} with 100 runs, as "name value (default d)", or "". */
    static String deviationsFromDefaults(Config cfg) {
        Config d = Config.defaults(100);
        List<String> out = new ArrayList<>();
        if (cfg.runs() != d.runs()) out.add("runs " + cfg.runs() + " per width (default " + d.runs() + ")");
        if (!Arrays.equals(cfg.widths(), d.widths()))
            out.add("widths " + Arrays.toString(cfg.widths()) + " (default " + Arrays.toString(d.widths()) + ")");
        if (cfg.maxSteps() != d.maxSteps())
            out.add("step cap " + cfg.maxSteps() + " (default " + d.maxSteps() + "), so \"ever changes\" means within " + cfg.maxSteps() + " steps");
        if (cfg.window() != d.window()) out.add("convergence window " + cfg.window() + " (default " + d.window() + ")");
        if (cfg.relTol() != d.relTol()) out.add("relative tolerance " + cfg.relTol() + " (default " + d.relTol() + ")");
        if (cfg.weights() != d.weights()) out.add("weights " + cfg.weights().name().toLowerCase(Locale.ROOT) + " (default uniform)");
        return String.join("; ", out);
    }

    private static double[] col(List<double[]> pts, int c) {
        double[] out = new double[pts.size()];
        for (int i = 0; i < out.length; i++) out[i] = pts.get(i)[c];
        return out;
    }
}
