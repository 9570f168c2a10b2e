import dev.twolayer.bench.Fixture;
/** A batch-1 step of one impl (as the benchmarks' Fixture takes it), blocks of 0.2 s: median ns a step. */
public class VOnly {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rounds = Integer.parseInt(a[2]);
        String impl = a.length > 3 ? a[3] : "vector";
        Fixture v = Fixture.create(impl, d, k, 1, 64);
        v.warmUp(() -> v.trainStep(false));
        double sink = 0;
        for (int i = 0; i < 1_000_000; i++) sink += v.trainStep(false);
        double[] ns = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long n = 0, t0 = System.nanoTime(), t;
            do { for (int i = 0; i < 10000; i++) sink += v.trainStep(false); n += 10000; } while ((t = System.nanoTime()) - t0 < 200_000_000L);
            ns[r] = (t - t0) / (double) n;
        }
        java.util.Arrays.sort(ns);
        System.out.printf("%s d=%d k=%d median %.2f ns (min %.2f max %.2f) %s%n", impl, d, k, ns[rounds / 2], ns[0], ns[rounds - 1], sink > 0 ? "" : " ");
    }
}
