import dev.twolayer.bench.Fixture;
/**
 * The batch-1 step of the benchmarks' Fixture (64 samples in turn) timed part by part, with timing.patch applied to the
 * library: forward, hidden gradients, W's step and (8533bcc) activeUnits, a step's mean over 8 blocks of 1 s.
 * Usage: ProfLoop d k keep|evict [nocheck]; evict: a 32 MiB array is swept between steps (not timed);
 * nocheck: the Fixture made without KernelCheck.verify.
 */
public class ProfLoop {
    public static void main(String[] a) throws Exception {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]);
        boolean evict = a.length > 2 && a[2].equals("evict");
        // "nocheck" as the 4th word: the Fixture made without KernelCheck.verify (its private constructor)
        Fixture step;
        if (a.length > 3 && a[3].equals("nocheck")) {
            var c = Fixture.class.getDeclaredConstructor(String.class, dev.twolayer.model.ModelSpec.class, int.class, int.class,
                    dev.twolayer.kernel.Kernel.class, long.class);
            c.setAccessible(true);
            step = c.newInstance("vector", dev.twolayer.model.ModelSpec.of(d, k), 1, 64,
                    dev.twolayer.bench.impl.Impls.create("vector", 1), 2024L);
        } else step = Fixture.create("vector", d, k, 1, 64);
        final Fixture fx = step;
        fx.warmUp(() -> fx.trainStep(false));
        long[] P = (long[]) Class.forName("dev.twolayer.kernel.VectorKernel").getField("PROF").get(null);
        float[] big = new float[8 << 20];
        double sink = 0;
        for (int r = 0; r < 8; r++) {
            java.util.Arrays.fill(P, 0);
            long t0 = System.nanoTime(), n = 0, ev = 0;
            while (System.nanoTime() - t0 < 1_000_000_000L) {
                if (evict) { long e0 = System.nanoTime(); for (int i = 0; i < big.length; i += 16) big[i] += 1f; ev += System.nanoTime() - e0; }
                sink += step.trainStep(false); n++;
            }
            double tot = (System.nanoTime() - t0 - ev) / 1e3 / n;
            System.out.printf("step %.1f us: forward %.1f, hidden grads %.1f, W's step %.1f, of it activeUnits %.1f (calls %d)%n", tot,
                    P[0] / 1e3 / P[3], P[1] / 1e3 / P[3], P[2] / 1e3 / P[3], P[4] / 1e3 / P[3], P[3]);
        }
        if (sink == 42) System.out.println();
    }
}
