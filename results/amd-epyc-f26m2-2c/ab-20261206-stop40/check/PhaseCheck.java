import dev.twolayer.bench.Fixture;
/** CheckEffect with each phase's wall time a step (phase.patch). Usage: d k batch check|nocheck */
public class PhaseCheck {
    public static void main(String[] a) throws Exception {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), batch = Integer.parseInt(a[2]);
        Fixture f;
        if (a[3].equals("nocheck")) {
            var c = Fixture.class.getDeclaredConstructor(String.class, dev.twolayer.model.ModelSpec.class, int.class,
                    int.class, dev.twolayer.kernel.Kernel.class, long.class);
            c.setAccessible(true);
            f = c.newInstance("vector", dev.twolayer.model.ModelSpec.of(d, k), batch, 1,
                    dev.twolayer.bench.impl.Impls.create("vector", batch), 2024L);
        } else f = Fixture.create("vector", d, k, batch, 1);
        final Fixture fx = f;
        fx.warmUp(() -> fx.trainStep(false));
        long[] P = (long[]) Class.forName("dev.twolayer.kernel.VectorKernel").getField("PHASE").get(null);
        String[] names = {"PACK", "Z_ROWS", "Z_UNITS", "OUTPUT", "BACKWARD", "SAMPLES_Y", "SAMPLES_GRAD", "UPDATE"};
        double sink = 0;
        for (int r = 0; r < 4; r++) {
            java.util.Arrays.fill(P, 0);
            long n = 0, t0 = System.nanoTime(), t;
            do { sink += fx.trainStep(false); n++; } while ((t = System.nanoTime()) - t0 < 1_000_000_000L);
            StringBuilder sb = new StringBuilder(String.format("%s %8.1f us a step:", a[3], (t - t0) / 1e3 / n));
            long sum = 0;
            for (int p = 0; p < names.length; p++) if (P[p] > 0) { sb.append(String.format(" %s %.1f", names[p], P[p] / 1e3 / n)); sum += P[p]; }
            sb.append(String.format(", rest %.1f", (t - t0 - sum) / 1e3 / n));
            System.out.println(sb);
        }
        if (sink == 42) System.out.println();
    }
}
