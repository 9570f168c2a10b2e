package dev.twolayer.bench.harness;

import dev.twolayer.bench.JitWarmUp;
import dev.twolayer.bench.impl.Impls;

import java.util.ArrayList;
import java.util.List;

/**
 * What one harness run measures and how long it spends: the (d, k, batch, impl) grid, which benchmarks,
 * JMH iteration settings and the latency-histogram loop. The three profiles are sized for a 2-core machine:
 * quick ~1 minute, standard ~12 minutes, full much longer.
 */
public record Grid(String profile, List<Integer> ds, List<Integer> ks, List<Integer> batches, List<String> impls,
                   List<String> benchmarks, int forks, int warmupIterations, int warmupMillis,
                   int measurementIterations, int measurementMillis, boolean gcProfiler,
                   double latencySeconds, List<int[]> latencyShapes, int triadElements) {

    /** Short names of the kernel benchmarks (classes in dev.twolayer.bench). */
    public static final List<String> KERNEL_BENCHMARKS =
            List.of("TrainStepBenchmark", "ForwardBenchmark", "ForwardBackwardBenchmark", "PredictLatencyBenchmark");

    public static Grid quick() {
        return new Grid("quick", List.of(64), List.of(64, 256), List.of(32), Impls.DEFAULT,
                List.of("TrainStepBenchmark", "PredictLatencyBenchmark"), 1, 2, 800, 1, 400, true,
                0.3, List.of(new int[]{64, 256, 32}), 1 << 22);
    }

    public static Grid standard() {
        // Vector API code runs ~100x slower until C2 has compiled it, which takes 1-2 s here: warm-up must cover that
        // (with 1 x 400 ms the vector kernels were measured half-interpreted, allocating MB per op).
        // 2 x 3 x 2 shapes x 8 impls (train step) + 6 x 8 predict = 144 forks of ~4.5 s, plus JitWarmUp for the 3
        // Vector API impls: about 12 minutes (11m57s on the 2-core Xeon, run 20261203-143902)
        return new Grid("standard", List.of(16, 256), List.of(64, 256, 1024), List.of(32, 256), Impls.DEFAULT,
                List.of("TrainStepBenchmark", "PredictLatencyBenchmark"), 1, 3, 800, 2, 500, true,
                1.0, List.of(new int[]{64, 256, 64}, new int[]{256, 1024, 64}), 1 << 22);
    }

    /**
     * The grid: d in {1, 16, 64, 256, 1024}, k in {8, 64, 256, 1024, 4096}, batch in {1, 32, 256, 4096}, train
     * step and single-sample predict. 100 shapes: with all 8 implementations this is most of a day on 2 cores, so pick
     * a few with --impls (scalar, vector, vector-mt and the best library take about 45 minutes).
     */
    public static Grid full() {
        return new Grid("full", List.of(1, 16, 64, 256, 1024), List.of(8, 64, 256, 1024, 4096), List.of(1, 32, 256, 4096),
                Impls.DEFAULT, List.of("TrainStepBenchmark", "PredictLatencyBenchmark"), 1, 2, 1000, 2, 1000, true,
                1.0, List.of(new int[]{64, 256, 32}, new int[]{256, 1024, 256}, new int[]{1024, 4096, 128}), 1 << 24);
    }

    /** A few seconds: one tiny shape, 100 ms iterations, in-process (forks 0). For tests. */
    public static Grid tiny(List<String> impls) {
        return new Grid("tiny", List.of(8), List.of(16), List.of(4), impls, KERNEL_BENCHMARKS, 0, 1, 100, 1, 100, true,
                0.05, List.of(new int[]{8, 16, 4}), 1 << 14);
    }

    public static Grid byName(String name) {
        return switch (name) {
            case "quick" -> quick();
            case "standard", "default" -> standard();
            case "full" -> full();
            default -> throw new IllegalArgumentException("unknown grid profile '" + name + "' (quick, standard, full)");
        };
    }

    public Grid withImpls(List<String> newImpls) {
        return new Grid(profile, ds, ks, batches, newImpls, benchmarks, forks, warmupIterations, warmupMillis,
                measurementIterations, measurementMillis, gcProfiler, latencySeconds, latencyShapes, triadElements);
    }

    /** Peak method names to run: FMA widths up to the preferred species, 1 and all threads, plus the triads. */
    public static List<String> peakMethods(int preferredBits) {
        List<String> m = new ArrayList<>();
        for (int bits : new int[]{128, 256, 512})
            if (bits <= Math.max(preferredBits, 128)) {
                m.add("fma" + bits);
                m.add("fma" + bits + "AllThreads");
            }
        m.add("triad");
        m.add("triadAllThreads");
        return m;
    }

    /**
     * Rough wall-clock estimate in seconds: per JMH run the iterations plus ~1.3 s of fork and setup, and ~2 s of
     * JitWarmUp for a Vector API impl's train-step and forwardBackward runs (0.3-6 s measured on the 2-core Xeon).
     */
    public double estimatedSeconds(int preferredBits) {
        double perRun = (warmupIterations * warmupMillis + measurementIterations * measurementMillis) / 1000.0
                + (forks > 0 ? 1.3 * forks : 0.2);
        long warmed = impls.stream().filter(JitWarmUp::needed).count() * benchmarks.stream()
                .filter(b -> b.equals("TrainStepBenchmark") || b.equals("ForwardBackwardBenchmark")).count();
        return jmhRunCount(preferredBits) * perRun * Math.max(forks, 1)
                + warmed * ds.size() * ks.size() * batches.size() * 2.0
                + latencyShapes.size() * impls.size() * latencySeconds * 1.5;
    }

    /** Number of JMH benchmark runs this grid makes (for the progress bar). */
    public int jmhRunCount(int preferredBits) {
        int n = peakMethods(preferredBits).size();
        for (String b : benchmarks) {
            int shapes = ds.size() * ks.size() * (b.equals("PredictLatencyBenchmark") ? 1 : batches.size());
            n += shapes * impls.size();
        }
        return n;
    }
}
