package dev.twolayer.kernel;
import jdk.incubator.vector.*;
import java.util.*;
/** dW + W's step at d x 8 x rows: the kernel's weightGradUnpacked against replicas (dd8x2 to a tile, stepTile), and
 *  W at offsets wOff (floats) in a larger array. */
public final class DwStep {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static void stepTile(float[] upd, int o, int d, float[] src, int so, int ss, int units, int width, float lr) {
        final int L = 16;
        for (int u = 0; u < units; u++, o += d, so += ss)
            for (int v = 0; v < width; v += L)
                FloatVector.fromArray(S, upd, o + v).sub(FloatVector.fromArray(S, src, so + v).mul(lr)).intoArray(upd, o + v);
    }
    public static void main(String[] a) throws Exception {
        VectorKernel vk = (VectorKernel) Kernels.byName("vector");
        var bf = VectorKernel.class.getDeclaredField("body"); bf.setAccessible(true);
        VectorBody body = (VectorBody) bf.get(vk);
        int d = Integer.parseInt(a[0]), rows = Integer.parseInt(a[1]);
        SplittableRandom r = new SplittableRandom(3);
        float[] x = new float[rows * d], gp = new float[16 + rows * 16];
        for (int q = 0; q < x.length; q++) x[q] = (float) r.nextGaussian();
        for (int q = 0; q < gp.length; q++) gp[q] = (float) (r.nextGaussian() * 1e-3);
        float[] tile = new float[VectorBody.UNPACKED_SCRATCH_FLOATS], g = new float[8 * d + 1200];
        float[] w = new float[8 * d + 1200];
        for (int q = 0; q < w.length; q++) w[q] = (float) r.nextGaussian();
        int n = 4000;
        for (int rep = 0; rep < 3; rep++) {
            StringBuilder sb = new StringBuilder(), sk = new StringBuilder();
            for (int wOff = 0; wOff < 1024 + 32; wOff += 64) {
                long t0 = System.nanoTime();
                for (int it = 0; it < n; it++)
                    for (int p = 0; p < d; p += 32) {
                        DwProbe.dd8x2(x, d, rows, gp, 0, p, tile, VectorWorkspace.ALIGN, 32);
                        stepTile(w, wOff + p, d, tile, VectorWorkspace.ALIGN, 32, 8, 32, 1e-9f);
                    }
                long t1 = System.nanoTime();
                for (int it = 0; it < n; it++) body.weightGradUnpacked(x, 0, rows, d, gp, 8, g, wOff, 0, 16, false, w, false, 1e-9f, tile);
                long t2 = System.nanoTime();
                sb.append(String.format(" %d:%.2f", wOff, (t1 - t0) / 1e3 / n));
                sk.append(String.format(" %d:%.2f", wOff, (t2 - t1) / 1e3 / n));
            }
            System.out.println("d=" + d + " replica by W offset (floats):" + sb);
            System.out.println("d=" + d + " kernel  by W offset (floats):" + sk);
        }
    }
}
