package dev.twolayer.kernel;
import java.util.*;
public final class Fz3 {
    public static void main(String[] a) {
        int rows = Integer.parseInt(a[0]);
        VectorBody b = new VectorBody512();
        SplittableRandom rng = new SplittableRandom(1);
        for (int pass = 0; pass < 2; pass++) {
        for (int i = 1; i < a.length; i++) {
            String[] dk = a[i].split("x"); int d = Integer.parseInt(dk[0]), kp = Integer.parseInt(dk[1]);
            float[] x = new float[rows * d], wt = new float[kp * d], bp = new float[kp], z = new float[rows * kp], xp = new float[rows * d];
            for (int q = 0; q < x.length; q++) x[q] = (float) rng.nextGaussian();
            for (int q = 0; q < wt.length; q++) wt[q] = (float) rng.nextGaussian();
            double flop = 2.0 * rows * d * kp;
            int reps = Math.max(5, (int) (2e9 / flop));
            double[] tf = new double[reps];
            for (int r = 0; r < reps + 3; r++) {
                long t0 = System.nanoTime();
                b.packX(x, 0, rows, d, xp, 0, rows);
                b.forwardZ(x, 0, xp, rows, 0, rows, 0, kp, d, kp, wt, bp, z);
                if (r >= 3) tf[r - 3] = flop / (System.nanoTime() - t0);
            }
            Arrays.sort(tf);
            if (pass == 1) System.out.printf(" d=%d k=%d: %.1f", d, kp, tf[reps / 2]);
        }
        if (pass == 1) System.out.println();
        }
    }
}
