package dev.twolayer.kernel;
import java.util.*;
import dev.twolayer.model.*;
/** d x k x B with the dot tiles: full sgdStep, forwardZDotTiles alone, weightGradUnpacked (with W's step) alone. */
public final class TileTime2 {
    static double sink;
    public static void main(String[] a) throws Exception {
        for (String shape : a) {
            String[] f = shape.split("x");
            int d = Integer.parseInt(f[0]), k = Integer.parseInt(f[1]), B = Integer.parseInt(f[2]);
            ModelSpec spec = ModelSpec.of(d, k);
            SplittableRandom r = new SplittableRandom(7);
            float[] x = new float[B * d], y = new float[B], p = new float[spec.paramCount()], g = new float[p.length];
            for (int q = 0; q < x.length; q++) x[q] = (float) r.nextGaussian();
            for (int q = 0; q < y.length; q++) y[q] = (float) r.nextGaussian();
            for (int q = 0; q < p.length; q++) p[q] = (float) (r.nextGaussian() * 0.03);
            VectorKernel vk = (VectorKernel) Kernels.byName("vector");
            var bf = VectorKernel.class.getDeclaredField("body"); bf.setAccessible(true);
            VectorBody body = (VectorBody) bf.get(vk);
            VectorWorkspace w = (VectorWorkspace) vk.newWorkspace(spec, B);
            float[] gp = new float[B * w.kp + 64], z = new float[B * w.lanes + 64];
            for (int q = 0; q < gp.length; q++) gp[q] = (float) (r.nextGaussian() * 0.01);
            float[] tile = new float[VectorBody.UNPACKED_SCRATCH_FLOATS];
            System.arraycopy(p, 0, w.wt, VectorWorkspace.ALIGN, k * d);
            float[] wt2 = new float[VectorWorkspace.ALIGN + k * (d + 16) + 64];
            for (int u = 0; u < k; u++) System.arraycopy(p, u * d, wt2, VectorWorkspace.ALIGN + u * (d + 16), d);
            int n = 20000;
            for (int rep = 0; rep < 6; rep++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) sink += vk.sgdStep(spec, p, x, y, null, 0, B, 1.0 / B, 1e-9f, g, false, w);
                long t1 = System.nanoTime();
                for (int i = 0; i < n; i++) body.forwardZDotTiles(x, 0, 0, B, d, w.wt, VectorWorkspace.ALIGN, d, k, w.bp, z);
                long t2 = System.nanoTime();
                for (int i = 0; i < n; i++) body.weightGradUnpacked(x, 0, B, d, gp, k, g, 0, 0, w.kp, false, null, false, 1e-9f, tile);
                long t3 = System.nanoTime();
                for (int i = 0; i < n; i++) body.weightGradUnpacked(x, 0, B, d, gp, k, g, 0, 0, w.kp, false, p, false, 1e-9f, tile);
                long t4 = System.nanoTime();
                double fl = 2.0 * B * d * k;
                if (rep >= 3) System.out.printf("%s step %.2f us | fwd tiles %.2f us (%.0f GFLOP/s) | dW alone %.2f us (%.0f) | dW+step %.2f us (%.0f GFLOP/s)%n", shape,
                    (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, fl / ((t2 - t1) / (double) n), (t3 - t2) / 1e3 / n, fl / ((t3 - t2) / (double) n), (t4 - t3) / 1e3 / n, fl / ((t4 - t3) / (double) n));
            }
        }
    }
}
