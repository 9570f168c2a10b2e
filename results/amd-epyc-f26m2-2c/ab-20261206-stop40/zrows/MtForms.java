import dev.twolayer.bench.Fixture;
import java.lang.reflect.Field;

/**
 * One thread, and two with Z split by panels of units or by rows, in turn within one JVM (needs phase.patch: its
 * VectorKernel.FORCE_ZROWS, read at each call). Each round times a block of at least 1 s of each of the three, the
 * order rotated each round. Prints each round and the medians. Usage: MtForms d k batch rounds
 */
public class MtForms {
    public static void main(String[] a) throws Exception {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), b = Integer.parseInt(a[2]), rounds = Integer.parseInt(a[3]);
        Field force = Class.forName("dev.twolayer.kernel.VectorKernel").getField("FORCE_ZROWS");
        Fixture one = Fixture.create("vector", d, k, b), two = Fixture.create("vector-mt", d, k, b);
        one.warmUp(() -> one.trainStep(false));
        force.setBoolean(null, true);
        two.warmUp(() -> two.trainStep(false));
        force.setBoolean(null, false);
        two.warmUp(() -> two.trainStep(false));
        String[] names = {"1 thread", "2 threads, by panels", "2 threads, by rows"};
        double[][] us = new double[3][rounds];
        double sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int s = 0; s < 3; s++) {
                int v = (s + r) % 3;
                Fixture f = v == 0 ? one : two;
                force.setBoolean(null, v == 2);
                long n = 0, t0 = System.nanoTime(), t;
                do { sink += f.trainStep(false); n++; } while ((t = System.nanoTime()) - t0 < 1_000_000_000L);
                us[v][r] = (t - t0) / 1e3 / n;
            }
            System.out.printf("round %2d: 1 thread %9.1f us, 2 by panels %9.1f (%.3fx), 2 by rows %9.1f (%.3fx)%n", r,
                    us[0][r], us[1][r], us[0][r] / us[1][r], us[2][r], us[0][r] / us[2][r]);
        }
        double[] rp = new double[rounds], rr = new double[rounds];
        for (int r = 0; r < rounds; r++) { rp[r] = us[0][r] / us[1][r]; rr[r] = us[0][r] / us[2][r]; }
        System.out.printf("d=%d k=%d batch=%d: medians 1 thread %.1f us, by panels %.1f us (%.3fx), by rows %.1f us (%.3fx)%s%n",
                d, k, b, median(us[0]), median(us[1]), median(rp), median(us[2]), median(rr), sink == 42 ? " " : "");
        one.close(); two.close();
    }

    static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
