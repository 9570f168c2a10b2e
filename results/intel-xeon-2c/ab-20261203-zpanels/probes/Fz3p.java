package dev.twolayer.kernel;
import java.util.*;
import java.util.concurrent.*;
/** forwardZ on one shared Z (kp columns): thread q takes unit half q; alone = both halves on one thread. */
public final class Fz3p {
    public static void main(String[] a) throws Exception {
        int rows = Integer.parseInt(a[0]), d = Integer.parseInt(a[1]), kp = Integer.parseInt(a[2]), reps = Integer.parseInt(a[3]);
        boolean reverse = a.length > 4;
        VectorBody b = new VectorBody512();
        SplittableRandom rng = new SplittableRandom(1);
        float[] z2 = new float[rows * kp + 64]; float[] x = new float[rows * d], wt = new float[kp * d], bp = new float[kp], z = new float[rows * kp], xp = new float[rows * d];
        for (int q = 0; q < x.length; q++) x[q] = (float) rng.nextGaussian();
        for (int q = 0; q < wt.length; q++) wt[q] = (float) rng.nextGaussian();
        b.packX(x, 0, rows, d, xp, 0, rows);
        int h = kp / 2;
        ExecutorService ex = Executors.newFixedThreadPool(2);
        CyclicBarrier bar = new CyclicBarrier(2);
        for (int pass = 0; pass < 4; pass++) {
            double[] t0 = new double[reps], t1 = new double[reps];
            for (int r = 0; r < reps; r++) {
                long s = System.nanoTime(); b.forwardZ(x, 0, xp, rows, 0, rows, 0, h, d, kp, wt, bp, z); t0[r] = System.nanoTime() - s;
                s = System.nanoTime(); b.forwardZ(x, 0, xp, rows, 0, rows, h, kp, d, kp, wt, bp, z); t1[r] = System.nanoTime() - s;
            }
            double[][] c = new double[2][reps];
            List<Future<?>> fs = new ArrayList<>();
            for (int q = 0; q < 2; q++) { int qq = q; fs.add(ex.submit(() -> { for (int r = 0; r < reps; r++) { try { bar.await(); } catch (Exception e) { throw new RuntimeException(e); } long s = System.nanoTime(); b.forwardZ(x, 0, xp, rows, 0, rows, qq * h, (qq + 1) * h, d, kp, wt, bp, qq == 0 ? z : z2); c[qq][r] = System.nanoTime() - s; } })); }
            for (Future<?> f : fs) f.get();
            System.out.printf("rows=%d d=%d kp=%d halves alone %.0f / %.0f us, concurrently %.0f / %.0f us%n", rows, d, kp, med(t0), med(t1), med(c[0]), med(c[1]));
        }
        ex.shutdown();
    }
    static double med(double[] v) { double[] s = v.clone(); Arrays.sort(s); return s[s.length / 2] / 1e3; }
}
