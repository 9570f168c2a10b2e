package dev.twolayer.kernel;
import jdk.incubator.vector.*;
import java.util.*;
/** dW + W's step at d x 8 x rows: the kernel's weightGradUnpacked against replicas (dd8x2 to a tile, stepTile), and
 *  W at offsets wOff (floats) in a larger array. */
public final class DwStep2 {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static void stepTile(float[] upd, int o, int d, float[] src, int so, int ss, int units, int width, float lr) {
        final int L = 16;
        for (int u = 0; u < units; u++, o += d, so += ss)
            for (int v = 0; v < width; v += L)
                FloatVector.fromArray(S, upd, o + v).sub(FloatVector.fromArray(S, src, so + v).mul(lr)).intoArray(upd, o + v);
    }

    static void dd8x2step(float[] x, int d, int rows, float[] gp, int go, int p, float[] upd, int o, float lr) {
        final int L = 16;
        FloatVector zero = FloatVector.zero(S);
        FloatVector c0 = zero, c1 = zero, c2 = zero, c3 = zero, c4 = zero, c5 = zero, c6 = zero, c7 = zero;
        FloatVector e0 = zero, e1 = zero, e2 = zero, e3 = zero, e4 = zero, e5 = zero, e6 = zero, e7 = zero;
        for (int i = 0; i < rows; i++) {
            int gi = go + i * L, xi = i * d + p;
            FloatVector x0 = FloatVector.fromArray(S, x, xi), x1 = FloatVector.fromArray(S, x, xi + L), g;
            g = FloatVector.broadcast(S, gp[gi]); c0 = g.fma(x0, c0); e0 = g.fma(x1, e0);
            g = FloatVector.broadcast(S, gp[gi + 1]); c1 = g.fma(x0, c1); e1 = g.fma(x1, e1);
            g = FloatVector.broadcast(S, gp[gi + 2]); c2 = g.fma(x0, c2); e2 = g.fma(x1, e2);
            g = FloatVector.broadcast(S, gp[gi + 3]); c3 = g.fma(x0, c3); e3 = g.fma(x1, e3);
            g = FloatVector.broadcast(S, gp[gi + 4]); c4 = g.fma(x0, c4); e4 = g.fma(x1, e4);
            g = FloatVector.broadcast(S, gp[gi + 5]); c5 = g.fma(x0, c5); e5 = g.fma(x1, e5);
            g = FloatVector.broadcast(S, gp[gi + 6]); c6 = g.fma(x0, c6); e6 = g.fma(x1, e6);
            g = FloatVector.broadcast(S, gp[gi + 7]); c7 = g.fma(x0, c7); e7 = g.fma(x1, e7);
        }
        st(upd, o, c0, e0, lr); st(upd, o + d, c1, e1, lr); st(upd, o + 2 * d, c2, e2, lr); st(upd, o + 3 * d, c3, e3, lr);
        st(upd, o + 4 * d, c4, e4, lr); st(upd, o + 5 * d, c5, e5, lr); st(upd, o + 6 * d, c6, e6, lr); st(upd, o + 7 * d, c7, e7, lr);
    }
    private static void st(float[] upd, int o, FloatVector c, FloatVector e, float lr) {
        FloatVector.fromArray(S, upd, o).sub(c.mul(lr)).intoArray(upd, o);
        FloatVector.fromArray(S, upd, o + 16).sub(e.mul(lr)).intoArray(upd, o + 16);
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
                for (int it = 0; it < n; it++) for (int p = 0; p < d; p += 32) dd8x2step(x, d, rows, gp, 0, p, w, wOff + p, 1e-9f);
                long t2 = System.nanoTime();
                sb.append(String.format(" %d:%.2f", wOff, (t1 - t0) / 1e3 / n));
                sk.append(String.format(" %d:%.2f", wOff, (t2 - t1) / 1e3 / n));
            }
            System.out.println("d=" + d + " replica by W offset (floats):" + sb);
            System.out.println("d=" + d + " in-register step by W offset (floats):" + sk);
        }
    }
}
