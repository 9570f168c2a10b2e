package dev.twolayer.experiments;

import dev.twolayer.data.Generators;
import dev.twolayer.kernel.Kernel;
import dev.twolayer.kernel.Kernels;
import dev.twolayer.kernel.Loss;
import dev.twolayer.model.ModelSpec;
import dev.twolayer.model.Seeds;
import dev.twolayer.model.TwoLayerNet;
import dev.twolayer.theory.GaussianPopulationLoss;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Section 5 of papers.md (Li and Yuan, 2017): the identity-mapping student {@code x -> sum_i relu((e_i + w_i) . x)}
 * against a teacher of the same form with a small-spectral-norm W*, compared with the vanilla student
 * {@code x -> sum_i relu(w_i . x)} started from the same W0 and fitted to the same teacher function.
 *
 * <p>Both students are compared in terms of their effective rows u_i (e_i + w_i resp. w_i) and the teacher's
 * effective rows v_i = e_i + w*_i. Then, for both, {@code |U - V|_F} is |W - W*|_F (identity) resp.
 * |W - (I + W*)|_F (vanilla), the potential is {@code sum_i (|v_i| - |u_i|)} and the phase-II indicator is
 * {@code <-grad F, V - U> > 0} (the gradient points towards the teacher).
 *
 * <p>Two parts: population GD on the closed-form F (section 0, double precision) and SGD on fresh Gaussian
 * mini-batches with the float kernel ({@link Kernels#best()}), with the population quantities recorded along
 * the way. Each run draws its own W* and W0 from its seed; identity and vanilla share them.
 */
public final class IdentityMappingExperiment {
    private IdentityMappingExperiment() {}

    public static final String NAME = "identity-mapping";

    /**
     * @param d              input dimension = width
     * @param runs           runs (each: one W*, one W0, identity and vanilla)
     * @param teacherNorm    spectral norm of W*
     * @param initNorm       spectral norm of W0 (a Gaussian matrix rescaled; 0 gives W0 = 0)
     * @param popStep        population GD step
     * @param popSteps       population GD steps
     * @param recordEvery    population record interval (steps)
     * @param successLoss    a run "reaches small loss" when F <= this
     * @param sgdSteps       SGD steps (0 skips the SGD part)
     * @param sgdBatch       fresh Gaussian samples per SGD step
     * @param sgdStep        SGD step
     * @param sgdRecordEvery SGD record interval (steps)
     * @param kernel         kernel name for {@link Kernels#byName}, or "best" for {@link Kernels#best()}
     */
    public record Config(int d, int runs, double teacherNorm, double initNorm, double popStep, long popSteps, int recordEvery,
                         double successLoss, long sgdSteps, int sgdBatch, double sgdStep, int sgdRecordEvery, String kernel) {
        public Config {
            if (d < 1) throw new IllegalArgumentException("dimension d must be >= 1, got " + d);
            if (runs < 1) throw new IllegalArgumentException("runs must be >= 1, got " + runs);
            if (!(teacherNorm > 0) || !Double.isFinite(teacherNorm)) throw new IllegalArgumentException("teacher norm must be positive, got " + teacherNorm);
            if (!(initNorm >= 0) || !Double.isFinite(initNorm)) throw new IllegalArgumentException("init norm must be >= 0, got " + initNorm);
            if (!(popStep > 0) || !Double.isFinite(popStep)) throw new IllegalArgumentException("population step must be positive, got " + popStep);
            if (popSteps < 1) throw new IllegalArgumentException("population steps must be >= 1, got " + popSteps);
            if (recordEvery < 1 || sgdRecordEvery < 1) throw new IllegalArgumentException("record intervals must be >= 1");
            if (!(successLoss > 0)) throw new IllegalArgumentException("success loss must be positive, got " + successLoss);
            if (sgdSteps < 0) throw new IllegalArgumentException("SGD steps must be >= 0, got " + sgdSteps);
            if (sgdBatch < 1) throw new IllegalArgumentException("SGD batch must be >= 1, got " + sgdBatch);
            if (!(sgdStep > 0) || !Double.isFinite(sgdStep)) throw new IllegalArgumentException("SGD step must be positive, got " + sgdStep);
            if (kernel == null || kernel.isBlank()) kernel = "best";
            if (!kernel.equals("best")) Kernels.byName(kernel); // fails early with the list of available names
        }

        Kernel newKernel() { return kernel.equals("best") ? Kernels.best() : Kernels.byName(kernel); }

        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("d", d); m.put("runs", runs); m.put("teacherSpectralNorm", teacherNorm); m.put("initSpectralNorm", initNorm);
            m.put("populationStep", popStep); m.put("populationSteps", popSteps); m.put("recordEvery", recordEvery);
            m.put("successLoss", successLoss); m.put("sgdSteps", sgdSteps); m.put("sgdBatch", sgdBatch); m.put("sgdStep", sgdStep);
            m.put("sgdRecordEvery", sgdRecordEvery);
            m.put("teacher", "x -> sum_i relu((e_i + w*_i) . x), W* Gaussian rescaled to the spectral norm");
            m.put("init", "W0 Gaussian rescaled to the spectral norm (shared by identity and vanilla)");
            m.put("loss", "population F (section 0) = 1/2 E[(f - f*)^2]; SGD on 1/2-MSE of fresh N(0, I) batches");
            return m;
        }
    }

    /** The two students. */
    public enum Variant { IDENTITY, VANILLA }

    /**
     * One trajectory, recorded every {@code recordEvery} steps (index t = record / recordEvery, last record at the
     * final step).
     *
     * @param steps           step index of each record
     * @param loss            population F
     * @param distance        |U - V|_F
     * @param potential       sum_i (|v_i| - |u_i|)
     * @param phaseTwo        <-grad F, V - U> > 0 at the record
     * @param firstSmallLoss  first step with F <= successLoss (checked at every population step, at records for SGD), -1 if never
     * @param phaseTwoFrom    first step from which the indicator stayed positive to the end, -1 if it is not positive at the end
     * @param finalLoss       F at the last step
     * @param finalDistance   |U - V|_F at the last step
     */
    public record Trajectory(long[] steps, double[] loss, double[] distance, double[] potential, boolean[] phaseTwo,
                             long firstSmallLoss, long phaseTwoFrom, double finalLoss, double finalDistance) {}

    /** Identity and vanilla trajectories of one run. */
    public record RunResult(Trajectory identity, Trajectory vanilla) {
        Trajectory of(Variant v) { return v == Variant.IDENTITY ? identity : vanilla; }
    }

    /** The run's teacher W* (d x d, spectral norm teacherNorm), from stream 0 of the run seed. */
    public static double[] teacherW(Config cfg, long seed) {
        TwoLayerNet t = Generators.smallNormIdentityTeacher(cfg.d(), cfg.teacherNorm(), Seeds.derive(seed, 0));
        double[] w = new double[cfg.d() * cfg.d()];
        for (int i = 0; i < w.length; i++) w[i] = t.params()[t.spec().offsetW() + i];
        return w;
    }

    /** The run's W0 (d x d, spectral norm initNorm), from stream 1 of the run seed. */
    public static double[] initialW(Config cfg, long seed) {
        int d = cfg.d();
        double[] w = new double[d * d];
        if (cfg.initNorm() == 0) return w;
        SplittableRandom rng = Seeds.stream(seed, 1);
        for (int i = 0; i < w.length; i++) w[i] = rng.nextGaussian();
        double scale = cfg.initNorm() / Generators.spectralNorm(w, d, d);
        for (int i = 0; i < w.length; i++) w[i] *= scale;
        return w;
    }

    /**
     * The population objective of a variant against the teacher with effective rows I + W*, on the faster path for
     * this d ({@link GaussianPopulationLoss#vectorPays}: plain Java below d = 12, which includes the default d = 10).
     */
    public static GaussianPopulationLoss objective(Variant v, double[] wStar, int d) {
        return new GaussianPopulationLoss(d, d, GaussianPopulationLoss.identityPlus(wStar, d), null, 0.0,
                v == Variant.IDENTITY, GaussianPopulationLoss.vectorPays(d));
    }

    /** Population-side diagnostics of W for a variant; reusable buffers, one per thread. */
    static final class Probe {
        final int d;
        final Variant variant;
        final GaussianPopulationLoss f;
        final GaussianPopulationLoss.Workspace ws;
        final double[] teacherRows, teacherNorms, grad;
        double loss, distance, potential, inner;

        Probe(Variant variant, double[] wStar, int d) {
            this.d = d;
            this.variant = variant;
            this.f = objective(variant, wStar, d);
            this.ws = f.newWorkspace();
            this.teacherRows = GaussianPopulationLoss.identityPlus(wStar, d);
            this.teacherNorms = new double[d];
            for (int i = 0; i < d; i++) {
                double s = 0;
                for (int k = 0; k < d; k++) s += teacherRows[i * d + k] * teacherRows[i * d + k];
                teacherNorms[i] = Math.sqrt(s);
            }
            this.grad = new double[d * d];
        }

        /** Evaluates F, dF/dW (into grad), |U - V|_F, the potential and <-grad, V - U> at W. */
        void evaluate(double[] w) {
            loss = f.lossAndGradient(w, null, grad, null, ws);
            double dist2 = 0, pot = 0, in = 0;
            for (int i = 0; i < d; i++) {
                double un2 = 0;
                for (int k = 0; k < d; k++) {
                    double u = w[i * d + k] + (variant == Variant.IDENTITY && i == k ? 1 : 0);
                    double diff = teacherRows[i * d + k] - u;
                    dist2 += diff * diff;
                    un2 += u * u;
                    in -= grad[i * d + k] * diff;
                }
                pot += teacherNorms[i] - Math.sqrt(un2);
            }
            distance = Math.sqrt(dist2);
            potential = pot;
            inner = in;
        }
    }

    /** Collects records and the phase-II entry step. */
    private static final class Recorder {
        final List<Long> steps = new ArrayList<>();
        final List<double[]> values = new ArrayList<>(); // loss, distance, potential, inner
        long firstSmall = -1, lastNonPositive = -1, lastStep;
        final double successLoss;

        Recorder(double successLoss) { this.successLoss = successLoss; }

        void observe(long step, Probe p) {
            if (firstSmall < 0 && p.loss <= successLoss) firstSmall = step;
            if (!(p.inner > 0)) lastNonPositive = step;
            lastStep = step;
        }

        void record(long step, Probe p) {
            steps.add(step);
            values.add(new double[] {p.loss, p.distance, p.potential, p.inner});
        }

        Trajectory finish() {
            int r = steps.size();
            long[] s = new long[r];
            double[] l = new double[r], dist = new double[r], pot = new double[r];
            boolean[] two = new boolean[r];
            for (int i = 0; i < r; i++) {
                s[i] = steps.get(i);
                double[] v = values.get(i);
                l[i] = v[0]; dist[i] = v[1]; pot[i] = v[2]; two[i] = v[3] > 0;
            }
            long from = lastNonPositive == lastStep ? -1 : lastNonPositive + 1;
            return new Trajectory(s, l, dist, pot, two, firstSmall, from, l[r - 1], dist[r - 1]);
        }
    }

    /** Population GD from W0 on the variant's F for popSteps steps (diagnostics at every step, records every recordEvery). */
    public static Trajectory populationRun(Config cfg, Variant v, double[] wStar, double[] w0) {
        int d = cfg.d();
        Probe probe = new Probe(v, wStar, d);
        Recorder rec = new Recorder(cfg.successLoss());
        double[] w = w0.clone();
        final double h = cfg.popStep();
        for (long t = 0; ; t++) {
            probe.evaluate(w);
            rec.observe(t, probe);
            if (t % cfg.recordEvery() == 0 || t == cfg.popSteps() || !Double.isFinite(probe.loss)) rec.record(t, probe);
            if (t == cfg.popSteps() || !Double.isFinite(probe.loss)) break;
            if ((t & 1023) == 0 && Thread.currentThread().isInterrupted()) break; // cancelled: discarded by the runner
            for (int p = 0; p < w.length; p++) w[p] -= h * probe.grad[p];
        }
        return rec.finish();
    }

    /**
     * SGD with fresh N(0, I) batches of sgdBatch samples per step, 1/2-MSE, float kernel; the population quantities
     * are evaluated (in double, at the float W) every sgdRecordEvery steps. Sampling stream 2 (+variant) of the seed.
     */
    public static Trajectory sgdRun(Config cfg, Variant v, double[] wStar, double[] w0, long seed, Kernel kernel) {
        int d = cfg.d(), batch = cfg.sgdBatch();
        ModelSpec spec = ModelSpec.builder(d, d).biases(false).outputTrainable(false)
                .identityMapping(v == Variant.IDENTITY).build();
        float[] params = new float[spec.paramCount()];
        for (int i = 0; i < d * d; i++) params[spec.offsetW() + i] = (float) w0[i];
        Arrays.fill(params, spec.offsetA(), spec.offsetA() + d, 1f);
        float[] grad = new float[spec.paramCount()], x = new float[batch * d], y = new float[batch];
        double[] teacherRows = GaussianPopulationLoss.identityPlus(wStar, d);
        Kernel.Workspace ws = kernel.newWorkspace(spec, batch);
        double scale = Loss.HALF_MSE.scale(batch);
        SplittableRandom rng = Seeds.stream(seed, 2 + v.ordinal());
        Probe probe = new Probe(v, wStar, d);
        Recorder rec = new Recorder(cfg.successLoss());
        double[] wd = new double[d * d];
        final float lr = (float) cfg.sgdStep();
        for (long t = 0; ; t++) {
            boolean last = t == cfg.sgdSteps();
            if (t % cfg.sgdRecordEvery() == 0 || last) {
                for (int i = 0; i < d * d; i++) wd[i] = params[spec.offsetW() + i];
                probe.evaluate(wd);
                rec.observe(t, probe);
                rec.record(t, probe);
                if (!Double.isFinite(probe.loss)) break;
                if (Thread.currentThread().isInterrupted()) break;
            }
            if (last) break;
            // fresh batch, labelled by the teacher in double
            for (int i = 0; i < batch * d; i++) x[i] = (float) rng.nextGaussian();
            teacherLabels(teacherRows, d, x, y, batch);
            kernel.forwardBackward(spec, params, x, y, null, 0, batch, scale, grad, ws);
            for (int p = 0; p < d * d; p++) params[spec.offsetW() + p] -= lr * grad[spec.offsetW() + p];
        }
        return rec.finish();
    }

    /**
     * y[r] = sum_i relu(v_i . x_r) in double for rows [0, batch) of x (d floats a row), v_i the teacher's rows: each
     * z summed over the inputs in order, the units in order. Four rows at a time, whose sums are independent chains
     * (one row at a time the chain of adds bound it: d = 10 batch 200 9.8 us, four at a time 4.7, the same bits).
     */
    static void teacherLabels(double[] teacherRows, int d, float[] x, float[] y, int batch) {
        int r = 0;
        for (; r + 4 <= batch; r += 4) {
            int a0 = r * d, a1 = a0 + d, a2 = a1 + d, a3 = a2 + d;
            double o0 = 0, o1 = 0, o2 = 0, o3 = 0;
            for (int i = 0; i < d; i++) {
                double z0 = 0, z1 = 0, z2 = 0, z3 = 0;
                for (int k = 0; k < d; k++) {
                    double t = teacherRows[i * d + k];
                    z0 += t * x[a0 + k];
                    z1 += t * x[a1 + k];
                    z2 += t * x[a2 + k];
                    z3 += t * x[a3 + k];
                }
                if (z0 > 0) o0 += z0;
                if (z1 > 0) o1 += z1;
                if (z2 > 0) o2 += z2;
                if (z3 > 0) o3 += z3;
            }
            y[r] = (float) o0;
            y[r + 1] = (float) o1;
            y[r + 2] = (float) o2;
            y[r + 3] = (float) o3;
        }
        for (; r < batch; r++) {
            int xo = r * d;
            double out = 0;
            for (int i = 0; i < d; i++) {
                double z = 0;
                for (int k = 0; k < d; k++) z += teacherRows[i * d + k] * x[xo + k];
                if (z > 0) out += z;
            }
            y[r] = (float) out;
        }
    }

    /** Both variants of population GD for one run seed. */
    public static RunResult populationPair(Config cfg, long seed) {
        double[] wStar = teacherW(cfg, seed), w0 = initialW(cfg, seed);
        return new RunResult(populationRun(cfg, Variant.IDENTITY, wStar, w0), populationRun(cfg, Variant.VANILLA, wStar, w0));
    }

    /** Both variants of SGD for one run seed. */
    public static RunResult sgdPair(Config cfg, long seed, Kernel kernel) {
        double[] wStar = teacherW(cfg, seed), w0 = initialW(cfg, seed);
        return new RunResult(sgdRun(cfg, Variant.IDENTITY, wStar, w0, seed, kernel), sgdRun(cfg, Variant.VANILLA, wStar, w0, seed, kernel));
    }

    /** Runs the population part (cell 0) and the SGD part (cell 1) and aggregates. */
    public static ExperimentReport run(Config cfg, ExperimentContext ctx) {
        ExperimentReport report = new ExperimentReport(NAME, "Identity mapping vs vanilla: population GD and SGD (section 5)", ctx.masterSeed());
        cfg.asMap().forEach(report::config);
        boolean sgd = cfg.sgdSteps() > 0;
        Kernel kernel = sgd ? cfg.newKernel() : null;
        if (sgd) report.config("kernel", kernel.name());
        ctx.plan((long) cfg.runs() * (sgd ? 2 : 1));
        var pop = ctx.runCell(0, cfg.runs(), (r, seed) -> populationPair(cfg, seed));
        // the SGD part uses the same per-run seeds as the population part: same W* and W0 for run r
        var sg = sgd && !ctx.cancelled() ? ctx.runCell(0, cfg.runs(), (r, seed) -> sgdPair(cfg, seed, kernel)) : null;
        aggregate(report, "population", pop.completedResults(), cfg, "population GD step");
        if (sg != null) aggregate(report, "sgd", sg.completedResults(), cfg, "SGD step");
        report.summaryLine("Distances compare row i with teacher row i: a vanilla student that fits the teacher with permuted rows has "
                + "small F but large |U - V|_F (the identity student's rows start next to their own teacher rows, so no permutation arises).");
        if (sgd) report.summaryLine(String.format(Locale.ROOT, "SGD covers gradient-flow time %.3g (steps x step) versus %.3g for population GD.",
                cfg.sgdSteps() * cfg.sgdStep(), cfg.popSteps() * cfg.popStep()));
        List<RunResult> popRuns = pop.completedResults();
        if (!popRuns.isEmpty()) {
            RunResult first = popRuns.get(0);
            report.detail("run0Population", Map.of("identity", trajectoryMap(first.identity()), "vanilla", trajectoryMap(first.vanilla())));
        }
        return ctx.finish(report);
    }

    private static Map<String, Object> trajectoryMap(Trajectory t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("steps", Arrays.stream(t.steps()).boxed().toList());
        m.put("loss", Arrays.stream(t.loss()).boxed().toList());
        m.put("distance", Arrays.stream(t.distance()).boxed().toList());
        m.put("potential", Arrays.stream(t.potential()).boxed().toList());
        List<Boolean> two = new ArrayList<>();
        for (boolean b : t.phaseTwo()) two.add(b);
        m.put("phaseTwo", two);
        m.put("firstSmallLoss", t.firstSmallLoss());
        m.put("phaseTwoFrom", t.phaseTwoFrom());
        return m;
    }

    /** Summary rows per variant, per-record mean curves side by side, and charts for one part. */
    static void aggregate(ExperimentReport report, String part, List<RunResult> runs, Config cfg, String stepLabel) {
        if (runs.isEmpty()) return;
        int runsN = runs.size();
        for (Variant v : Variant.values()) {
            long small = 0, phaseTwoAtEnd = 0;
            List<Long> smallSteps = new ArrayList<>(), phaseSteps = new ArrayList<>();
            double meanLoss = 0, meanDist = 0;
            for (RunResult r : runs) {
                Trajectory t = r.of(v);
                if (t.firstSmallLoss() >= 0) { small++; smallSteps.add(t.firstSmallLoss()); }
                if (t.phaseTwoFrom() >= 0) { phaseTwoAtEnd++; phaseSteps.add(t.phaseTwoFrom()); }
                meanLoss += t.finalLoss() / runsN;
                meanDist += t.finalDistance() / runsN;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("part", part); row.put("variant", v.name().toLowerCase(Locale.ROOT)); row.put("runs", runsN);
            Wilson.Interval w = Wilson.interval95(small, runsN);
            ExperimentReport.putFraction(row, "small_loss", w);
            row.put("median_first_small_loss_step", smallSteps.isEmpty() ? Double.NaN : (double) Stats.medianLong(smallSteps));
            Wilson.Interval w2 = Wilson.interval95(phaseTwoAtEnd, runsN);
            ExperimentReport.putFraction(row, "phase2_at_end", w2);
            row.put("median_phase2_from_step", phaseSteps.isEmpty() ? Double.NaN : (double) Stats.medianLong(phaseSteps));
            row.put("mean_final_loss", meanLoss);
            row.put("mean_final_distance", meanDist);
            report.row(row);
            report.summaryLine(String.format(Locale.ROOT,
                    "%s, %s: F <= %g reached in %d/%d runs = %.3f [%.3f, %.3f] (median step %s); in phase II at the end %d/%d (entered at median step %s); mean final F %.3g, mean final |U - V|_F %.3g",
                    part, v.name().toLowerCase(Locale.ROOT), cfg.successLoss(), small, runsN, w.p(), w.lo(), w.hi(),
                    smallSteps.isEmpty() ? "-" : Long.toString(Stats.medianLong(smallSteps)), phaseTwoAtEnd, runsN,
                    phaseSteps.isEmpty() ? "-" : Long.toString(Stats.medianLong(phaseSteps)), meanLoss, meanDist));
        }
        // mean curves (all runs share the record steps)
        long[] steps = runs.get(0).identity().steps();
        int records = steps.length;
        for (RunResult r : runs)
            for (Variant v : Variant.values())
                records = Math.min(records, r.of(v).steps().length); // a diverged run stops early
        double[] xs = new double[records];
        double[][] loss = new double[2][records], dist = new double[2][records], pot = new double[2][records], two = new double[2][records];
        for (int i = 0; i < records; i++) {
            xs[i] = steps[i];
            for (Variant v : Variant.values()) {
                int vi = v.ordinal();
                for (RunResult r : runs) {
                    Trajectory t = r.of(v);
                    loss[vi][i] += t.loss()[i] / runsN;
                    dist[vi][i] += t.distance()[i] / runsN;
                    pot[vi][i] += t.potential()[i] / runsN;
                    two[vi][i] += (t.phaseTwo()[i] ? 1.0 : 0.0) / runsN;
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("part", part + "_curve"); row.put("step", steps[i]);
            row.put("identity_loss_mean", loss[0][i]); row.put("vanilla_loss_mean", loss[1][i]);
            row.put("identity_distance_mean", dist[0][i]); row.put("vanilla_distance_mean", dist[1][i]);
            row.put("identity_potential_mean", pot[0][i]); row.put("vanilla_potential_mean", pot[1][i]);
            row.put("identity_phase2_fraction", two[0][i]); row.put("vanilla_phase2_fraction", two[1][i]);
            report.row(row);
        }
        String p = part.equals("sgd") ? "SGD (batch " + cfg.sgdBatch() + ", step " + cfg.sgdStep() + ")"
                : "population GD (step " + cfg.popStep() + ")";
        report.chart(new ExperimentReport.Chart(p + ": mean population loss F, d = " + cfg.d(), stepLabel, "F", false, true, List.of(
                ExperimentReport.Series.of("identity", xs, loss[0]), ExperimentReport.Series.of("vanilla", xs, loss[1]))));
        report.chart(new ExperimentReport.Chart(p + ": mean |U - V|_F and potential sum_i(|v_i| - |u_i|)", stepLabel, "value", false, false, List.of(
                ExperimentReport.Series.of("identity |W - W*|_F", xs, dist[0]), ExperimentReport.Series.of("vanilla |W - (I + W*)|_F", xs, dist[1]),
                ExperimentReport.Series.of("identity potential", xs, pot[0]), ExperimentReport.Series.of("vanilla potential", xs, pot[1]))));
        report.chart(new ExperimentReport.Chart(p + ": fraction of runs with <-grad, W* - W> > 0 (phase II)", stepLabel, "fraction", false, false, List.of(
                ExperimentReport.Series.of("identity", xs, two[0]), ExperimentReport.Series.of("vanilla", xs, two[1]))));
    }
}
