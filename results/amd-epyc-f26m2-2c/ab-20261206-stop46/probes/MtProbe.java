package dev.twolayer.kernel;
import dev.twolayer.model.*;
import java.util.SplittableRandom;
/** Two-thread steps by ParallelKernel with several shard sizes (in-JVM), against one thread. */
public class MtProbe {
    public static void main(String[] a) throws Exception {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rows = Integer.parseInt(a[2]);
        ModelSpec spec = ModelSpec.of(d, k);
        float[] p = Init.he().create(spec, 2024).params(), g = new float[p.length];
        SplittableRandom r = new SplittableRandom(1);
        float[] x = new float[rows * d], y = new float[rows];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = (float) r.nextGaussian();
        int[] shardRows = {0, 64, 256, 512, 1024, 2048, 8192};
        Kernel[] ks = new Kernel[shardRows.length];
        for (int c = 0; c < ks.length; c++) ks[c] = shardRows[c] == 0 ? new VectorKernel() : new ParallelKernel(new VectorKernel(), 2, shardRows[c], 16);
        Kernel.Workspace[] ws = new Kernel.Workspace[ks.length];
        for (int c = 0; c < ks.length; c++) ws[c] = ks[c].newWorkspace(spec, rows);
        double[] best = new double[ks.length]; java.util.Arrays.fill(best, 1e18);
        int n = Math.max(200, (int) (1e8 / ((long) rows * (d + 4) * k)));
        for (int rep = 0; rep < 8; rep++)
            for (int c = 0; c < ks.length; c++) {
                double s = 0; long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) s += ks[c].sgdStep(spec, p, x, y, null, 0, rows, 0.5 / rows, 1e-6f, g, false, ws[c]);
                if (rep >= 2) best[c] = Math.min(best[c], (System.nanoTime() - t0) / (double) n);
                if (s == 42) System.out.println();
            }
        StringBuilder sb = new StringBuilder(spec.d() + "x" + spec.k() + " rows=" + rows + ":");
        for (int c = 0; c < ks.length; c++) sb.append(String.format(" %s %.0f ns;", shardRows[c] == 0 ? "1 thread" : "shards of " + shardRows[c], best[c]));
        System.out.println(sb);
        System.exit(0);
    }
}
