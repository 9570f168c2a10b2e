import dev.twolayer.bench.Fixture;

/**
 * One thread against two in one JVM, in turn: the benchmarks' Fixture for "vector" (VectorKernel alone) and for
 * "vector-mt" (ParallelKernel over it, all cores), each with its own parameters and data. Each round times a block of
 * at least 0.5 s of each (the order swapped every round), so the two sides of a ratio are measured within a second
 * of each other, whatever the VM's neighbours do over minutes. Prints every round's ratio and the median.
 * Usage: MtPair d k batch rounds
 */
public class MtPair {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), batch = Integer.parseInt(a[2]);
        int rounds = Integer.parseInt(a[3]);
        Fixture one = Fixture.create("vector", d, k, batch), two = Fixture.create("vector-mt", d, k, batch);
        one.warmUp(() -> one.trainStep(false));
        two.warmUp(() -> two.trainStep(false));
        double sink = 0;
        double[] t1 = new double[rounds], t2 = new double[rounds], ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            for (int side = 0; side < 2; side++) {
                boolean first = (side == 0) == (r % 2 == 0);
                Fixture f = first ? one : two;
                long n = 0, t0 = System.nanoTime(), t;
                do { sink += f.trainStep(false); n++; } while ((t = System.nanoTime()) - t0 < 500_000_000L);
                double us = (t - t0) / 1e3 / n;
                if (first) t1[r] = us; else t2[r] = us;
            }
            ratio[r] = t1[r] / t2[r];
            System.out.printf("round %2d: 1 thread %10.1f us, 2 threads %10.1f us, %.3fx%n", r, t1[r], t2[r], ratio[r]);
        }
        System.out.printf("d=%d k=%d batch=%d: median 1 thread %.1f us, 2 threads %.1f us, median ratio %.3fx (%.3f-%.3f)%s%n",
                d, k, batch, median(t1), median(t2), median(ratio), min(ratio), max(ratio), sink > 0 ? "" : " ");
        one.close();
        two.close();
    }

    static double median(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    static double min(double[] v) { return java.util.Arrays.stream(v).min().orElse(0); }
    static double max(double[] v) { return java.util.Arrays.stream(v).max().orElse(0); }
}
