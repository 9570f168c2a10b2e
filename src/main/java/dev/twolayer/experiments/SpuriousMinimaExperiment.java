package dev.twolayer.experiments;

import dev.twolayer.theory.GaussianPopulationLoss;
import dev.twolayer.theory.HessianEigen;
import dev.twolayer.theory.PopulationGd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Section 1 of papers.md (Safran and Shamir, 2018): population GD of a student with n ReLU rows against the identity
 * teacher with k rows (d = k), W0 ~ N(0, 1/d), step 0.1, stop at max_i |dF/dw_i| <= 1e-9/(2 pi), restart with half
 * the step above 1e4/(2 pi). Per cell (k, n): fraction of converged runs ending at a spurious minimum (F >= 1e-3)
 * with a Wilson interval, distinct final F values (rounded to 1e-4) with counts and the smallest Hessian eigenvalue
 * at one representative point each, steps to stop; runs hitting the step cap are reported as UNCONVERGED apart.
 *
 * <p>With {@code stopAtGlobal}, a run stops as soon as F falls below the spurious threshold while F has decreased at
 * every step so far. F never increases along the run then (GD with this step is a descent method on F; a run where F
 * ever rose is not stopped early), so its final F would be below the threshold too: the run is classified exactly,
 * as not spurious, without the 10^5 to 10^6 further steps that n > k runs take to meet the gradient tolerance near
 * the degenerate global minima. Such runs are counted apart (GLOBAL_EARLY, with the step at which F crossed the
 * threshold); the distinct final F values and Hessian eigenvalues then come from the runs that converged in full.
 */
public final class SpuriousMinimaExperiment {
    private SpuriousMinimaExperiment() {}

    public static final String NAME = "spurious-minima";

    /**
     * @param ks              teacher sizes k (= d)
     * @param extraNeurons    n - k offsets (0 = exact parametrisation)
     * @param overparamKMax   offsets > 0 only for k <= this (papers.md: k = 6..19)
     * @param runs            runs per cell
     * @param maxSteps        GD step cap per attempt
     * @param spuriousLoss    F threshold for spurious (1e-3)
     * @param hessian         compute the smallest Hessian eigenvalue per distinct point
     */
    public record Config(int[] ks, int[] extraNeurons, int overparamKMax, int runs, long maxSteps, double spuriousLoss,
                         boolean hessian, boolean stopAtGlobal) {
        public Config {
            if (ks == null || ks.length == 0) throw new IllegalArgumentException("need at least one k");
            for (int k : ks) if (k < 1) throw new IllegalArgumentException("k must be >= 1, got " + k);
            if (extraNeurons == null || extraNeurons.length == 0) throw new IllegalArgumentException("need at least one n - k offset");
            for (int e : extraNeurons) if (e < 0) throw new IllegalArgumentException("n - k must be >= 0, got " + e);
            if (runs < 1) throw new IllegalArgumentException("runs must be >= 1, got " + runs);
            if (maxSteps < 1) throw new IllegalArgumentException("max steps must be >= 1, got " + maxSteps);
            if (!(spuriousLoss > 0)) throw new IllegalArgumentException("spurious threshold must be > 0, got " + spuriousLoss);
            ks = ks.clone(); extraNeurons = extraNeurons.clone();
        }

        /** Every run to the full stopping rule (no early classification). */
        public Config(int[] ks, int[] extraNeurons, int overparamKMax, int runs, long maxSteps, double spuriousLoss,
                      boolean hessian) {
            this(ks, extraNeurons, overparamKMax, runs, maxSteps, spuriousLoss, hessian, false);
        }

        List<int[]> cells() {
            List<int[]> out = new ArrayList<>();
            for (int e : extraNeurons) for (int k : ks) if (e == 0 || k <= overparamKMax) out.add(new int[] {k, k + e});
            return out;
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ks", java.util.Arrays.stream(ks).boxed().toList());
            m.put("extraNeurons", java.util.Arrays.stream(extraNeurons).boxed().toList());
            m.put("overparamKMax", overparamKMax); m.put("runs", runs); m.put("maxSteps", maxSteps);
            m.put("spuriousLoss", spuriousLoss); m.put("hessian", hessian);
            m.put("stopAtGlobal", stopAtGlobal
                    ? "runs stop once F < spuriousLoss with F decreasing at every step so far (counted GLOBAL_EARLY)"
                    : false);
            m.put("teacher", "identity (v_j = e_j), d = k, output weights 1");
            m.put("init", "W entries N(0, 1/d)");
            PopulationGd.Config gd = PopulationGd.Config.safranShamir(maxSteps);
            m.put("gd", Map.of("step", gd.step(), "gradTol", gd.gradTol(), "divergenceNorm", gd.divergenceNorm(), "maxHalvings", gd.maxHalvings()));
            return m;
        }
    }

