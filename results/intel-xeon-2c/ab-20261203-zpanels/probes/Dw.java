package dev.twolayer.kernel;
import java.util.*;
/** weightGradDirect alone: rows x d x k, GFLOP/s median. */
public final class Dw {
    public static void main(String[] a) {
        int rows = Integer.parseInt(a[0]);
        VectorBody b = new VectorBody512(); int L = b.lanes();
        for (int pass = 0; pass < 3; pass++) {
            StringBuilder sb = new StringBuilder("pass " + pass + ":");
            for (int i = 1; i < a.length; i++) {
                String[] s = a[i].split("x"); int d = Integer.parseInt(s[0]), k = Integer.parseInt(s[1]);
                int kp = (k + L - 1) / L * L;
                SplittableRandom r = new SplittableRandom(5);
                float[] x = new float[rows * d], xp = new float[rows * d], gp = new float[rows * kp], grad = new float[k * d];
                for (int q = 0; q < x.length; q++) x[q] = (float) r.nextGaussian();
                for (int q = 0; q < gp.length; q++) gp[q] = (float) r.nextGaussian();
                b.packX(x, 0, rows, d, xp, 0, rows);
                int reps = Math.max(5, (int) (3e9 / (2.0 * rows * d * k)));
                double[] t = new double[reps];
                for (int q = 0; q < reps; q++) { long t0 = System.nanoTime(); b.weightGradDirect(x, 0, rows, d, gp, k, xp, grad, 0, 0, kp, false); t[q] = System.nanoTime() - t0; }
                Arrays.sort(t);
                sb.append(String.format(" %dx%d %.1f", d, k, 2.0 * rows * d * k / t[reps / 2]));
            }
            System.out.println(sb);
        }
    }
}
