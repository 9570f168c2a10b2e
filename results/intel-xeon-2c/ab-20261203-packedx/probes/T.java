package dev.twolayer.kernel;
import java.util.*;
public final class T {
    public static void main(String[] a) {
        int rows = Integer.parseInt(a[0]);
        VectorBody b = new VectorBody512();
        SplittableRandom rng = new SplittableRandom(1);
        for (int pass = 0; pass < 3; pass++) {
        for (int i = 1; i < a.length; i++) {
            String[] dk = a[i].split("x"); int d = Integer.parseInt(dk[0]), kp = Integer.parseInt(dk[1]);
            float[] x = new float[rows * d], wt = new float[kp * d], bp = new float[kp], z = new float[rows * kp], z2 = new float[rows * kp], xp = new float[rows * d];
            for (int q = 0; q < x.length; q++) x[q] = (float) rng.nextGaussian();
            for (int q = 0; q < wt.length; q++) wt[q] = (float) rng.nextGaussian();
            for (int q = 0; q < kp; q++) bp[q] = (float) rng.nextGaussian();
            double flop = 2.0 * rows * d * kp;
            double[] ta = new double[15], tb = new double[15], tp = new double[15];
            for (int r = 0; r < ta.length + 5; r++) {
                long t0 = System.nanoTime();
                b.forwardZ(x, 0, 0, rows, 0, kp, d, kp, wt, bp, z);
                long t1 = System.nanoTime();
                b.packX(x, 0, rows, d, xp, 0, rows);
                long t2 = System.nanoTime();
                XpZ.forwardZ(x, 0, xp, rows, d, kp, wt, bp, z2);
                long t3 = System.nanoTime();
                if (r >= 5) { ta[r - 5] = flop / (t1 - t0); tb[r - 5] = flop / (t3 - t2); tp[r-5] = flop / (t3 - t1); }
            }
            if (!Arrays.equals(z, z2)) System.out.print(" MISMATCH");
            Arrays.sort(ta); Arrays.sort(tb); Arrays.sort(tp);
            if (pass > 0) System.out.printf(" d=%d k=%d: %.1f -> %.1f (with pack %.1f) |", d, kp, ta[7], tb[7], tp[7]);
        }
        if (pass > 0) System.out.println();
        }
    }
}