    /**
     * One run: final status, F, gradient norm, steps, and the final W (for the Hessian at distinct points).
     * {@code globalEarly}: stopped once F fell below the threshold with F decreasing throughout (status UNCONVERGED
     * from PopulationGd's point of view, classified not spurious here).
     */
    public record RunResult(PopulationGd.Status status, double loss, double gradNorm, long steps, long totalSteps,
                            int restarts, double[] finalW, boolean globalEarly) {}

    /** A run to the full stopping rule. */
    public static RunResult runOne(GaussianPopulationLoss objective, PopulationGd.Config gdConfig, long seed) {
        return runOne(objective, gdConfig, seed, 0);
    }

    /**
     * @param stopBelow when > 0, stop as soon as F &lt; stopBelow while F has decreased at every step of the attempt so
     *                  far (see the class comment)
     */
    public static RunResult runOne(GaussianPopulationLoss objective, PopulationGd.Config gdConfig, long seed,
                                   double stopBelow) {
        int n = objective.n(), d = objective.d();
        SplittableRandom rng = new SplittableRandom(seed);
        double[] w0 = new double[n * d];
        double sd = Math.sqrt(1.0 / d);
        for (int i = 0; i < w0.length; i++) w0[i] = rng.nextGaussian() * sd;
        double[] w = new double[n * d];
        Thread me = Thread.currentThread();
        double[] previous = {Double.POSITIVE_INFINITY};
        boolean[] decreasing = {true}, early = {false};
        PopulationGd.Result r = new PopulationGd(objective, gdConfig).run(w0, null, w, (t, ww, f, g) -> {
            if (t == 0) { previous[0] = Double.POSITIVE_INFINITY; decreasing[0] = true; } // a restart begins again
            if (!(f <= previous[0])) decreasing[0] = false;
            previous[0] = f;
            if (stopBelow > 0 && decreasing[0] && f < stopBelow) {
                early[0] = true;
                return false;
            }
            return (t & 4095) != 0 || !me.isInterrupted();
        });
        return new RunResult(r.status(), r.loss(), r.gradNorm(), r.steps(), r.totalSteps(), r.restarts(), w,
                early[0]);
    }

