import dev.twolayer.bench.Fixture;

/**
 * Does the benchmarks' KernelCheck (a forward and two forwardBackward calls of the kernel on a few rows, made by
 * Fixture.create before the JIT warm-up) change how fast the steps run after it? One JVM, one cell, one way: the
 * Fixture made as the benchmarks make it ("check") or by its constructor without the check ("nocheck"), then the JIT
 * warm-up and 10 blocks of 0.5 s of training steps (64 samples in turn at batch 1, as TrainStepBenchmark).
 * Prints the median us a step. Usage: CheckEffect d k batch check|nocheck
 */
public class CheckEffect {
    public static void main(String[] a) throws Exception {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), batch = Integer.parseInt(a[2]);
        int batches = batch == 1 ? 64 : 1;
        Fixture f;
        if (a[3].equals("nocheck")) {
            var c = Fixture.class.getDeclaredConstructor(String.class, dev.twolayer.model.ModelSpec.class, int.class,
                    int.class, dev.twolayer.kernel.Kernel.class, long.class);
            c.setAccessible(true);
            f = c.newInstance("vector", dev.twolayer.model.ModelSpec.of(d, k), batch, batches,
                    dev.twolayer.bench.impl.Impls.create("vector", batch), 2024L);
        } else f = Fixture.create("vector", d, k, batch, batches);
        final Fixture fx = f;
        fx.warmUp(() -> fx.trainStep(false));
        double[] us = new double[10];
        double sink = 0;
        for (int r = 0; r < us.length; r++) {
            long n = 0, t0 = System.nanoTime(), t;
            do { sink += fx.trainStep(false); n++; } while ((t = System.nanoTime()) - t0 < 500_000_000L);
            us[r] = (t - t0) / 1e3 / n;
        }
        java.util.Arrays.sort(us);
        System.out.printf("d=%d k=%d batch=%d %s: %.4g us a step (median of 10 blocks; %.4g-%.4g)%s%n", d, k, batch, a[3],
                (us[4] + us[5]) / 2, us[0], us[9], sink == 42 ? " " : "");
        fx.close();
    }
}
