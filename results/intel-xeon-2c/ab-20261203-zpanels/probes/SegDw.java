package dev.twolayer.kernel;
import java.util.*;
import java.lang.foreign.*;
import java.nio.ByteOrder;
import jdk.incubator.vector.*;
/** dW's 6 x 4L tile over 16-unit panels: arrays (data start chosen mod 64) vs 64-byte-aligned off-heap segments. */
public final class SegDw {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static void dd6x4(float[] xp, int xo, int rows, float[] gp, int go, int d, int j, int p, float[] grad) {
        final int L = S.length();
        int o0 = j * d + p;
        FloatVector c00 = FloatVector.zero(S), c01 = c00, c02 = c00, c03 = c00;
        FloatVector c10 = FloatVector.zero(S), c11 = c10, c12 = c10, c13 = c10;
        FloatVector c20 = FloatVector.zero(S), c21 = c20, c22 = c20, c23 = c20;
        FloatVector c30 = FloatVector.zero(S), c31 = c30, c32 = c30, c33 = c30;
        FloatVector c40 = FloatVector.zero(S), c41 = c40, c42 = c40, c43 = c40;
        FloatVector c50 = FloatVector.zero(S), c51 = c50, c52 = c50, c53 = c50;
        for (int i = 0; i < rows; i++) {
            int gi = go + i * L, xi = xo + i * (4 * L);
            FloatVector x0 = FloatVector.fromArray(S, xp, xi + 0 * L);
            FloatVector x1 = FloatVector.fromArray(S, xp, xi + 1 * L);
            FloatVector x2 = FloatVector.fromArray(S, xp, xi + 2 * L);
            FloatVector x3 = FloatVector.fromArray(S, xp, xi + 3 * L);
            FloatVector g0 = FloatVector.broadcast(S, gp[gi + 0]);
            c00 = g0.fma(x0, c00); c01 = g0.fma(x1, c01); c02 = g0.fma(x2, c02); c03 = g0.fma(x3, c03);
            FloatVector g1 = FloatVector.broadcast(S, gp[gi + 1]);
            c10 = g1.fma(x0, c10); c11 = g1.fma(x1, c11); c12 = g1.fma(x2, c12); c13 = g1.fma(x3, c13);
            FloatVector g2 = FloatVector.broadcast(S, gp[gi + 2]);
            c20 = g2.fma(x0, c20); c21 = g2.fma(x1, c21); c22 = g2.fma(x2, c22); c23 = g2.fma(x3, c23);
            FloatVector g3 = FloatVector.broadcast(S, gp[gi + 3]);
            c30 = g3.fma(x0, c30); c31 = g3.fma(x1, c31); c32 = g3.fma(x2, c32); c33 = g3.fma(x3, c33);
            FloatVector g4 = FloatVector.broadcast(S, gp[gi + 4]);
            c40 = g4.fma(x0, c40); c41 = g4.fma(x1, c41); c42 = g4.fma(x2, c42); c43 = g4.fma(x3, c43);
            FloatVector g5 = FloatVector.broadcast(S, gp[gi + 5]);
            c50 = g5.fma(x0, c50); c51 = g5.fma(x1, c51); c52 = g5.fma(x2, c52); c53 = g5.fma(x3, c53);
        }
        c00.intoArray(grad, o0 + 0 * d); c01.intoArray(grad, o0 + 0 * d + L); c02.intoArray(grad, o0 + 0 * d + 2 * L); c03.intoArray(grad, o0 + 0 * d + 3 * L);
        c10.intoArray(grad, o0 + 1 * d); c11.intoArray(grad, o0 + 1 * d + L); c12.intoArray(grad, o0 + 1 * d + 2 * L); c13.intoArray(grad, o0 + 1 * d + 3 * L);
        c20.intoArray(grad, o0 + 2 * d); c21.intoArray(grad, o0 + 2 * d + L); c22.intoArray(grad, o0 + 2 * d + 2 * L); c23.intoArray(grad, o0 + 2 * d + 3 * L);
        c30.intoArray(grad, o0 + 3 * d); c31.intoArray(grad, o0 + 3 * d + L); c32.intoArray(grad, o0 + 3 * d + 2 * L); c33.intoArray(grad, o0 + 3 * d + 3 * L);
        c40.intoArray(grad, o0 + 4 * d); c41.intoArray(grad, o0 + 4 * d + L); c42.intoArray(grad, o0 + 4 * d + 2 * L); c43.intoArray(grad, o0 + 4 * d + 3 * L);
        c50.intoArray(grad, o0 + 5 * d); c51.intoArray(grad, o0 + 5 * d + L); c52.intoArray(grad, o0 + 5 * d + 2 * L); c53.intoArray(grad, o0 + 5 * d + 3 * L);
    }
    static void dd6x4(MemorySegment xp, long xo, int rows, MemorySegment gp, long go, int d, int j, int p, float[] grad) {
        final int L = S.length();
        int o0 = j * d + p;
        FloatVector c00 = FloatVector.zero(S), c01 = c00, c02 = c00, c03 = c00;
        FloatVector c10 = FloatVector.zero(S), c11 = c10, c12 = c10, c13 = c10;
        FloatVector c20 = FloatVector.zero(S), c21 = c20, c22 = c20, c23 = c20;
        FloatVector c30 = FloatVector.zero(S), c31 = c30, c32 = c30, c33 = c30;
        FloatVector c40 = FloatVector.zero(S), c41 = c40, c42 = c40, c43 = c40;
        FloatVector c50 = FloatVector.zero(S), c51 = c50, c52 = c50, c53 = c50;
        for (int i = 0; i < rows; i++) {
            long gi = go + (long) i * L * 4, xi = xo + (long) i * (4 * L) * 4;
            FloatVector x0 = FloatVector.fromMemorySegment(S, xp, xi + 0 * L * 4, ByteOrder.nativeOrder());
            FloatVector x1 = FloatVector.fromMemorySegment(S, xp, xi + 1 * L * 4, ByteOrder.nativeOrder());
            FloatVector x2 = FloatVector.fromMemorySegment(S, xp, xi + 2 * L * 4, ByteOrder.nativeOrder());
            FloatVector x3 = FloatVector.fromMemorySegment(S, xp, xi + 3 * L * 4, ByteOrder.nativeOrder());
            FloatVector g0 = FloatVector.broadcast(S, gp.get(ValueLayout.JAVA_FLOAT_UNALIGNED, gi + 0 * 4));
            c00 = g0.fma(x0, c00); c01 = g0.fma(x1, c01); c02 = g0.fma(x2, c02); c03 = g0.fma(x3, c03);
            FloatVector g1 = FloatVector.broadcast(S, gp.get(ValueLayout.JAVA_FLOAT_UNALIGNED, gi + 1 * 4));
            c10 = g1.fma(x0, c10); c11 = g1.fma(x1, c11); c12 = g1.fma(x2, c12); c13 = g1.fma(x3, c13);
            FloatVector g2 = FloatVector.broadcast(S, gp.get(ValueLayout.JAVA_FLOAT_UNALIGNED, gi + 2 * 4));
            c20 = g2.fma(x0, c20); c21 = g2.fma(x1, c21); c22 = g2.fma(x2, c22); c23 = g2.fma(x3, c23);
            FloatVector g3 = FloatVector.broadcast(S, gp.get(ValueLayout.JAVA_FLOAT_UNALIGNED, gi + 3 * 4));
            c30 = g3.fma(x0, c30); c31 = g3.fma(x1, c31); c32 = g3.fma(x2, c32); c33 = g3.fma(x3, c33);
            FloatVector g4 = FloatVector.broadcast(S, gp.get(ValueLayout.JAVA_FLOAT_UNALIGNED, gi + 4 * 4));
            c40 = g4.fma(x0, c40); c41 = g4.fma(x1, c41); c42 = g4.fma(x2, c42); c43 = g4.fma(x3, c43);
            FloatVector g5 = FloatVector.broadcast(S, gp.get(ValueLayout.JAVA_FLOAT_UNALIGNED, gi + 5 * 4));
            c50 = g5.fma(x0, c50); c51 = g5.fma(x1, c51); c52 = g5.fma(x2, c52); c53 = g5.fma(x3, c53);
        }
        c00.intoArray(grad, o0 + 0 * d); c01.intoArray(grad, o0 + 0 * d + L); c02.intoArray(grad, o0 + 0 * d + 2 * L); c03.intoArray(grad, o0 + 0 * d + 3 * L);
        c10.intoArray(grad, o0 + 1 * d); c11.intoArray(grad, o0 + 1 * d + L); c12.intoArray(grad, o0 + 1 * d + 2 * L); c13.intoArray(grad, o0 + 1 * d + 3 * L);
        c20.intoArray(grad, o0 + 2 * d); c21.intoArray(grad, o0 + 2 * d + L); c22.intoArray(grad, o0 + 2 * d + 2 * L); c23.intoArray(grad, o0 + 2 * d + 3 * L);
        c30.intoArray(grad, o0 + 3 * d); c31.intoArray(grad, o0 + 3 * d + L); c32.intoArray(grad, o0 + 3 * d + 2 * L); c33.intoArray(grad, o0 + 3 * d + 3 * L);
        c40.intoArray(grad, o0 + 4 * d); c41.intoArray(grad, o0 + 4 * d + L); c42.intoArray(grad, o0 + 4 * d + 2 * L); c43.intoArray(grad, o0 + 4 * d + 3 * L);
        c50.intoArray(grad, o0 + 5 * d); c51.intoArray(grad, o0 + 5 * d + L); c52.intoArray(grad, o0 + 5 * d + 2 * L); c53.intoArray(grad, o0 + 5 * d + 3 * L);
    }
    public static void main(String[] a) throws Exception {
        java.lang.reflect.Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe"); f.setAccessible(true); Align.U = (sun.misc.Unsafe) f.get(null);
        int rows = 256, d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), L = 16;
        SplittableRandom r = new SplittableRandom(1);
        Arena arena = Arena.ofShared();
        MemorySegment sx = arena.allocate(4L * rows * d, 64), sg = arena.allocate(4L * rows * k, 64);
        float[] grad = new float[k * d];
        for (int pass = 0; pass < 4; pass++) {
            StringBuilder sb = new StringBuilder("pass " + pass + ":");
            for (int off : new int[] {0, 16, 32}) {
                float[] xp = Align.at(rows * d, off), gp = Align.at(rows * k, off);
                for (int q = 0; q < xp.length; q++) xp[q] = (float) r.nextGaussian();
                for (int q = 0; q < gp.length; q++) gp[q] = (float) r.nextGaussian();
                MemorySegment.copy(xp, 0, sx, ValueLayout.JAVA_FLOAT, 0, xp.length);
                MemorySegment.copy(gp, 0, sg, ValueLayout.JAVA_FLOAT, 0, gp.length);
                int reps = 40;
                double[] ta = new double[reps], ts = new double[reps];
                for (int q = 0; q < reps; q++) {
                    long t0 = System.nanoTime();
                    for (int p = 0; p < d; p += 4 * L) for (int j0 = 0; j0 < k; j0 += L) for (int u = 0; u + 6 <= L; u += 6) dd6x4(xp, p * rows, rows, gp, j0 * rows + u, d, j0 + u, p, grad);
                    long t1 = System.nanoTime();
                    for (int p = 0; p < d; p += 4 * L) for (int j0 = 0; j0 < k; j0 += L) for (int u = 0; u + 6 <= L; u += 6) dd6x4(sx, 4L * p * rows, rows, sg, 4L * (j0 * rows + u), d, j0 + u, p, grad);
                    long t2 = System.nanoTime();
                    ta[q] = t1 - t0; ts[q] = t2 - t1;
                }
                Arrays.sort(ta); Arrays.sort(ts);
                double fl = 2.0 * rows * d * (k / 16 * 12);
                sb.append(String.format(" | arrays at %d: %.1f, segment: %.1f GFLOP/s", off, fl / ta[reps / 2], fl / ts[reps / 2]));
                Align.keep.clear();
            }
            System.out.println(sb);
        }
    }
}
