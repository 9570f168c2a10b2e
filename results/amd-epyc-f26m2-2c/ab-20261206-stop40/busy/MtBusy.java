import dev.twolayer.bench.Fixture;
/** Two-thread steps in 0.5 s blocks: wall time a step and each thread's time inside its parts (phased form). */
public class MtBusy {
    public static void main(String[] a) throws Exception {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), b = Integer.parseInt(a[2]), blocks = Integer.parseInt(a[3]);
        Fixture two = Fixture.create("vector-mt", d, k, b);
        two.warmUp(() -> two.trainStep(false));
        long[] B = (long[]) Class.forName("dev.twolayer.kernel.ParallelKernel").getField("BUSY").get(null);
        double sink = 0;
        for (int r = 0; r < blocks; r++) {
            java.util.Arrays.fill(B, 0);
            long n = 0, t0 = System.nanoTime(), t;
            do { sink += two.trainStep(false); n++; } while ((t = System.nanoTime()) - t0 < 500_000_000L);
            double us = (t - t0) / 1e3 / n, b0 = B[0] / 1e3 / n, b1 = B[16] / 1e3 / n;
            System.out.printf("block %2d: %8.1f us a step; in parts: caller %8.1f, worker %8.1f; max/mean %.3f%n", r, us, b0, b1,
                    Math.max(b0, b1) / ((b0 + b1) / 2));
        }
        if (sink == 42) System.out.println();
        two.close();
    }
}
