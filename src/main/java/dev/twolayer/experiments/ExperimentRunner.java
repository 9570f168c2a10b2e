package dev.twolayer.experiments;

import dev.twolayer.model.Seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Runs independent, seeded runs on a fixed thread pool. Run r gets seed {@code Seeds.derive(masterSeed, r)} and its
 * result is stored at index r, so the gathered results (and every aggregate computed from them in index order) are
 * the same for any thread count.
 *
 * <p>Cancellation ({@link #cancel()}, or interrupting the thread blocked in {@link #run}) stops scheduling new runs,
 * interrupts the running ones, and returns at once with the runs completed so far; the outcome is then marked
 * partial. Runs still executing when cancelled are discarded.
 */
public final class ExperimentRunner {

    /** One run: computes a result from its index and derived seed. May poll {@link Thread#isInterrupted()} to stop early. */
    @FunctionalInterface
    public interface RunTask<R> {
        R run(int runIndex, long seed) throws Exception;
    }

    /** Progress: runs done of total, elapsed nanoseconds, and an ETA in nanoseconds (negative while unknown). */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(int done, int total, long elapsedNanos, long etaNanos);

        ProgressListener NONE = (d, t, e, eta) -> {};
    }

    /**
     * What a batch produced.
     *
     * @param results   by run index; null where a run did not complete (only when partial)
     * @param completed how many runs completed
     * @param partial   true when cancelled before all runs completed
     * @param wallNanos wall time of the batch
     */
    public record Outcome<R>(List<R> results, int completed, boolean partial, long wallNanos) {
        /** The completed results in run-index order, skipping missing ones. */
        public List<R> completedResults() {
            List<R> out = new ArrayList<>(completed);
            for (R r : results) if (r != null) out.add(r);
            return out;
        }
    }

    private final int threads;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile ExecutorService activePool;

    /** @param threads worker count (>= 1); use {@link #defaultThreads()} for all cores */
    public ExperimentRunner(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        this.threads = threads;
    }

    public static int defaultThreads() { return Runtime.getRuntime().availableProcessors(); }

    public int threads() { return threads; }

    /** Stops scheduling; the blocked {@link #run} returns the completed runs, marked partial. Sticky. Thread-safe. */
    public void cancel() {
        cancelled.set(true);
        ExecutorService p = activePool;
        if (p != null) p.shutdownNow();
        synchronized (this) { notifyAll(); }
    }

    public boolean isCancelled() { return cancelled.get(); }

    /**
     * Runs {@code runs} runs of {@code task} with seeds derived from {@code masterSeed}, in index offset
     * {@code firstIndex} (so several cells of one experiment can use disjoint seed streams).
     */
    public <R> Outcome<R> run(int runs, long masterSeed, long firstIndex, RunTask<R> task, ProgressListener progress) {
        if (runs < 0) throw new IllegalArgumentException("runs must be >= 0, got " + runs);
        Objects.requireNonNull(task, "task");
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        long start = System.nanoTime();
        AtomicReferenceArray<R> results = new AtomicReferenceArray<>(runs);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        AtomicReferenceArray<Throwable> failure = new AtomicReferenceArray<>(1);
        if (runs == 0 || cancelled.get()) return collect(results, runs, cancelled.get() && runs > 0, start);

        int workers = Math.min(threads, runs);
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
        activePool = pool;
        if (cancelled.get()) pool.shutdownNow();
        try {
            for (int w = 0; w < workers && !pool.isShutdown(); w++) {
                try {
                    pool.execute(() -> {
                        // each worker pulls the next run index: no per-run task objects, scheduling stops on cancel
                        while (!cancelled.get() && failure.get(0) == null && !Thread.currentThread().isInterrupted()) {
                            int r = next.getAndIncrement();
                            if (r >= runs) return;
                            R value;
                            try {
                                value = task.run(r, Seeds.derive(masterSeed, firstIndex + r));
                            } catch (InterruptedException e) {
                                return;
                            } catch (Throwable t) {
                                if (cancelled.get()) return;
                                failure.compareAndSet(0, null, new RuntimeException("run " + r + " failed: " + t, t));
                                synchronized (this) { notifyAll(); }
                                return;
                            }
                            if (cancelled.get() || Thread.currentThread().isInterrupted()) return; // cancelled mid-run: discard
                            if (value == null) {
                                failure.compareAndSet(0, null, new IllegalStateException("run " + r + " returned null"));
                                synchronized (this) { notifyAll(); }
                                return;
                            }
                            results.set(r, value);
                            int d = done.incrementAndGet();
                            long elapsed = System.nanoTime() - start;
                            long eta = d == 0 ? -1 : (long) ((double) elapsed / d * (runs - d));
                            synchronized (listener) { listener.progress(d, runs, elapsed, eta); }
                            synchronized (this) { notifyAll(); }
                        }
                    });
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    break; // cancelled while starting workers
                }
            }
            synchronized (this) {
                while (done.get() < runs && !cancelled.get() && failure.get(0) == null) {
                    try {
                        wait(200);
                    } catch (InterruptedException e) {
                        // Ctrl-C handlers and callers may interrupt: treat it as a cancel and keep what we have
                        cancel();
                    }
                }
            }
        } finally {
            pool.shutdownNow();
            activePool = null;
        }
        if (failure.get(0) != null) {
            Throwable t = failure.get(0);
            throw t instanceof RuntimeException re ? re : new RuntimeException(t);
        }
        if (!cancelled.get()) {
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return collect(results, runs, done.get() < runs, start);
    }

    /** As {@link #run(int, long, long, RunTask, ProgressListener)} with index offset 0. */
    public <R> Outcome<R> run(int runs, long masterSeed, RunTask<R> task, ProgressListener progress) {
        return run(runs, masterSeed, 0, task, progress);
    }

    private static <R> Outcome<R> collect(AtomicReferenceArray<R> results, int runs, boolean partial, long start) {
        List<R> list = new ArrayList<>(runs);
        int completed = 0;
        for (int i = 0; i < runs; i++) {
            R r = results.get(i);
            if (r != null) completed++;
            list.add(r);
        }
        return new Outcome<>(java.util.Collections.unmodifiableList(list), completed, partial, System.nanoTime() - start);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger id = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "experiment-run-" + id.incrementAndGet());
            t.setDaemon(true); // a stuck run must never keep the JVM alive after Ctrl-C
            return t;
        };
    }
}
