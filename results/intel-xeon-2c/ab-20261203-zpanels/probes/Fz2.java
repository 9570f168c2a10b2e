package dev.twolayer.kernel;
import java.util.*;
import java.util.concurrent.*;
/** forwardZ alone on private arrays: one thread alone, then two threads at once (each its own arrays). */
public final class Fz2 {
    static double run(VectorBody b, int rows, int d, int kp, int reps, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] x = new float[rows * d], wt = new float[kp * d], bp = new float[kp], z = new float[rows * kp], xp = new float[rows * d];
        for (int q = 0; q < x.length; q++) x[q] = (float) rng.nextGaussian();
        for (int q = 0; q < wt.length; q++) wt[q] = (float) rng.nextGaussian();
        b.packX(x, 0, rows, d, xp, 0, rows);
        double[] t = new double[reps];
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            b.forwardZ(x, 0, xp, rows, 0, rows, 0, kp, d, kp, wt, bp, z);
            t[r] = (System.nanoTime() - t0) / 1e3;
        }
        Arrays.sort(t); return t[reps / 2];
    }
    public static void main(String[] a) throws Exception {
        int rows = Integer.parseInt(a[0]), d = Integer.parseInt(a[1]), kp = Integer.parseInt(a[2]), reps = Integer.parseInt(a[3]);
        VectorBody b = new VectorBody512();
        ExecutorService ex = Executors.newFixedThreadPool(2);
        for (int pass = 0; pass < 4; pass++) {
            double alone = run(b, rows, d, kp, reps, 1);
            Future<Double> f0 = ex.submit(() -> run(b, rows, d, kp, reps, 2)), f1 = ex.submit(() -> run(b, rows, d, kp, reps, 3));
            double t0 = f0.get(), t1 = f1.get();
            double flop = 2.0 * rows * d * kp / 1e3;
            System.out.printf("rows=%d d=%d kp=%d alone %.0f us (%.1f GFLOP/s), concurrently %.0f / %.0f us (%.2fx / %.2fx slower)%n", rows, d, kp, alone, flop / alone, t0, t1, t0 / alone, t1 / alone);
        }
        ex.shutdown();
    }
}
