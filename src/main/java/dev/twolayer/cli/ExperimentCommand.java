package dev.twolayer.cli;

import dev.twolayer.experiments.AffineTargetExperiment;
import dev.twolayer.experiments.ExperimentContext;
import dev.twolayer.experiments.ExperimentReport;
import dev.twolayer.experiments.ExperimentRunner;
import dev.twolayer.experiments.HeInitExperiment;
import dev.twolayer.experiments.IdentityMappingExperiment;
import dev.twolayer.experiments.SpuriousMinimaExperiment;
import dev.twolayer.experiments.StarActivationExperiment;
import dev.twolayer.experiments.TianExperiment;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@code twolayer experiment <name> [options]}: runs one of the research experiments of papers.md on all cores and
 * writes JSON, CSV, PNG and a markdown summary to {@code <out>/<name>/}. Ctrl-C stops scheduling runs and writes the
 * results gathered so far, marked partial.
 */
@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Run a research experiment (papers.md) and write JSON + CSV + PNG + summary.md.",
        subcommands = {ExperimentCommand.SpuriousMinima.class, ExperimentCommand.Tian.class, ExperimentCommand.AffineTarget.class,
                ExperimentCommand.IdentityMapping.class, ExperimentCommand.HeInit.class,
                ExperimentCommand.Star.class})
