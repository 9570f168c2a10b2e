package dev.twolayer.kernel;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Probe: p10 time of the dot form's batch-1 forward (forwardZDot) and W step (weightGradRows) at d given, k. */
public final class DotTailTiming {
    interface Phase { void run(); }

    static double time(Phase ph, int reps) {
        double[] t = new double[200];
        for (int r = 0; r < t.length + 200; r++) {
            long t0 = System.nanoTime();
            for (int q = 0; q < reps; q++) ph.run();
            if (r >= 200) t[r - 200] = (System.nanoTime() - t0) / (double) reps;
        }
        Arrays.sort(t);
        return t[t.length / 10];
    }

    public static void main(String[] a) {
        int k = Integer.parseInt(a[0]);
        VectorBody b = new VectorBody512();
        int L = b.lanes();
        for (int round = 0; round < 3; round++)
            for (int ai = 1; ai < a.length; ai++) {
                int d = Integer.parseInt(a[ai]), n = 64, kp = (k + L - 1) / L * L;
                SplittableRandom rnd = new SplittableRandom(3);
                float[] x = new float[n * d], p = new float[k * d + 2 * k + 1 + 64], z = new float[kp], y = new float[1];
                float[] gp = new float[kp], grad = new float[k * d];
                int[] units = new int[kp];
                for (int i = 0; i < x.length; i++) x[i] = (float) rnd.nextGaussian();
                for (int i = 0; i < p.length; i++) p[i] = (float) rnd.nextGaussian() * 1e-3f;
                for (int i = 0; i < k; i++) gp[i] = i % 2 == 0 ? 0f : (float) rnd.nextGaussian();
                int reps = Math.max(1, (int) (2e5 / ((double) d * k)));
                for (int row : new int[] {0, n - 1}) {
                    int off = row * d;
                    double fz = time(() -> b.forwardZDot(p, k, x, off, 1, d, kp, k * d, false, z, true, k * d + k,
                            0f, 0f, y, 0), reps);
                    double wg = time(() -> b.weightGradRows(x, off, 1, d, gp, k, grad, 0, 0, kp, false, p, false,
                            1e-9f, 0, units), reps);
                    System.out.printf("round %d d=%d k=%d row %d: forward %.1f ns, W step %.1f ns%n", round, d, k, row,
                            fz, wg);
                }
            }
    }
}
