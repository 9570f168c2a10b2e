package dev.twolayer.bench.harness;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Runs the JMH part of a grid in-process through JMH's Runner API, with JMH's own log in a file and a progress display. */
public final class JmhRun {
    private JmhRun() {}

    /**
     * Runs the grid's benchmarks and the peak benchmarks; JMH's JSON goes to {@code jsonOut}, its text log to
     * {@code logOut}. Benchmarks that fail (e.g. a kernel mismatch in @Setup) are logged and skipped, not fatal.
     */
    public static Collection<RunResult> run(Grid grid, int preferredBits, Path jsonOut, Path logOut, PrintStream console) {
        String pkg = "dev\\.twolayer\\.bench\\.";
        ChainedOptionsBuilder b = new OptionsBuilder()
                .forks(grid.forks())
                .warmupIterations(grid.warmupIterations())
                .warmupTime(TimeValue.milliseconds(grid.warmupMillis()))
                .measurementIterations(grid.measurementIterations())
                .measurementTime(TimeValue.milliseconds(grid.measurementMillis()))
                .param("d", str(grid.ds()))
                .param("k", str(grid.ks()))
                .param("batch", str(grid.batches()))
                .param("impl", grid.impls().toArray(String[]::new))
                .param("elements", String.valueOf(grid.triadElements()))
                .shouldFailOnError(false)
                .result(jsonOut.toString())
                .resultFormat(ResultFormatType.JSON);
        for (String bench : grid.benchmarks()) b.include(pkg + bench + "\\.");
        b.include(pkg + "PeakBenchmark\\.(" + String.join("|", Grid.peakMethods(preferredBits)) + ")$");
        if (grid.gcProfiler()) b.addProfiler(GCProfiler.class);

        int total = grid.jmhRunCount(preferredBits);
        try (PrintStream log = new PrintStream(Files.newOutputStream(logOut), true);
             Progress progress = new Progress(OutputFormatFactory.createFormatInstance(log, VerboseMode.NORMAL), total, console)) {
            return new Runner(b.build(), progress).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH run failed; see " + logOut, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] str(List<Integer> values) {
        return values.stream().map(String::valueOf).toArray(String[]::new);
    }

    /** Forwards everything to JMH's text format (the log file) and advances a progress bar per benchmark run. */
    static final class Progress implements OutputFormat, AutoCloseable {
        private final OutputFormat log;
        private final PrintStream console;
        private final ProgressBar bar;
        private final int total;
        private int done;

        Progress(OutputFormat log, int total, PrintStream console) {
            this.log = log;
            this.total = total;
            this.console = console;
            // an interactive terminal gets a bar; logs (CI, redirected output) get one line per benchmark run
            this.bar = System.console() != null
                    ? new ProgressBarBuilder().setTaskName("benchmarks").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build()
                    : null;
        }

        private static String describe(BenchmarkParams p) {
            String name = p.getBenchmark().substring(p.getBenchmark().lastIndexOf('.', p.getBenchmark().lastIndexOf('.') - 1) + 1);
            String params = p.getParamsKeys().stream().map(k -> k + "=" + p.getParam(k)).collect(Collectors.joining(" "));
            return name + " " + params;
        }

        @Override public void startBenchmark(BenchmarkParams p) {
            log.startBenchmark(p);
            if (bar != null) bar.setExtraMessage(describe(p));
        }

        @Override public void endBenchmark(BenchmarkResult result) {
            log.endBenchmark(result);
            done++;
            if (bar != null) bar.stepTo(done);
            else if (result != null) {
                var pm = result.getPrimaryResult();
                console.printf("[%d/%d] %s: %.4g %s%n", done, total, describe(result.getParams()), pm.getScore(), pm.getScoreUnit());
            } else {
                console.printf("[%d/%d] a benchmark failed (details in jmh.log)%n", done, total);
            }
        }

        @Override public void iteration(BenchmarkParams bp, IterationParams ip, int i) { log.iteration(bp, ip, i); }
        @Override public void iterationResult(BenchmarkParams bp, IterationParams ip, int i, IterationResult r) { log.iterationResult(bp, ip, i, r); }
        @Override public void startRun() { log.startRun(); }
        @Override public void endRun(Collection<RunResult> results) { log.endRun(results); }
        @Override public void print(String s) { log.print(s); }
        @Override public void println(String s) {
            log.println(s);
            // setup failures (unavailable impl, kernel mismatch) must be visible, not only in the log
            if (s.contains("<failure>") || s.contains("Exception:")) console.println("  " + s.strip());
        }
        @Override public void flush() { log.flush(); }
        @Override public void verbosePrintln(String s) { log.verbosePrintln(s); }
        @Override public void write(int b) { log.write(b); }
        @Override public void write(byte[] b) throws IOException { log.write(b); }

        @Override public void close() {
            if (bar != null) bar.close();
            log.flush();
        }
    }
}
