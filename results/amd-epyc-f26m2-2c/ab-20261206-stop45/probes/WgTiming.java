package dev.twolayer.kernel;

import java.util.SplittableRandom;

/** Throwaway: weightGradSegments alone at d, k, rows (upd and grad sized for rows dp apart). */
public class WgTiming {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rows = Integer.parseInt(a[2]);
        boolean keep = a.length > 3;
        int dp = VectorKernel.segmentStride(d), L = 16, kp = (k + L - 1) / L * L;
        VectorBody b = new VectorBody512();
        SplittableRandom r = new SplittableRandom(2);
        float[] x = new float[rows * d], gp = new float[rows * kp], upd = new float[k * dp + L], grad = new float[k * dp + L];
        float[] scratch = new float[VectorBody.segmentScratchFloats(rows, L)];
        for (float[] v : new float[][] {x, gp, upd}) for (int i = 0; i < v.length; i++) v[i] = (float) r.nextGaussian();
        int n = Math.max(1000, 20_000_000 / (k * rows));
        for (int rep = 0; rep < 6; rep++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) b.weightGradSegments(x, 0, rows, d, dp, gp, k, keep ? grad : null, upd, 1e-7f, scratch);
            System.out.printf("d=%d k=%d rows=%d: %.1f ns%n", d, k, rows, (System.nanoTime() - t0) / (double) n);
        }
    }
}
