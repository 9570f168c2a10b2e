package dev.twolayer.kernel;
import java.util.*;
public final class Dw2 {
    public static void main(String[] a) {
        int rows = Integer.parseInt(a[0]);
        VectorBody b = new VectorBody512();
        SplittableRandom rng = new SplittableRandom(1);
        for (int pass = 0; pass < 3; pass++) {
        for (int i = 1; i < a.length; i++) {
            String[] dk = a[i].split("x"); int d = Integer.parseInt(dk[0]), k = Integer.parseInt(dk[1]);
            float[] x = new float[rows * d], gp = new float[rows * k], xp = new float[rows * d], grad = new float[k * d];
            for (int q = 0; q < x.length; q++) x[q] = (float) rng.nextGaussian();
            for (int q = 0; q < gp.length; q++) gp[q] = (float) rng.nextGaussian();
            b.packX(x, 0, rows, d, xp, 0, rows);
            int block = Math.max(64, (1 << 18) / rows / 64 * 64);
            double flop = 2.0 * rows * d * k;
            double[] tf = new double[15];
            for (int r = 0; r < tf.length + 5; r++) {
                long t0 = System.nanoTime();
                for (int jb = 0; jb < k; jb += block) b.weightGradDirect(x, 0, rows, d, gp, k, xp, grad, 0, jb, Math.min(k, jb + block), false);
                if (r >= 5) tf[r - 5] = flop / (System.nanoTime() - t0);
            }
            Arrays.sort(tf);
            if (pass > 0) System.out.printf(" d=%d k=%d: %.1f", d, k, tf[7]);
        }
        if (pass > 0) System.out.println();
        }
    }
}