    public static ExperimentReport run(Config cfg, ExperimentContext ctx) {
        ExperimentReport report = new ExperimentReport(NAME, "Spurious local minima in teacher-student population GD (section 1)", ctx.masterSeed());
        cfg.asMap().forEach(report::config);
        report.config("vectorised", GaussianPopulationLoss.vectorApiAvailable()
                ? "for k >= " + GaussianPopulationLoss.VECTOR_MIN_D + " (plain Java below: faster there)" : "no");
        List<int[]> cells = cfg.cells();
        ctx.plan((long) cells.size() * cfg.runs());
        PopulationGd.Config gd = PopulationGd.Config.safranShamir(cfg.maxSteps());
        Map<Integer, List<double[]>> points = new TreeMap<>();
        List<Map<String, Object>> cellDetails = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            int k = cells.get(c)[0], n = cells.get(c)[1];
            GaussianPopulationLoss objective = GaussianPopulationLoss.of(n, k, GaussianPopulationLoss.identity(k));
            long t0 = System.nanoTime();
            double stopBelow = cfg.stopAtGlobal() ? cfg.spuriousLoss() : 0;
            var out = ctx.runCell(c, cfg.runs(), (r, seed) -> runOne(objective, gd, seed, stopBelow));
            double cellSeconds = (System.nanoTime() - t0) / 1e9;
            List<RunResult> rs = out.completedResults();
            if (rs.isEmpty()) break;
            int converged = 0, unconverged = 0, diverged = 0, spurious = 0, unconvergedHighF = 0, globalEarly = 0;
            List<Long> steps = new ArrayList<>(), earlySteps = new ArrayList<>();
            long maxStepsSeen = 0;
            TreeMap<String, Integer> distinct = new TreeMap<>();
            Map<String, Integer> representative = new LinkedHashMap<>();
            List<Map<String, Object>> unconvergedRuns = new ArrayList<>();
            for (int i = 0; i < out.results().size(); i++) {
                RunResult r = out.results().get(i);
                if (r == null) continue;
                if (r.globalEarly()) {
                    globalEarly++;
                    earlySteps.add(r.totalSteps());
                    continue;
                }
                switch (r.status()) {
                    case CONVERGED -> {
                        converged++;
                        if (r.loss() >= cfg.spuriousLoss()) spurious++;
                        steps.add(r.totalSteps());
                        maxStepsSeen = Math.max(maxStepsSeen, r.totalSteps());
                        String key = String.format(Locale.ROOT, "%.4f", Math.round(r.loss() / 1e-4) * 1e-4);
                        distinct.merge(key, 1, Integer::sum);
                        representative.putIfAbsent(key, i);
                    }
                    case UNCONVERGED -> {
                        unconverged++;
                        if (r.loss() >= cfg.spuriousLoss()) unconvergedHighF++;
                        Map<String, Object> u = new LinkedHashMap<>();
                        u.put("run", i); u.put("F", r.loss()); u.put("gradNorm", r.gradNorm()); u.put("steps", r.totalSteps());
                        unconvergedRuns.add(u);
                    }
                    case DIVERGED -> diverged++;
                }
            }
            List<Map<String, Object>> distinctRows = new ArrayList<>();
            for (var e : distinct.entrySet()) {
                Map<String, Object> dm = new LinkedHashMap<>();
                dm.put("F", Double.parseDouble(e.getKey()));
                dm.put("count", e.getValue());
                int rep = representative.get(e.getKey());
                dm.put("representativeRun", rep);
                if (cfg.hessian()) {
                    RunResult r = out.results().get(rep);
                    dm.put("minHessianEigenvalue", HessianEigen.smallestEigenvalue(objective, r.finalW(), null));
                }
                distinctRows.add(dm);
            }
            int classified = converged + globalEarly;
            Wilson.Interval w = Wilson.interval95(spurious, classified);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("k", k); row.put("n", n); row.put("runs", rs.size());
            row.put("converged", converged);
            if (cfg.stopAtGlobal()) row.put("global_early", globalEarly);
            row.put("unconverged", unconverged); row.put("diverged", diverged);
            ExperimentReport.putFraction(row, "spurious", w);
            row.put("unconverged_F_ge_threshold", unconvergedHighF);
            row.put("distinct_F", distinct.size());
            row.put("median_steps", steps.isEmpty() ? Double.NaN : (double) Stats.medianLong(steps));
            row.put("max_steps", maxStepsSeen);
            if (cfg.stopAtGlobal())
                row.put("median_steps_to_global", earlySteps.isEmpty() ? Double.NaN : (double) Stats.medianLong(earlySteps));
            row.put("cell_seconds", cellSeconds);
            row.put("partial", out.partial());
            report.row(row);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("k", k); detail.put("n", n); detail.put("distinctConvergedF", distinctRows); detail.put("unconvergedRuns", unconvergedRuns);
            cellDetails.add(detail);
            points.computeIfAbsent(n - k, x -> new ArrayList<>()).add(new double[] {k, w.p(), w.lo(), w.hi()});
            StringBuilder ds = new StringBuilder();
            for (Map<String, Object> dm : distinctRows) {
                if (ds.length() > 0) ds.append("; ");
                ds.append("F=").append(dm.get("F")).append(" x").append(dm.get("count"));
                if (dm.containsKey("minHessianEigenvalue")) ds.append(String.format(Locale.ROOT, " (min eig %.3g)", (Double) dm.get("minHessianEigenvalue")));
            }
            if (globalEarly > 0) {
                if (ds.length() > 0) ds.append("; ");
                ds.append("F<").append(cfg.spuriousLoss()).append(" (stopped there) x").append(globalEarly);
            }
            String denominator = cfg.stopAtGlobal() ? "classified" : "converged";
            report.summaryLine(String.format(Locale.ROOT, "k=%d n=%d: spurious %d/%d %s = %.3f [%.3f, %.3f]; unconverged %d, diverged %d; distinct F: %s; %.1f s",
                    k, n, spurious, classified, denominator, w.p(), w.lo(), w.hi(), unconverged, diverged, ds, cellSeconds));
        }
        List<ExperimentReport.Series> series = new ArrayList<>();
        for (var e : points.entrySet()) {
            List<double[]> p = e.getValue();
            double[] x = new double[p.size()], y = new double[p.size()], lo = new double[p.size()], hi = new double[p.size()];
            for (int i = 0; i < p.size(); i++) { x[i] = p.get(i)[0]; y[i] = p.get(i)[1]; lo[i] = p.get(i)[2]; hi[i] = p.get(i)[3]; }
            series.add(new ExperimentReport.Series(e.getKey() == 0 ? "n = k" : "n = k + " + e.getKey(), x, y, lo, hi));
        }
        String of = cfg.stopAtGlobal() ? "classified" : "converged";
        report.chart(new ExperimentReport.Chart("Fraction of " + of + " runs at a spurious minimum (F >= " + cfg.spuriousLoss() + ", 95% Wilson)",
                "k (teacher neurons = input dimension)", "fraction spurious", false, false, series));
        report.detail("cells", cellDetails);
        return ctx.finish(report);
    }
}
