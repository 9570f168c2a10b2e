package dev.twolayer.kernel;
import dev.twolayer.model.*;
import java.util.SplittableRandom;
/** Whole steps of the samples form with d inputs at several chunk sizes (0: the default). */
public class ChunkProbe {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rows = Integer.parseInt(a[2]);
        ModelSpec spec = ModelSpec.of(d, k);
        VectorKernel kern = new VectorKernel();
        float[] p = Init.he().create(spec, 2024).params(), g = new float[p.length];
        SplittableRandom r = new SplittableRandom(1);
        float[] x = new float[rows * d], y = new float[rows];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = (float) r.nextGaussian();
        int[] chunks = {0, 128, 256, 512, 1024, 2048};
        VectorWorkspace[] ws = new VectorWorkspace[chunks.length];
        for (int c = 0; c < chunks.length; c++) ws[c] = kern.newWorkspace(spec, rows, chunks[c], true, true);
        double[] best = new double[chunks.length];
        java.util.Arrays.fill(best, 1e18);
        int n = Math.max(200, (int) (2e8 / ((long) rows * (d + 4) * k)));
        for (int rep = 0; rep < 8; rep++)
            for (int c = 0; c < chunks.length; c++) {
                double s = 0;
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) s += kern.sgdStep(spec, p, x, y, null, 0, rows, 0.5 / rows, 1e-6f, g, false, ws[c]);
                if (rep >= 2) best[c] = Math.min(best[c], (System.nanoTime() - t0) / (double) n);
                if (s == 42) System.out.println();
            }
        StringBuilder sb = new StringBuilder("d=" + d + " k=" + k + " rows=" + rows + ":");
        for (int c = 0; c < chunks.length; c++) sb.append(String.format(" chunk %d (%d rows) %.0f ns;", chunks[c], ws[c].samplesRows, best[c]));
        System.out.println(sb);
    }
}
