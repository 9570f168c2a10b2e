import dev.twolayer.bench.Fixture;
/** One thread and two in turn: wall time a step of each phase (VectorKernel.run timed). Usage: d k batch blocks */
public class MtPhase {
    public static void main(String[] a) throws Exception {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), b = Integer.parseInt(a[2]), blocks = Integer.parseInt(a[3]);
        Fixture one = Fixture.create("vector", d, k, b), two = Fixture.create("vector-mt", d, k, b);
        one.warmUp(() -> one.trainStep(false));
        two.warmUp(() -> two.trainStep(false));
        long[] P = (long[]) Class.forName("dev.twolayer.kernel.VectorKernel").getField("PHASE").get(null);
        String[] names = {"PACK", "Z_ROWS", "Z_UNITS", "OUTPUT", "BACKWARD", "SAMPLES_Y", "SAMPLES_GRAD", "UPDATE"};
        double sink = 0;
        for (int r = 0; r < blocks; r++) {
            for (Fixture f : new Fixture[] {one, two}) {
                java.util.Arrays.fill(P, 0);
                long n = 0, t0 = System.nanoTime(), t;
                do { sink += f.trainStep(false); n++; } while ((t = System.nanoTime()) - t0 < 1_000_000_000L);
                StringBuilder sb = new StringBuilder(String.format("%-9s %8.1f us a step:", f.impl, (t - t0) / 1e3 / n));
                long sum = 0;
                for (int p = 0; p < names.length; p++) if (P[p] > 0) { sb.append(String.format(" %s %.1f", names[p], P[p] / 1e3 / n)); sum += P[p]; }
                sb.append(String.format(", rest %.1f", (t - t0 - sum) / 1e3 / n));
                System.out.println(sb);
            }
        }
        if (sink == 42) System.out.println();
        one.close(); two.close();
    }
}
