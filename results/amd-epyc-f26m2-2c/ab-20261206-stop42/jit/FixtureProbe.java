package dev.twolayer.bench;

import java.lang.management.ManagementFactory;

/**
 * The benchmarks' Fixture outside JMH, made as OutputsBenchmark makes it (Fixture.create: the scalar check, then the
 * JIT warm-up): microseconds and bytes allocated a trainStep, rounds of 1 s. Compiled against a benchmarks jar and run
 * with it (and a library's target/classes before it to try that build):
 *   javac --add-modules jdk.incubator.vector -cp /tmp/bench-N42.jar -d out FixtureProbe.java
 *   java --add-modules jdk.incubator.vector -XX:+UseParallelGC -XX:ObjectAlignmentInBytes=64 \
 *     -cp /tmp/bench-N42.jar:out dev.twolayer.bench.FixtureProbe d k batch m [rounds]
 */
public class FixtureProbe {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), b = Integer.parseInt(a[2]);
        int m = Integer.parseInt(a[3]);
        int rounds = a.length > 4 ? Integer.parseInt(a[4]) : 6;
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (Fixture f = Fixture.create("vector", OutputsBenchmark.spec(d, k, m), b,
                TrainStepBenchmark.distinctBatches(0, b))) {
            f.warmUp(() -> f.trainStep(false));
            double sink = 0;
            for (int r = 0; r < rounds; r++) {
                long bytes = mx.getCurrentThreadAllocatedBytes(), t0 = System.nanoTime(), n = 0;
                while (System.nanoTime() - t0 < 1_000_000_000L) {
                    for (int i = 0; i < 1000; i++) sink += f.trainStep(false);
                    n += 1000;
                }
                long t = System.nanoTime() - t0;
                System.out.printf("round %d: %.3f us, %.1f B/step%n", r, t / 1e3 / n,
                        (mx.getCurrentThreadAllocatedBytes() - bytes) / (double) n);
            }
            System.out.println("sink " + sink);
        }
    }
}
