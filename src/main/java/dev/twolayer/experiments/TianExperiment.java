package dev.twolayer.experiments;

import dev.twolayer.theory.GaussianPopulationLoss;
import dev.twolayer.theory.PopulationGd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Section 3 of papers.md (Tian, 2017): (i) symmetric population GD from W = 1e-3 I against the identity teacher,
 * tracking w_j = A e_j + a sum_{j' != j} e_j' for K in {2, 5, 10}; (ii) the symmetric saddle A = a = x_s versus
 * symmetry breaking to (1, 0); (iii) the sample-mean gradient versus the closed form as N grows (log-log slope
 * about -1/2), averaged over seeded runs.
 */
public final class TianExperiment {
    private TianExperiment() {}

    public static final String NAME = "tian";

    /**
     * @param ks            K values for the symmetric curves
     * @param steps         GD steps of the symmetric curves (1000)
     * @param saddleSteps   step cap of the saddle runs
     * @param gradientK     K of the empirical-gradient check
     * @param sampleSizes   N values (increasing)
     * @param runs          repetitions of the empirical-gradient check
     */
    public record Config(int[] ks, long steps, long saddleSteps, int gradientK, int[] sampleSizes, int runs) {
        public Config {
            if (ks == null || ks.length == 0) throw new IllegalArgumentException("need at least one K");
            for (int k : ks) if (k < 2) throw new IllegalArgumentException("K must be >= 2, got " + k);
            if (steps < 1 || saddleSteps < 1) throw new IllegalArgumentException("step counts must be >= 1");
            if (gradientK < 1) throw new IllegalArgumentException("gradient K must be >= 1, got " + gradientK);
            if (sampleSizes == null || sampleSizes.length < 2) throw new IllegalArgumentException("need at least two sample sizes");
            for (int i = 0; i < sampleSizes.length; i++)
                if (sampleSizes[i] < 1 || (i > 0 && sampleSizes[i] <= sampleSizes[i - 1]))
                    throw new IllegalArgumentException("sample sizes must be positive and increasing");
            if (runs < 1) throw new IllegalArgumentException("runs must be >= 1, got " + runs);
            ks = ks.clone(); sampleSizes = sampleSizes.clone();
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ks", java.util.Arrays.stream(ks).boxed().toList()); m.put("steps", steps); m.put("symmetricStep", 0.01);
            m.put("saddleStep", 0.1); m.put("saddleStart", 0.3); m.put("saddleSteps", saddleSteps);
            m.put("gradientK", gradientK); m.put("sampleSizes", java.util.Arrays.stream(sampleSizes).boxed().toList()); m.put("runs", runs);
            return m;
        }
    }

    /** The symmetric saddle value x_s = (sqrt(K-1) - arccos(1/sqrt K) + pi) / (pi K). */
    public static double saddleValue(int k) {
        return (Math.sqrt(k - 1) - Math.acos(1 / Math.sqrt(k)) + Math.PI) / (Math.PI * k);
    }

    /** (A, a) per iterate t = 0..steps of GD from W = A0 I + a0 (1 1^T - I). Returns {A[], a[]}. */
    public static double[][] symmetricTrajectory(int k, double a0Diag, double a0Off, double step, long steps) {
        GaussianPopulationLoss f = GaussianPopulationLoss.of(k, k, GaussianPopulationLoss.identity(k));
        double[] w0 = new double[k * k];
        for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) w0[i * k + j] = i == j ? a0Diag : a0Off;
        double[] as = new double[(int) steps + 1], offs = new double[(int) steps + 1];
        new PopulationGd(f, PopulationGd.Config.fixedSteps(step, steps)).run(w0, null, null, (t, w, loss, g) -> {
            as[(int) t] = w[0];
            offs[(int) t] = k > 1 ? w[1] : 0;
            return true;
        });
        return new double[][] {as, offs};
    }

    /**
     * Relative error |G_emp - G|_F / |G|_F of the sample-mean gradient of 1/2 mean (student - teacher)^2 for each N
     * (nested: the first N samples of one stream), at a random W (rows N(0, 1/K)) against the identity teacher.
     */
    public static double[] gradientErrors(int k, int[] sizes, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] w = new double[k * k];
        for (int i = 0; i < w.length; i++) w[i] = rng.nextGaussian() / Math.sqrt(k);
        GaussianPopulationLoss f = GaussianPopulationLoss.of(k, k, GaussianPopulationLoss.identity(k));
        double[] g = new double[k * k];
        f.lossAndGradient(w, null, g, f.newWorkspace());
        double gNorm = 0;
        for (double v : g) gNorm += v * v;
        gNorm = Math.sqrt(gNorm);
        double[] sum = new double[k * k], x = new double[k], pre = new double[k];
        double[] err = new double[sizes.length];
        int next = 0;
        for (int s = 1; s <= sizes[sizes.length - 1]; s++) {
            for (int i = 0; i < k; i++) x[i] = rng.nextGaussian();
            double student = 0, teacher = 0;
            for (int i = 0; i < k; i++) {
                double z = 0;
                for (int j = 0; j < k; j++) z += w[i * k + j] * x[j];
                pre[i] = z;
                student += Math.max(0, z);
                teacher += Math.max(0, x[i]); // identity teacher: v_i . x = x_i
            }
            double r = student - teacher;
            for (int i = 0; i < k; i++) if (pre[i] > 0) for (int j = 0; j < k; j++) sum[i * k + j] += r * x[j];
            if (s == sizes[next]) {
                double e = 0;
                for (int p = 0; p < g.length; p++) { double dlt = sum[p] / s - g[p]; e += dlt * dlt; }
                err[next++] = Math.sqrt(e) / gNorm;
            }
        }
        return err;
    }

    public static ExperimentReport run(Config cfg, ExperimentContext ctx) {
        ExperimentReport report = new ExperimentReport(NAME, "Tian: symmetric population dynamics, saddle, empirical gradient (section 3)", ctx.masterSeed());
        cfg.asMap().forEach(report::config);
        ctx.plan(cfg.runs());
        // (i) symmetric curves
        List<ExperimentReport.Series> errSeries = new ArrayList<>();
        Map<String, Object> curves = new LinkedHashMap<>();
        for (int k : cfg.ks()) {
            double[][] tr = symmetricTrajectory(k, 1e-3, 0, 0.01, cfg.steps());
            double[] t = new double[tr[0].length], e = new double[tr[0].length];
            for (int i = 0; i < t.length; i++) { t[i] = i; e[i] = (tr[0][i] - 1) * (tr[0][i] - 1) + (k - 1) * tr[1][i] * tr[1][i]; }
            errSeries.add(ExperimentReport.Series.of("K = " + k, t, e));
            curves.put("K=" + k, Map.of("A", tr[0], "a", tr[1], "error", e));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("part", "symmetric"); row.put("K", k); row.put("steps", cfg.steps());
            row.put("A_final", tr[0][t.length - 1]); row.put("a_final", tr[1][t.length - 1]); row.put("error_final", e[t.length - 1]);
            report.row(row);
            if (k == 5) {
                double[][] ref = {{1, 0.0123548, 0.0024975}, {10, 0.0924128, 0.0420640}, {100, 0.4764569, 0.1624477}, {299, 0.8541320, 0.0560841}};
                for (double[] rv : ref) {
                    int s = (int) rv[0];
                    if (s < t.length)
                        report.summaryLine(String.format(Locale.ROOT, "K=5 after %d steps: (A, a) = (%.7f, %.7f), papers.md (%.7f, %.7f)",
                                s, tr[0][s], tr[1][s], rv[1], rv[2]));
                }
            }
        }
        report.detail("symmetricCurves", curves);
        report.chart(new ExperimentReport.Chart("Symmetric dynamics: (A-1)^2 + (K-1) a^2 per GD step (step 0.01)", "step", "error", false, true, errSeries));
        // (ii) saddle vs symmetry breaking
        for (int k : cfg.ks()) {
            double xs = saddleValue(k);
            double[][] sym = symmetricTrajectory(k, 0.3, 0.3, 0.1, cfg.saddleSteps());
            double[][] brk = symmetricTrajectory(k, 0.31, 0.3, 0.1, cfg.saddleSteps());
            int last = sym[0].length - 1;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("part", "saddle"); row.put("K", k); row.put("steps", cfg.saddleSteps());
            row.put("x_s", xs); row.put("A_final", sym[0][last]); row.put("a_final", sym[1][last]);
            row.put("saddle_distance", Math.max(Math.abs(sym[0][last] - xs), Math.abs(sym[1][last] - xs)));
            row.put("broken_A_final", brk[0][last]); row.put("broken_a_final", brk[1][last]);
            report.row(row);
            report.summaryLine(String.format(Locale.ROOT, "K=%d: from A=a=0.3 GD reaches (%.8f, %.8f), x_s = %.8f; from A=0.31, a=0.3 it reaches (%.6f, %.6f)",
                    k, sym[0][last], sym[1][last], xs, brk[0][last], brk[1][last]));
        }
        // (iii) empirical vs closed-form gradient
        var out = ctx.runCell(0, cfg.runs(), (r, seed) -> gradientErrors(cfg.gradientK(), cfg.sampleSizes(), seed));
        List<double[]> errs = out.completedResults();
        if (!errs.isEmpty()) {
            int m = cfg.sampleSizes().length;
            double[] ns = new double[m], mean = new double[m], logN = new double[m], logE = new double[m];
            for (int i = 0; i < m; i++) {
                ns[i] = cfg.sampleSizes()[i];
                for (double[] e : errs) mean[i] += e[i] / errs.size();
                logN[i] = Math.log(ns[i]); logE[i] = Math.log(mean[i]);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("part", "empirical_gradient"); row.put("K", cfg.gradientK()); row.put("N", cfg.sampleSizes()[i]);
                row.put("mean_relative_error", mean[i]); row.put("runs", errs.size());
                report.row(row);
            }
            double[] fit = Stats.linearFit(logN, logE);
            report.detail("gradientErrorSlope", fit[0]);
            report.summaryLine(String.format(Locale.ROOT, "Empirical gradient (K=%d, %d runs): log-log slope of mean relative error vs N = %.3f (theory -0.5)",
                    cfg.gradientK(), errs.size(), fit[0]));
            double[] fitted = new double[m];
            for (int i = 0; i < m; i++) fitted[i] = Math.exp(fit[1] + fit[0] * logN[i]);
            report.chart(new ExperimentReport.Chart("Sample-mean vs closed-form gradient: relative error", "samples N", "mean relative error", true, true,
                    List.of(ExperimentReport.Series.of("measured", ns, mean),
                            ExperimentReport.Series.of(String.format(Locale.ROOT, "fit, slope %.3f", fit[0]), ns, fitted))));
        }
        return ctx.finish(report);
    }
}
