package dev.twolayer.experiments;

import dev.twolayer.theory.IntervalLoss;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Section 4 of papers.md (Cheridito, Jentzen and Rossmannek): shallow ReLU nets fitted to an affine target on an
 * interval with the exact integral loss ({@link IntervalLoss}), He initialisation, plain GD with a fixed step. For
 * each width N the fraction of runs reaching loss <= target versus those stuck at a dead-neuron point (every neuron
 * zero on [a, b], an absorbing state of GD) is reported with Wilson intervals.
 */
public final class AffineTargetExperiment {
    private AffineTargetExperiment() {}

    public static final String NAME = "affine-target";

    /** How a run ended. */
    public enum Outcome {
        /** loss <= the success threshold */
        SUCCESS,
        /** every neuron dead on [a, b]: GD can only move c; the loss tends to alpha^2 (b-a)^3 / 12 */
        DEAD,
        /** gradient norm below the stationarity threshold at loss above the success threshold, some neuron alive */
        STUCK_OTHER,
        /** step cap reached */
        UNFINISHED,
        /** loss or parameters became non-finite */
        DIVERGED
    }

    /**
     * @param widths        neuron counts N (e.g. 1, 2, 4, ..., 64)
     * @param runs          runs per width
     * @param a             interval start
     * @param b             interval end
     * @param alpha         target slope
     * @param beta          target intercept
     * @param normalise     divide the loss by b - a
     * @param step          GD step
     * @param maxSteps      step cap
     * @param successLoss   loss threshold for success (1e-8)
     * @param stationaryGradNorm gradient norm below which a run counts as stuck
     */
    public record Config(int[] widths, int runs, double a, double b, double alpha, double beta, boolean normalise,
                         double step, long maxSteps, double successLoss, double stationaryGradNorm) {
        public Config {
            if (widths == null || widths.length == 0) throw new IllegalArgumentException("need at least one width N");
            for (int n : widths) if (n < 1) throw new IllegalArgumentException("width N must be >= 1, got " + n);
            if (runs < 1) throw new IllegalArgumentException("runs must be >= 1, got " + runs);
            if (!(step > 0) || !Double.isFinite(step)) throw new IllegalArgumentException("step must be positive, got " + step);
            if (maxSteps < 1) throw new IllegalArgumentException("max steps must be >= 1, got " + maxSteps);
            if (!(b > a)) throw new IllegalArgumentException("interval must have a < b, got [" + a + ", " + b + "]");
            widths = widths.clone();
        }

        /** N = 1, 2, 4, ..., 64 on [0, 1] with target x + 0.5, normalised loss, step 0.01. */
        public static Config defaults(int runs, long maxSteps) {
            return new Config(new int[] {1, 2, 4, 8, 16, 32, 64}, runs, 0, 1, 1, 0.5, true, 0.01, maxSteps, 1e-8, 1e-12);
        }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("widths", Arrays.stream(widths).boxed().toList());
            m.put("runs", runs); m.put("a", a); m.put("b", b); m.put("alpha", alpha); m.put("beta", beta);
            m.put("normalise", normalise); m.put("step", step); m.put("maxSteps", maxSteps);
            m.put("successLoss", successLoss); m.put("stationaryGradNorm", stationaryGradNorm);
            m.put("init", "He: w ~ N(0, 2), v ~ N(0, 2/N), b = 0, c = 0");
            m.put("optimiser", "plain GD on the exact integral loss, relu'(0) = 0");
            return m;
        }
    }

    /** One run's result. */
    public record RunResult(int width, Outcome outcome, long steps, double finalLoss, double gradNorm,
                            int deadAtInit, int active, int inactive, int degenerate, int linear) {}

    /** One run: He init from {@code seed}, GD until success, death, stationarity, divergence or the cap. */
    public static RunResult runOne(Config cfg, int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[n], w = new double[n], bias = new double[n];
        double sdW = Math.sqrt(2.0), sdV = Math.sqrt(2.0 / n); // He: fan-in 1 for w, N for v
        for (int j = 0; j < n; j++) { w[j] = rng.nextGaussian() * sdW; v[j] = rng.nextGaussian() * sdV; }
        double c = 0;
        IntervalLoss loss = new IntervalLoss(n, cfg.a(), cfg.b(), cfg.alpha(), cfg.beta(), cfg.normalise());
        int deadAtInit = 0;
        for (int j = 0; j < n; j++) if (loss.isDead(w[j], bias[j])) deadAtInit++;
        double[] gv = new double[n], gw = new double[n], gb = new double[n], gc = new double[1];
        Outcome outcome = Outcome.UNFINISHED;
        long step = 0;
        double L = Double.NaN, gnorm = Double.NaN;
        final double h = cfg.step();
        while (true) {
            L = loss.evaluate(v, w, bias, c, gv, gw, gb, gc);
            double g2 = gc[0] * gc[0];
            for (int j = 0; j < n; j++) g2 += gv[j] * gv[j] + gw[j] * gw[j] + gb[j] * gb[j];
            gnorm = Math.sqrt(g2);
            if (!Double.isFinite(L) || !Double.isFinite(gnorm)) { outcome = Outcome.DIVERGED; break; }
            if (L <= cfg.successLoss()) { outcome = Outcome.SUCCESS; break; }
            if (allDead(loss, w, bias, n)) { outcome = Outcome.DEAD; break; }
            if (gnorm <= cfg.stationaryGradNorm()) { outcome = Outcome.STUCK_OTHER; break; }
            if (step >= cfg.maxSteps()) break;
            if ((step & 1023) == 0 && Thread.currentThread().isInterrupted()) break; // cancelled: result is discarded
            for (int j = 0; j < n; j++) { v[j] -= h * gv[j]; w[j] -= h * gw[j]; bias[j] -= h * gb[j]; }
            c -= h * gc[0];
            step++;
        }
        int act = 0, inact = 0, deg = 0, lin = 0;
        for (int j = 0; j < n; j++) {
            switch (loss.state(w[j], bias[j])) {
                case ACTIVE -> act++;
                case INACTIVE -> inact++;
                case DEGENERATE -> deg++;
                case LINEAR -> lin++;
            }
        }
        return new RunResult(n, outcome, step, L, gnorm, deadAtInit, act, inact, deg, lin);
    }

    private static boolean allDead(IntervalLoss loss, double[] w, double[] bias, int n) {
        for (int j = 0; j < n; j++) if (!loss.isDead(w[j], bias[j])) return false;
        return true;
    }

    /** Runs every width (cell index = position in {@code widths}) and aggregates. */
    public static ExperimentReport run(Config cfg, ExperimentContext ctx) {
        ExperimentReport report = new ExperimentReport(NAME, "Affine target on an interval: GD success vs dead-neuron points (section 4)", ctx.masterSeed());
        cfg.asMap().forEach(report::config);
        ctx.plan((long) cfg.widths().length * cfg.runs());
        int cells = cfg.widths().length;
        double[] xs = new double[cells], succ = new double[cells], succLo = new double[cells], succHi = new double[cells];
        double[] dead = new double[cells], deadLo = new double[cells], deadHi = new double[cells], deadInit = new double[cells];
        int plotted = 0;
        List<Map<String, Object>> perRun = new ArrayList<>();
        for (int cell = 0; cell < cells; cell++) {
            int n = cfg.widths()[cell];
            var out = ctx.runCell(cell, cfg.runs(), (r, seed) -> runOne(cfg, n, seed));
            List<RunResult> rs = out.completedResults();
            if (rs.isEmpty()) break;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("N", n);
            row.put("runs", rs.size());
            long[] counts = new long[Outcome.values().length];
            long allDeadInit = 0;
            List<Long> successSteps = new ArrayList<>();
            for (RunResult r : rs) {
                counts[r.outcome().ordinal()]++;
                if (r.deadAtInit() == n) allDeadInit++;
                if (r.outcome() == Outcome.SUCCESS) successSteps.add(r.steps());
            }
            Wilson.Interval ws = Wilson.interval95(counts[Outcome.SUCCESS.ordinal()], rs.size());
            Wilson.Interval wd = Wilson.interval95(counts[Outcome.DEAD.ordinal()], rs.size());
            ExperimentReport.putFraction(row, "success", ws);
            ExperimentReport.putFraction(row, "dead", wd);
            row.put("stuck_other_count", counts[Outcome.STUCK_OTHER.ordinal()]);
            row.put("unfinished_count", counts[Outcome.UNFINISHED.ordinal()]);
            row.put("diverged_count", counts[Outcome.DIVERGED.ordinal()]);
            row.put("all_dead_at_init_count", allDeadInit);
            row.put("median_steps_success", successSteps.isEmpty() ? Double.NaN : (double) Stats.medianLong(successSteps));
            row.put("partial", out.partial());
            report.row(row);
            xs[plotted] = n; succ[plotted] = ws.p(); succLo[plotted] = ws.lo(); succHi[plotted] = ws.hi();
            dead[plotted] = wd.p(); deadLo[plotted] = wd.lo(); deadHi[plotted] = wd.hi();
            deadInit[plotted] = (double) allDeadInit / rs.size();
            plotted++;
            for (RunResult r : rs) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("N", r.width()); m.put("outcome", r.outcome().name()); m.put("steps", r.steps());
                m.put("finalLoss", r.finalLoss()); m.put("gradNorm", r.gradNorm()); m.put("deadAtInit", r.deadAtInit());
                m.put("active", r.active()); m.put("inactive", r.inactive()); m.put("degenerate", r.degenerate()); m.put("linear", r.linear());
                perRun.add(m);
            }
            report.summaryLine(String.format("N = %d: success %d/%d = %.3f [%.3f, %.3f], dead %d (%.3f [%.3f, %.3f]), other %d, unfinished %d, diverged %d",
                    n, ws.successes(), rs.size(), ws.p(), ws.lo(), ws.hi(), wd.successes(), wd.p(), wd.lo(), wd.hi(),
                    counts[Outcome.STUCK_OTHER.ordinal()], counts[Outcome.UNFINISHED.ordinal()], counts[Outcome.DIVERGED.ordinal()]));
        }
        report.detail("runs", perRun);
        IntervalLoss ref = new IntervalLoss(1, cfg.a(), cfg.b(), cfg.alpha(), cfg.beta(), cfg.normalise());
        report.detail("deadNetworkLoss", ref.deadNetworkLoss());
        report.summaryLine(String.format("Loss at a dead-neuron point (best constant): alpha^2 (b-a)^3/12%s = %.6g.",
                cfg.normalise() ? "/(b-a)" : "", ref.deadNetworkLoss()));
        double[] x = Arrays.copyOf(xs, plotted);
        report.chart(new ExperimentReport.Chart("Affine target: outcome fractions vs width N (95% Wilson)", "neurons N", "fraction of runs",
                true, false, List.of(
                        new ExperimentReport.Series("success (loss <= " + cfg.successLoss() + ")", x, Arrays.copyOf(succ, plotted), Arrays.copyOf(succLo, plotted), Arrays.copyOf(succHi, plotted)),
                        new ExperimentReport.Series("dead-neuron point", x, Arrays.copyOf(dead, plotted), Arrays.copyOf(deadLo, plotted), Arrays.copyOf(deadHi, plotted)),
                        ExperimentReport.Series.of("all neurons dead at init", x, Arrays.copyOf(deadInit, plotted)))));
        return ctx.finish(report);
    }
}
