package dev.twolayer.experiments;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an experiment needs to run: the runner (threads, cancellation), the master seed and one progress listener
 * for the whole experiment. An experiment declares its total run count with {@link #plan(long)}, then runs its
 * cells through {@link #runCell}; each cell uses a disjoint range of seed indices so cells are independent.
 */
public final class ExperimentContext {
    private final ExperimentRunner runner;
    private final long masterSeed;
    private final ExperimentRunner.ProgressListener progress;
    private final long startNanos = System.nanoTime();
    private final AtomicLong planned = new AtomicLong();
    private final AtomicLong completed = new AtomicLong();
    private volatile boolean partial;

    public ExperimentContext(ExperimentRunner runner, long masterSeed, ExperimentRunner.ProgressListener progress) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.masterSeed = masterSeed;
        this.progress = progress == null ? ExperimentRunner.ProgressListener.NONE : progress;
    }

    /** A single-threaded context with no progress output (tests, tiny runs). */
    public static ExperimentContext serial(long masterSeed) {
        return new ExperimentContext(new ExperimentRunner(1), masterSeed, null);
    }

    public ExperimentRunner runner() { return runner; }
    public long masterSeed() { return masterSeed; }
    public boolean cancelled() { return runner.isCancelled(); }
    public boolean partial() { return partial; }
    public long planned() { return planned.get(); }
    public long completed() { return completed.get(); }

    /** Declares the total number of runs across all cells (for the progress bar and ETA). */
    public void plan(long totalRuns) { planned.set(totalRuns); }

    /**
     * Runs one cell of {@code runs} runs; seed index of run r is {@code cellIndex * 2^32 + r}, so results do not
     * depend on which other cells run. Progress reported is cumulative over the experiment.
     */
    public <R> ExperimentRunner.Outcome<R> runCell(int cellIndex, int runs, ExperimentRunner.RunTask<R> task) {
        long base = completed.get();
        long total = Math.max(planned.get(), base + runs);
        ExperimentRunner.Outcome<R> out = runner.run(runs, masterSeed, ((long) cellIndex) << 32, task,
                (done, n, elapsed, eta) -> {
                    long d = base + done;
                    long sinceStart = System.nanoTime() - startNanos;
                    long etaAll = d == 0 ? -1 : (long) ((double) sinceStart / d * (total - d));
                    progress.progress((int) Math.min(Integer.MAX_VALUE, d), (int) Math.min(Integer.MAX_VALUE, total), sinceStart, etaAll);
                });
        completed.addAndGet(out.completed());
        if (out.partial()) partial = true;
        return out;
    }

    /** Fills the report's provenance fields from this context. */
    public ExperimentReport finish(ExperimentReport report) {
        return report.finish(runner.threads(), System.nanoTime() - startNanos, completed.get(),
                Math.max(planned.get(), completed.get()), partial || runner.isCancelled());
    }
}
