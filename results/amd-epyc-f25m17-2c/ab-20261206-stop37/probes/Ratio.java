import dev.twolayer.bench.Fixture;
/** Scalar and vector batch-1 steps in one JVM, alternating blocks: the ratio per round. */
public class Ratio {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rounds = Integer.parseInt(a[2]);
        Fixture s = Fixture.create("scalar", d, k, 1, 64), v = Fixture.create("vector", d, k, 1, 64);
        v.warmUp(() -> v.trainStep(false));
        double sink = 0;
        for (int i = 0; i < 2_000_000; i++) sink += s.trainStep(false);
        long budget = 200_000_000L; // ns a block
        java.util.List<Double> rs = new java.util.ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double[] ns = new double[2];
            for (int which = 0; which < 2; which++) {
                Fixture f = which == 0 ? s : v;
                long n = 0, t0 = System.nanoTime(), t;
                do { for (int i = 0; i < 10000; i++) sink += f.trainStep(false); n += 10000; } while ((t = System.nanoTime()) - t0 < budget);
                ns[which] = (t - t0) / (double) n;
            }
            rs.add(ns[0] / ns[1]);
            System.out.printf("round %d: scalar %.1f ns, vector %.1f ns, ratio %.2f%n", r, ns[0], ns[1], ns[0] / ns[1]);
        }
        java.util.Collections.sort(rs);
        System.out.printf("d=%d k=%d median ratio %.2f (sink %s)%n", d, k, rs.get(rs.size() / 2), sink > 0);
    }
}