public final class ExperimentCommand implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name an experiment, e.g. 'experiment affine-target --runs 100'");
    }

    /** Options every experiment takes. */
    public static final class Common {
        @Option(names = "--runs", description = "Runs per cell (default: ${DEFAULT-VALUE}).", defaultValue = "100")
        int runs;
        @Option(names = "--seed", description = "Master seed (default: ${DEFAULT-VALUE}).", defaultValue = "20240601")
        long seed;
        @Option(names = "--threads", description = "Worker threads (default: all cores).", defaultValue = "0")
        int threads;
        @Option(names = "--out", description = "Output root (default: ${DEFAULT-VALUE}).", defaultValue = "results/experiments")
        Path out;
        @Option(names = "--no-progress", description = "Do not draw a progress bar.")
        boolean noProgress;
        @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors.")
        boolean verbose;
        @CommandLine.Spec(CommandLine.Spec.Target.MIXEE) CommandLine.Model.CommandSpec mixee;

        /** A configuration error as a picocli usage error (message + usage, exit code 2) instead of a stack trace. */
        CommandLine.ParameterException usage(IllegalArgumentException e) {
            return new CommandLine.ParameterException(mixee.commandLine(), e.getMessage(), e);
        }
    }

    /**
     * Runs {@code body} with a runner wired to a progress bar and a Ctrl-C hook, writes the report (also when
     * cancelled) and prints where it went. Returns the process exit code: 0, or 130 when cancelled.
     */
    static int execute(Common common, String name, Function<ExperimentContext, ExperimentReport> body) throws Exception {
        int threads = common.threads > 0 ? common.threads : ExperimentRunner.defaultThreads();
        ExperimentRunner runner = new ExperimentRunner(threads);
        CountDownLatch written = new CountDownLatch(1);
        Thread mainThread = Thread.currentThread();
        Thread hook = new Thread(() -> {
            // Ctrl-C: stop scheduling, let the main thread write the partial report, then let the JVM exit
            runner.cancel();
            mainThread.interrupt();
            try { written.await(60, TimeUnit.SECONDS); } catch (InterruptedException ignored) { }
        }, "experiment-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        ProgressBar bar = common.noProgress ? null : new ProgressBarBuilder().setTaskName(name).setInitialMax(1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500).showSpeed().build();
        try {
            ExperimentContext ctx = new ExperimentContext(runner, common.seed, bar == null ? null
                    : (done, total, elapsed, eta) -> { bar.maxHint(total); bar.stepTo(done); });
            ExperimentReport report = body.apply(ctx);
            if (bar != null) bar.close();
            Thread.interrupted(); // a Ctrl-C interrupt must not break the file writes
            Path dir = ReportWriter.write(report, common.out);
            System.out.printf("%s%s: %d/%d runs in %.1f s -> %s%n", name, report.partial() ? " (PARTIAL)" : "",
                    report.runsCompleted(), report.runsPlanned(), report.wallSeconds(), dir);
            return report.partial() ? 130 : 0;
        } catch (RuntimeException | IOException e) {
            // during a Ctrl-C the JVM may halt as soon as the hook below returns, before picocli prints this
            if (runner.isCancelled())
                System.err.println("twolayer " + name + ": error while writing the partial report: " + Main.describe(e));
            throw e;
        } finally {
            if (bar != null) bar.close();
            written.countDown();
            try { Runtime.getRuntime().removeShutdownHook(hook); } catch (IllegalStateException shuttingDown) { /* hook is running */ }
        }
    }

    /** Parses "6..20", "1,2,4" or "1,2,4..64*2" style integer lists: comma-separated items, each n or lo..hi (step 1). */
    static int[] parseIntList(String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) continue;
            try {
                int dots = p.indexOf("..");
                if (dots < 0) { out.add(Integer.parseInt(p)); continue; }
                int lo = Integer.parseInt(p.substring(0, dots).trim()), hi = Integer.parseInt(p.substring(dots + 2).trim());
                if (hi < lo) throw new IllegalArgumentException("range " + p + " is empty (hi < lo)");
                for (int v = lo; v <= hi; v++) out.add(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an integer list item: '" + p + "' (use e.g. 6..20 or 1,2,4)");
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("empty integer list: '" + text + "'");
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Parses comma-separated doubles. */
    static double[] parseDoubleList(String text) {
        String[] parts = text.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try { out[i] = Double.parseDouble(parts[i].trim()); }
            catch (NumberFormatException e) { throw new IllegalArgumentException("not a number: '" + parts[i].trim() + "' in '" + text + "'"); }
        }
        return out;
    }

    @Command(name = AffineTargetExperiment.NAME, mixinStandardHelpOptions = true,
            description = "Section 4: affine target on [a, b], exact interval loss, He init, fixed-step GD; success vs dead-neuron points per width N.")
    static final class AffineTarget implements Callable<Integer> {
        @Mixin Common common;
        @Option(names = "--n", description = "Widths N (default: ${DEFAULT-VALUE}).", defaultValue = "1,2,4,8,16,32,64") String widths;
        @Option(names = "--max-steps", defaultValue = "200000", description = "GD step cap (default: ${DEFAULT-VALUE}).") long maxSteps;
        @Option(names = "--step", defaultValue = "0.01", description = "GD step (default: ${DEFAULT-VALUE}).") double step;
        @Option(names = "--a", defaultValue = "0") double a;
        @Option(names = "--b", defaultValue = "1") double b;
        @Option(names = "--alpha", defaultValue = "1") double alpha;
        @Option(names = "--beta", defaultValue = "0.5") double beta;
        @Option(names = "--unnormalised", description = "Integral without dividing by b - a.") boolean unnormalised;

        @Override public Integer call() throws Exception {
            AffineTargetExperiment.Config cfg;
            try {
                cfg = new AffineTargetExperiment.Config(parseIntList(widths), common.runs, a, b, alpha, beta, !unnormalised,
                        step, maxSteps, 1e-8, 1e-12);
            } catch (IllegalArgumentException e) { throw common.usage(e); }
            return execute(common, AffineTargetExperiment.NAME, ctx -> AffineTargetExperiment.run(cfg, ctx));
        }
    }

    @Command(name = SpuriousMinimaExperiment.NAME, mixinStandardHelpOptions = true,
            description = "Section 1: spurious minima of population GD against the identity teacher, cells (k, n = k + extra).")
    static final class SpuriousMinima implements Callable<Integer> {
        @Mixin Common common;
        @Option(names = "--k", defaultValue = "6..20", description = "Teacher sizes k = d (default: ${DEFAULT-VALUE}).") String ks;
        @Option(names = "--extra", defaultValue = "0,1,2", description = "n - k offsets (default: ${DEFAULT-VALUE}).") String extra;
        @Option(names = "--overparam-k-max", defaultValue = "19", description = "Offsets > 0 only for k <= this (default: ${DEFAULT-VALUE}).") int overKMax;
        @Option(names = "--max-steps", defaultValue = "1000000", description = "GD step cap per attempt (default: ${DEFAULT-VALUE}).") long maxSteps;
        @Option(names = "--no-hessian", description = "Skip the smallest Hessian eigenvalue at distinct points.") boolean noHessian;
        @Option(names = "--stop-at-global", description = "Stop a run once F < 1e-3 while F has decreased at every step: it can no longer end spurious (counted GLOBAL_EARLY). Makes n > k cells minutes instead of hours.") boolean stopAtGlobal;

        @Override public Integer call() throws Exception {
            SpuriousMinimaExperiment.Config cfg;
            try {
                cfg = new SpuriousMinimaExperiment.Config(parseIntList(ks), parseIntList(extra), overKMax, common.runs, maxSteps, 1e-3, !noHessian, stopAtGlobal);
            } catch (IllegalArgumentException e) { throw common.usage(e); }
            return execute(common, SpuriousMinimaExperiment.NAME, ctx -> SpuriousMinimaExperiment.run(cfg, ctx));
        }
    }

    @Command(name = TianExperiment.NAME, mixinStandardHelpOptions = true,
            description = "Section 3: symmetric dynamics (A, a), saddle x_s vs symmetry breaking, empirical gradient error vs N.")
    static final class Tian implements Callable<Integer> {
        @Mixin Common common;
        @Option(names = "--k", defaultValue = "2,5,10", description = "K values (default: ${DEFAULT-VALUE}).") String ks;
        @Option(names = "--steps", defaultValue = "1000", description = "Symmetric-curve GD steps (default: ${DEFAULT-VALUE}).") long steps;
        @Option(names = "--saddle-steps", defaultValue = "20000", description = "Saddle-run GD steps (default: ${DEFAULT-VALUE}).") long saddleSteps;
        @Option(names = "--gradient-k", defaultValue = "5") int gradientK;
        @Option(names = "--samples", defaultValue = "100,1000,10000,100000,1000000", description = "Sample sizes N (default: ${DEFAULT-VALUE}).") String samples;

        @Override public Integer call() throws Exception {
            TianExperiment.Config cfg;
            try {
                cfg = new TianExperiment.Config(parseIntList(ks), steps, saddleSteps, gradientK, parseIntList(samples), common.runs);
            } catch (IllegalArgumentException e) { throw common.usage(e); }
            return execute(common, TianExperiment.NAME, ctx -> TianExperiment.run(cfg, ctx));
        }
    }

    @Command(name = IdentityMappingExperiment.NAME, mixinStandardHelpOptions = true,
            description = "Section 5: identity-mapping vs vanilla student, population GD and SGD on fresh samples; loss, |W - W*|_F, potential, phase II.")
    static final class IdentityMapping implements Callable<Integer> {
        @Mixin Common common;
        @Option(names = "--d", defaultValue = "10", description = "Dimension = width (default: ${DEFAULT-VALUE}).") int d;
        @Option(names = "--teacher-norm", defaultValue = "0.5", description = "Spectral norm of W* (default: ${DEFAULT-VALUE}).") double teacherNorm;
        @Option(names = "--init-norm", defaultValue = "0.5", description = "Spectral norm of W0, 0 for W0 = 0 (default: ${DEFAULT-VALUE}).") double initNorm;
        @Option(names = "--pop-step", defaultValue = "0.01", description = "Population GD step (default: ${DEFAULT-VALUE}).") double popStep;
        @Option(names = "--pop-steps", defaultValue = "20000", description = "Population GD steps (default: ${DEFAULT-VALUE}).") long popSteps;
        @Option(names = "--record-every", defaultValue = "100", description = "Population record interval (default: ${DEFAULT-VALUE}).") int recordEvery;
        @Option(names = "--success-loss", defaultValue = "1e-4", description = "Small-loss threshold on F (default: ${DEFAULT-VALUE}).") double successLoss;
        @Option(names = "--sgd-steps", defaultValue = "20000", description = "SGD steps, 0 to skip SGD (default: ${DEFAULT-VALUE}).") long sgdSteps;
        @Option(names = "--sgd-batch", defaultValue = "200", description = "SGD batch of fresh samples (default: ${DEFAULT-VALUE}).") int sgdBatch;
        @Option(names = "--sgd-step", defaultValue = "0.001", description = "SGD step (default: ${DEFAULT-VALUE}).") double sgdStep;
        @Option(names = "--sgd-record-every", defaultValue = "200", description = "SGD record interval (default: ${DEFAULT-VALUE}).") int sgdRecordEvery;
        @Option(names = "--kernel", defaultValue = "best", description = "SGD kernel: best, scalar, vector, ... (default: ${DEFAULT-VALUE}; "
                + "the scalar kernel gives bit-identical results however the code is compiled).") String kernel;

        @Override public Integer call() throws Exception {
            IdentityMappingExperiment.Config cfg;
            try {
                cfg = new IdentityMappingExperiment.Config(d, common.runs, teacherNorm, initNorm, popStep, popSteps, recordEvery,
                        successLoss, sgdSteps, sgdBatch, sgdStep, sgdRecordEvery, kernel);
            } catch (IllegalArgumentException e) { throw common.usage(e); }
            return execute(common, IdentityMappingExperiment.NAME, ctx -> IdentityMappingExperiment.run(cfg, ctx));
        }
    }

    @Command(name = HeInitExperiment.NAME, mixinStandardHelpOptions = true,
            description = "Section 2: He init on 1-D six-point data; GD (NTK step) / SGD / Adam; fraction of runs whose kinks cross a data point, distance to the two-sided linear fit.")
    static final class HeInit implements Callable<Integer> {
        @Mixin Common common;
        @Option(names = "--n", defaultValue = "16,32,64", description = "Widths n (paper: 16,32,...,2048; default: ${DEFAULT-VALUE}).") String widths;
        @Option(names = "--shift", defaultValue = "0,0.01,0.1", description = "Target shifts D (default: ${DEFAULT-VALUE}).") String shifts;
        @Option(names = "--optimisers", defaultValue = "gd,sgd,adam", description = "Any of gd, sgd, adam (default: ${DEFAULT-VALUE}).") String optimisers;
        @Option(names = "--init", defaultValue = "he", description = "Any of he, swapped (default: ${DEFAULT-VALUE}).") String inits;
        @Option(names = "--max-steps", defaultValue = "100000", description = "Step cap (paper: 1000000; default: ${DEFAULT-VALUE}).") long maxSteps;
        @Option(names = "--check-every", defaultValue = "1000", description = "Check interval in steps (default: ${DEFAULT-VALUE}).") int checkEvery;
        @Option(names = "--patience", defaultValue = "10", description = "Checks without improvement > 1e-8 before stopping (default: ${DEFAULT-VALUE}).") int patience;
        @Option(names = "--batch", defaultValue = "16", description = "SGD/Adam minibatch (default: ${DEFAULT-VALUE}).") int batch;
        @Option(names = "--adam-lr", defaultValue = "0.001", description = "Adam learning rate (default: ${DEFAULT-VALUE}).") double adamLr;

        @Override public Integer call() throws Exception {
            HeInitExperiment.Config cfg;
            try {
                cfg = new HeInitExperiment.Config(parseIntList(widths), parseDoubleList(shifts),
                        parseEnums(optimisers, HeInitExperiment.Optimiser.class), parseEnums(inits, HeInitExperiment.InitKind.class),
                        common.runs, maxSteps, checkEvery, patience, 1e-8, batch, adamLr);
            } catch (IllegalArgumentException e) { throw common.usage(e); }
            return execute(common, HeInitExperiment.NAME, ctx -> HeInitExperiment.run(cfg, ctx));
        }
    }

    @Command(name = StarActivationExperiment.NAME, mixinStandardHelpOptions = true,
            description = "Section 2, 2-D star data: He init, full-batch GD (NTK step); fraction of nets whose activation pattern on the data ever changes, per width n.")
    static final class Star implements Callable<Integer> {
        @Mixin Common common;
        @Option(names = "--n", defaultValue = "128,256,512,1024,2048,4096", description = "Widths n (default: ${DEFAULT-VALUE}).") String widths;
        @Option(names = "--max-steps", defaultValue = "100000", description = "GD step cap (default: ${DEFAULT-VALUE}).") long maxSteps;
        @Option(names = "--window", defaultValue = "1000", description = "Converged after this many steps without a relative loss improvement > --rel-tol (default: ${DEFAULT-VALUE}).") int window;
        @Option(names = "--rel-tol", defaultValue = "1e-10", description = "Relative loss improvement that counts (default: ${DEFAULT-VALUE}).") double relTol;
        @Option(names = "--weights", defaultValue = "uniform", description = "Sample weights p: uniform (1/33) or multinomial (n^2 draws, as the 1-D part) (default: ${DEFAULT-VALUE}).") String weights;

        @Override public Integer call() throws Exception {
            StarActivationExperiment.Config cfg;
            try {
                List<StarActivationExperiment.Weights> w = parseEnums(weights, StarActivationExperiment.Weights.class);
                if (w.size() != 1) throw new IllegalArgumentException("--weights takes one of uniform, multinomial, got '" + weights + "'");
                cfg = new StarActivationExperiment.Config(parseIntList(widths), common.runs, maxSteps, window, relTol, w.get(0));
            } catch (IllegalArgumentException e) { throw common.usage(e); }
            return execute(common, StarActivationExperiment.NAME, ctx -> StarActivationExperiment.run(cfg, ctx));
        }
    }

    /** Parses comma-separated enum constant names, case-insensitively. */
    static <E extends Enum<E>> List<E> parseEnums(String text, Class<E> type) {
        List<E> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) continue;
            try { out.add(Enum.valueOf(type, p.toUpperCase(java.util.Locale.ROOT))); }
            catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown value '" + p + "'; expected any of "
                        + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(java.util.Locale.ROOT)).toList());
            }
        }
        if (out.isEmpty()) throw new IllegalArgumentException("empty list: '" + text + "'");
        return out;
    }
}
