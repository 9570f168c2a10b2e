package dev.twolayer.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;

/**
 * Runs a benchmark's operation, before JMH's warm-up iterations, until the JIT has finished with it. Vector API code
 * runs about 100x slower (and allocates) until C2 has compiled it, and compiling the large kernels of a big step took
 * longer than the grid's 2 x 1 s of warm-up on the 2-core Xeon. There, d=1024 k=64 batch 256 ran 13.6 and 75 steps/s
 * in the two warm-up seconds, then 1,299 steps/s with 281 KB allocated a step in the first measured second, and 1,322
 * with 28 B in the second (results/intel-xeon-2c/grid-20261203).
 *
 * <p>Three readings, taken once a window of calls:
 * <ul>
 *   <li>The JIT's compiler threads and the GC threads are hidden from {@link ThreadMXBean}: the process's CPU time
 *       minus the CPU time of every visible thread is their work. It must stay under {@link #QUIET} of the wall time
 *       for {@link #QUIET_WINDOWS} windows in a row.</li>
 *   <li>Vector API code that C2 has not compiled allocates its vectors, while the kernels allocate nothing once
 *       compiled: the window's bytes allocated by all threads must stay under {@link #ALLOC_PER_CALL} a call. The
 *       JIT alone can fall quiet before the last hot method is compiled (d=1024 k=4096 batch 32 still allocated
 *       107 KB a step in the first measured second).</li>
 *   <li>The last window must run within {@link #SETTLED}x the fastest window's time a call.</li>
 * </ul>
 * At least {@link #MIN_NANOS}, at most {@link #MAX_NANOS}.
 */
public final class JitWarmUp {
    /** Shortest warm-up, and the cap (a CPU whose JIT never goes quiet costs this much a fork). */
    static final long MIN_NANOS = 300_000_000L, MAX_NANOS = 15_000_000_000L;
    /** Windows of at least this long (or one call). */
    static final long WINDOW_NANOS = 100_000_000L;
    /** Hidden CPU under this fraction of a window's wall time: the compilers (and GC) are idle. */
    static final double QUIET = 0.05;
    static final int QUIET_WINDOWS = 2;
    /** The last window's time a call within this factor of the fastest window's. */
    static final double SETTLED = 1.25;
    /** Bytes allocated a call (all threads; the readings themselves allocate a few hundred a window). */
    static final long ALLOC_PER_CALL = 4096;

    private JitWarmUp() {}

    /** Whether an impl's code is the Vector API's, which needs this warm-up (the others reach C2 within JMH's). */
    public static boolean needed(String impl) {
        return impl.startsWith("vector");
    }

    /** What a warm-up did: calls, wall time, whether the JIT went quiet (false: stopped at the cap). */
    public record Result(long calls, long nanos, boolean settled, double sink) {}

    /** Runs {@code op} until the JIT has gone quiet for it (see the class comment). */
    public static Result run(DoubleSupplier op) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        HotSpotReadings hs;
        try {
            hs = new HotSpotReadings(threads);
        } catch (LinkageError | ClassCastException | UnsupportedOperationException e) {
            return new Result(0, 0, false, 0); // a runtime without jdk.management's readings: JMH's warm-up alone
        }
        return run(op, System::nanoTime, hs::hiddenCpu, hs::allocated, MIN_NANOS, MAX_NANOS);
    }

    /** CPU time and allocation from jdk.management, in a class of its own so that its absence can be caught. */
    private static final class HotSpotReadings {
        private final ThreadMXBean threads;
        private final com.sun.management.ThreadMXBean hotspot;
        private final com.sun.management.OperatingSystemMXBean os;

        HotSpotReadings(ThreadMXBean threads) {
            this.threads = threads;
            this.hotspot = (com.sun.management.ThreadMXBean) threads;
            this.os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            if (!threads.isThreadCpuTimeSupported() || !hotspot.isThreadAllocatedMemorySupported()
                    || os.getProcessCpuTime() < 0) throw new UnsupportedOperationException("no CPU-time readings");
            if (!threads.isThreadCpuTimeEnabled()) threads.setThreadCpuTimeEnabled(true);
            if (!hotspot.isThreadAllocatedMemoryEnabled()) hotspot.setThreadAllocatedMemoryEnabled(true);
        }

        /** The process's CPU time not spent by a visible thread (compilers, GC), ns. */
        long hiddenCpu() {
            long visible = 0;
            for (long t : threads.getAllThreadIds()) visible += Math.max(0, threads.getThreadCpuTime(t));
            return os.getProcessCpuTime() - visible;
        }

        /** Bytes allocated by the live threads (a thread that ended takes its count with it: only deltas matter). */
        long allocated() {
            long sum = 0;
            for (long b : hotspot.getThreadAllocatedBytes(threads.getAllThreadIds())) sum += Math.max(0, b);
            return sum;
        }
    }

    /** As {@link #run(DoubleSupplier)}, with the clock and the readings given (tests pass fakes). */
    static Result run(DoubleSupplier op, LongSupplier clock, LongSupplier hiddenCpu, LongSupplier allocated,
                      long minNanos, long maxNanos) {
        long start = clock.getAsLong(), calls = 0;
        double best = Double.POSITIVE_INFINITY, sink = 0;
        int quiet = 0;
        long cpu = hiddenCpu.getAsLong(), bytes = allocated.getAsLong();
        while (true) {
            long w0 = clock.getAsLong(), n = 0, now;
            do {
                sink += op.getAsDouble();
                n++;
                now = clock.getAsLong();
            } while (now - w0 < WINDOW_NANOS);
            calls += n;
            long cpuNow = hiddenCpu.getAsLong(), bytesNow = allocated.getAsLong();
            double perCall = (double) (now - w0) / n;
            best = Math.min(best, perCall);
            quiet = cpuNow - cpu < QUIET * (now - w0) ? quiet + 1 : 0;
            boolean lean = bytesNow - bytes < ALLOC_PER_CALL * n;
            cpu = cpuNow;
            bytes = bytesNow;
            if (now - start >= minNanos && quiet >= QUIET_WINDOWS && lean && perCall <= SETTLED * best)
                return new Result(calls, now - start, true, sink);
            if (now - start >= maxNanos) return new Result(calls, now - start, false, sink);
        }
    }
}
