package dev.twolayer.kernel;
import jdk.incubator.vector.*;
import java.util.*;
/** dW = G^T X for 8 units over rows of d floats (d=1024: 4 KiB apart): dd8x2 as in the kernel (g broadcast from
 *  gp) against the same tiles reading g pre-broadcast (one vector load per unit and row). */
public final class DwProbe {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static float sink;
    static void dd8x2(float[] x, int d, int rows, float[] gp, int go, int p, float[] out, int oo, int os) {
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
        int s0 = oo;
        c0.intoArray(out, s0); c1.intoArray(out, s0 + os); c2.intoArray(out, s0 + 2 * os); c3.intoArray(out, s0 + 3 * os);
        c4.intoArray(out, s0 + 4 * os); c5.intoArray(out, s0 + 5 * os); c6.intoArray(out, s0 + 6 * os); c7.intoArray(out, s0 + 7 * os);
        e0.intoArray(out, s0 + L); e1.intoArray(out, s0 + os + L); e2.intoArray(out, s0 + 2 * os + L); e3.intoArray(out, s0 + 3 * os + L);
        e4.intoArray(out, s0 + 4 * os + L); e5.intoArray(out, s0 + 5 * os + L); e6.intoArray(out, s0 + 6 * os + L); e7.intoArray(out, s0 + 7 * os + L);
    }
    /** gb: row i's unit u at (i * 8 + u) * 16, 16 copies. */
    static void dd8x2b(float[] x, int d, int rows, float[] gb, int p, float[] out, int oo, int os) {
        final int L = 16;
        FloatVector zero = FloatVector.zero(S);
        FloatVector c0 = zero, c1 = zero, c2 = zero, c3 = zero, c4 = zero, c5 = zero, c6 = zero, c7 = zero;
        FloatVector e0 = zero, e1 = zero, e2 = zero, e3 = zero, e4 = zero, e5 = zero, e6 = zero, e7 = zero;
        for (int i = 0; i < rows; i++) {
            int gi = i * 8 * L + 16, xi = i * d + p;
            FloatVector x0 = FloatVector.fromArray(S, x, xi), x1 = FloatVector.fromArray(S, x, xi + L), g;
            g = FloatVector.fromArray(S, gb, gi); c0 = g.fma(x0, c0); e0 = g.fma(x1, e0);
            g = FloatVector.fromArray(S, gb, gi + L); c1 = g.fma(x0, c1); e1 = g.fma(x1, e1);
            g = FloatVector.fromArray(S, gb, gi + 2 * L); c2 = g.fma(x0, c2); e2 = g.fma(x1, e2);
            g = FloatVector.fromArray(S, gb, gi + 3 * L); c3 = g.fma(x0, c3); e3 = g.fma(x1, e3);
            g = FloatVector.fromArray(S, gb, gi + 4 * L); c4 = g.fma(x0, c4); e4 = g.fma(x1, e4);
            g = FloatVector.fromArray(S, gb, gi + 5 * L); c5 = g.fma(x0, c5); e5 = g.fma(x1, e5);
            g = FloatVector.fromArray(S, gb, gi + 6 * L); c6 = g.fma(x0, c6); e6 = g.fma(x1, e6);
            g = FloatVector.fromArray(S, gb, gi + 7 * L); c7 = g.fma(x0, c7); e7 = g.fma(x1, e7);
        }
        int s0 = oo;
        c0.intoArray(out, s0); c1.intoArray(out, s0 + os); c2.intoArray(out, s0 + 2 * os); c3.intoArray(out, s0 + 3 * os);
        c4.intoArray(out, s0 + 4 * os); c5.intoArray(out, s0 + 5 * os); c6.intoArray(out, s0 + 6 * os); c7.intoArray(out, s0 + 7 * os);
        e0.intoArray(out, s0 + L); e1.intoArray(out, s0 + os + L); e2.intoArray(out, s0 + 2 * os + L); e3.intoArray(out, s0 + 3 * os + L);
        e4.intoArray(out, s0 + 4 * os + L); e5.intoArray(out, s0 + 5 * os + L); e6.intoArray(out, s0 + 6 * os + L); e7.intoArray(out, s0 + 7 * os + L);
    }
    public static void main(String[] a) throws Exception {
        VectorKernel vk = (VectorKernel) Kernels.byName("vector");
        var bf = VectorKernel.class.getDeclaredField("body"); bf.setAccessible(true);
        VectorBody body = (VectorBody) bf.get(vk);
        int d = Integer.parseInt(a[0]), rows = Integer.parseInt(a[1]);
        SplittableRandom r = new SplittableRandom(3);
        float[] x = new float[16 + rows * d], gp = new float[16 + rows * 16], gb = new float[16 + rows * 8 * 16 + 16];
        for (int q = 0; q < x.length; q++) x[q] = (float) r.nextGaussian();
        for (int q = 0; q < gp.length; q++) gp[q] = (float) r.nextGaussian();
        for (int i = 0; i < rows; i++) for (int u = 0; u < 8; u++) for (int l = 0; l < 16; l++) gb[16 + (i * 8 + u) * 16 + l] = gp[i * 16 + u];
        float[] out = new float[16 + 8 * 32], tile = new float[VectorBody.UNPACKED_SCRATCH_FLOATS];
        int gOff = a.length > 2 ? Integer.parseInt(a[2]) : 0;
        float[] grad = new float[gOff + 8 * d + 64];
        int n = 20000;
        for (int rep = 0; rep < 8; rep++) {
            long t0 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int p = 0; p < d; p += 32) dd8x2(x, d, rows, gp, 0, p, out, 16, 32);
            long t1 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int p = 0; p < d; p += 32) dd8x2b(x, d, rows, gb, p, out, 16, 32);
            long t2 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int p = 0; p < d; p += 32) dd8x2(x, d, rows, gp, 0, p, grad, gOff + p, d);
            long t3 = System.nanoTime();
            for (int it = 0; it < n; it++) body.weightGradUnpacked(x, 0, rows, d, gp, 8, grad, 0, 0, 16, false, null, false, 1e-9f, tile);
            long t4 = System.nanoTime();
            if (rep >= 4) System.out.printf("   kernel's weightGradUnpacked %.2f us%n", (t4 - t3) / 1e3 / n);
            sink += out[20] + grad[77];
            double fl = 2.0 * rows * d * 8;
            if (rep >= 4) System.out.printf("d=%d rows=%d broadcast %.2f us (%.0f GFLOP/s) | pre-broadcast %.2f us (%.0f) | into rows d apart (+%d) %.2f us (%.0f)%n", d, rows,
                (t1 - t0) / 1e3 / n, fl / ((t1 - t0) / (double) n), (t2 - t1) / 1e3 / n, fl / ((t2 - t1) / (double) n), gOff, (t3 - t2) / 1e3 / n, fl / ((t3 - t2) / (double) n));
        }
    }
}
