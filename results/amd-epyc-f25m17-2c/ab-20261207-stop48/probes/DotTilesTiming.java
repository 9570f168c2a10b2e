package dev.twolayer.kernel;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Probe (not a test): p10 time of the dot tiles' forward (forwardZDotTiles) and dW (weightGradUnpacked) of one call
 * of n rows, for each d given, X at offset 0 and at xoff floats (X's last row ends the array). Compile against
 * target/classes; args: n xoff k d...
 */
public final class DotTilesTiming {
    interface Phase { void run(); }

    static double time(Phase ph, int reps) {
        double[] t = new double[200];
        for (int r = 0; r < t.length + 100; r++) {
            long t0 = System.nanoTime();
            for (int q = 0; q < reps; q++) ph.run();
            if (r >= 100) t[r - 100] = (System.nanoTime() - t0) / (double) reps;
        }
        Arrays.sort(t);
        return t[t.length / 10];
    }

    public static void main(String[] a) {
        int n = Integer.parseInt(a[0]), xoff = Integer.parseInt(a[1]), k = Integer.parseInt(a[2]);
        VectorBody b = new VectorBody512();
        int L = b.lanes();
        for (int round = 0; round < 2; round++)
            for (int ai = 3; ai < a.length; ai++) {
                int d = Integer.parseInt(a[ai]), ws = VectorKernel.dotTilesStride(d);
                SplittableRandom rnd = new SplittableRandom(3);
                float[] x = new float[xoff + n * d], w = new float[16 + k * ws], bp = new float[L], z = new float[n * L];
                float[] gp = new float[n * L], grad = new float[k * d], tile = new float[VectorBody.UNPACKED_SCRATCH_FLOATS];
                for (int i = 0; i < x.length; i++) x[i] = (float) rnd.nextGaussian();
                for (int u = 0; u < k; u++) for (int p = 0; p < d; p++) w[16 + u * ws + p] = (float) rnd.nextGaussian();
                for (int i = 0; i < gp.length; i++) gp[i] = (float) rnd.nextGaussian();
                int reps = Math.max(1, (int) (2e6 / ((double) n * d * k)));
                for (int off : new int[] {0, xoff}) {
                    double fz = time(() -> b.forwardZDotTiles(x, off, 0, n, d, w, 16, ws, k, bp, z), reps);
                    double wg = time(() -> b.weightGradUnpacked(x, off, n, d, gp, k, grad, 0, 0, L, false, null, true,
                            0f, tile), reps);
                    double flop = 2.0 * n * d * k;
                    System.out.printf("round %d d=%d k=%d x at %d: forward %.2f us (%.1f GFLOP/s), dW %.2f us (%.1f GFLOP/s)%n",
                            round, d, k, off, fz / 1e3, flop / fz, wg / 1e3, flop / wg);
                }
            }
    }
}
