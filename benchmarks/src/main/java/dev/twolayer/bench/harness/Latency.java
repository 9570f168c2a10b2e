package dev.twolayer.bench.harness;

import dev.twolayer.bench.Fixture;
import org.HdrHistogram.Histogram;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Latency distributions outside JMH: a timed loop over one training step, every step recorded into an
 * HdrHistogram (nanoseconds, 3 significant digits). Used for the .hgrm files of a run and by {@code profile}.
 */
public final class Latency {
    private Latency() {}

    public enum Op { STEP, FORWARD_BACKWARD, FORWARD }

    /** Warms up for {@code seconds / 2} (at least 20 steps), then records steps for {@code seconds}. */
    public static Histogram measure(Fixture f, Op op, double seconds) {
        Histogram h = new Histogram(3_600_000_000_000L, 3);
        // Vector API code needs 1-2 s to reach C2 (before that it is ~100x slower and allocates); tiny test grids
        // (< 0.5 s) keep a short warm-up since they only check the pipeline
        loop(f, op, seconds < 0.5 ? seconds / 2 : Math.max(2.5, seconds), null);
        loop(f, op, seconds, h);
        return h;
    }

    private static double sink;

    private static void loop(Fixture f, Op op, double seconds, Histogram h) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        double acc = 0;
        int n = 0;
        while (n < 20 || System.nanoTime() < end) {
            long t0 = System.nanoTime();
            acc += switch (op) {
                case STEP -> f.trainStep();
                case FORWARD_BACKWARD -> f.forwardBackward();
                case FORWARD -> f.forward()[0];
            };
            long t1 = System.nanoTime();
            if (h != null) h.recordValue(Math.max(1, t1 - t0));
            n++;
        }
        sink += acc; // keep the work observable
    }

    /** HdrHistogram's percentile distribution text (.hgrm), values in microseconds. */
    public static String hgrm(Histogram h) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            h.outputPercentileDistribution(ps, 1000.0);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** A short percentile table in microseconds, for the console. */
    public static String table(Histogram h) {
        StringBuilder sb = new StringBuilder("  percentile     latency (us)\n");
        for (double p : new double[]{50, 90, 99, 99.9, 99.99, 100})
            sb.append(String.format("  %10s %16.2f%n", p == 100 ? "max" : "p" + p, h.getValueAtPercentile(p) / 1000.0));
        sb.append(String.format("  %10s %16.2f%n  %10s %16d%n", "mean", h.getMean() / 1000.0, "count", h.getTotalCount()));
        return sb.toString();
    }
}
