package dev.twolayer.kernel;
import java.util.*;
public final class PackTiming {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rows = Integer.parseInt(a[2]);
        VectorBody b = new VectorBody512();
        int L = 16, kp = (k + L - 1) / L * L;
        float[] w = new float[k * d], wt = new float[kp * d], x = new float[rows * d], bp = new float[kp], z = new float[rows * kp];
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < w.length; i++) w[i] = (float) r.nextGaussian();
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        int[] rs = new int[2 * L];
        for (int l = 0; l < L; l++) { rs[l] = l * d; rs[L + l] = l < k % L ? l * d : 0; }
        for (int rep = 0; rep < 3; rep++) {
            double[] tp = new double[9], tz = new double[9], ti = new double[9];
            for (int t = 0; t < 12; t++) {
                long t0 = System.nanoTime();
                b.packTransposed(w, k, d, kp, rs, wt, 0, kp);
                long t1 = System.nanoTime();
                b.forwardZ(x, 0, 0, rows, 0, kp, d, kp, wt, bp, z);
                long t2 = System.nanoTime();
                for (int j = 0; j < kp; j += 4 * L) { int j2 = Math.min(kp, j + 4 * L); b.packTransposed(w, k, d, kp, rs, wt, j, j2); b.forwardZ(x, 0, 0, rows, j, j2, d, kp, wt, bp, z); }
                long t3 = System.nanoTime();
                if (t >= 3) { tp[t - 3] = (t1 - t0) / 1e3; tz[t - 3] = (t2 - t1) / 1e3; ti[t - 3] = (t3 - t2) / 1e3; }
            }
            Arrays.sort(tp); Arrays.sort(tz); Arrays.sort(ti);
            System.out.printf("d=%d k=%d rows=%d: pack %.0f us, forwardZ %.0f us (%.1f GFLOP/s); interleaved by panel %.0f us%n", d, k, rows, tp[4], tz[4], 2.0 * rows * d * k / tz[4] / 1e3, ti[4]);
        }
    }
}
