package dev.twolayer.kernel;
import jdk.incubator.vector.*;
public final class Tile {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static float sink;
    static FloatVector lo(int b) { return FloatVector.fromArray(S, TRANSPOSE, 2 * b * S.length()); }
    static FloatVector hi(int b) { return FloatVector.fromArray(S, TRANSPOSE, (2 * b + 1) * S.length()); }
    static FloatVector row(float[] w, int s, int d, int r, int n) {
        return r < n ? FloatVector.fromArray(S, w, s + r * d) : FloatVector.zero(S);
    }
    static final float[] TRANSPOSE = transposeIndex();
    static float[] transposeIndex() {
        int L = S.length(), stages = Integer.numberOfTrailingZeros(L);
        float[] t = new float[2 * stages * L];
        for (int b = 0; b < stages; b++) {
            int bit = 1 << b;
            for (int c = 0; c < L; c++) {
                t[2 * b * L + c] = (c & bit) == 0 ? c : L + (c ^ bit);
                t[(2 * b + 1) * L + c] = (c & bit) == 0 ? (c | bit) : L + c;
            }
        }
        return t;
    }
    static void zt8x2(float[] s, int d, float[] w, int j0, int k, int offB, int zo) {
        final int L = S.length(), B = 2 * L;
        int u0 = Math.min(j0, k - 1), u1 = Math.min(j0 + 1, k - 1), u2 = Math.min(j0 + 2, k - 1);
        int u3 = Math.min(j0 + 3, k - 1), u4 = Math.min(j0 + 4, k - 1), u5 = Math.min(j0 + 5, k - 1);
        int u6 = Math.min(j0 + 6, k - 1), u7 = Math.min(j0 + 7, k - 1);
        FloatVector c00 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u0]), c01 = c00;
        FloatVector c10 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u1]), c11 = c10;
        FloatVector c20 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u2]), c21 = c20;
        FloatVector c30 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u3]), c31 = c30;
        FloatVector c40 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u4]), c41 = c40;
        FloatVector c50 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u5]), c51 = c50;
        FloatVector c60 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u6]), c61 = c60;
        FloatVector c70 = FloatVector.broadcast(S, offB < 0 ? 0f : w[offB + u7]), c71 = c70;
        int w0 = u0 * d, w1 = u1 * d, w2 = u2 * d, w3 = u3 * d, w4 = u4 * d, w5 = u5 * d, w6 = u6 * d, w7 = u7 * d;
        for (int p = 0; p < d; p++) {
            FloatVector x0 = FloatVector.fromArray(S, s, p * B), x1 = FloatVector.fromArray(S, s, p * B + L);
            FloatVector v = FloatVector.broadcast(S, w[w0 + p]);
            c00 = v.fma(x0, c00); c01 = v.fma(x1, c01);
            v = FloatVector.broadcast(S, w[w1 + p]);
            c10 = v.fma(x0, c10); c11 = v.fma(x1, c11);
            v = FloatVector.broadcast(S, w[w2 + p]);
            c20 = v.fma(x0, c20); c21 = v.fma(x1, c21);
            v = FloatVector.broadcast(S, w[w3 + p]);
            c30 = v.fma(x0, c30); c31 = v.fma(x1, c31);
            v = FloatVector.broadcast(S, w[w4 + p]);
            c40 = v.fma(x0, c40); c41 = v.fma(x1, c41);
            v = FloatVector.broadcast(S, w[w5 + p]);
            c50 = v.fma(x0, c50); c51 = v.fma(x1, c51);
            v = FloatVector.broadcast(S, w[w6 + p]);
            c60 = v.fma(x0, c60); c61 = v.fma(x1, c61);
            v = FloatVector.broadcast(S, w[w7 + p]);
            c70 = v.fma(x0, c70); c71 = v.fma(x1, c71);
        }
        int o = zo + j0 * B;
        c00.intoArray(s, o); c01.intoArray(s, o + L); c10.intoArray(s, o + B); c11.intoArray(s, o + B + L);
        c20.intoArray(s, o + 2 * B); c21.intoArray(s, o + 2 * B + L);
        c30.intoArray(s, o + 3 * B); c31.intoArray(s, o + 3 * B + L);
        c40.intoArray(s, o + 4 * B); c41.intoArray(s, o + 4 * B + L);
        c50.intoArray(s, o + 5 * B); c51.intoArray(s, o + 5 * B + L);
        c60.intoArray(s, o + 6 * B); c61.intoArray(s, o + 6 * B + L);
        c70.intoArray(s, o + 7 * B); c71.intoArray(s, o + 7 * B + L);
    }

    static void transpose16(float[] w, int s, int d, float[] wt, int o, int width, int nIn, int nOut) {
        FloatVector r0 = row(w, s, d, 0, nIn), r1 = row(w, s, d, 1, nIn);
        FloatVector r2 = row(w, s, d, 2, nIn), r3 = row(w, s, d, 3, nIn);
        FloatVector r4 = row(w, s, d, 4, nIn), r5 = row(w, s, d, 5, nIn);
        FloatVector r6 = row(w, s, d, 6, nIn), r7 = row(w, s, d, 7, nIn);
        FloatVector r8 = row(w, s, d, 8, nIn), r9 = row(w, s, d, 9, nIn);
        FloatVector r10 = row(w, s, d, 10, nIn), r11 = row(w, s, d, 11, nIn);
        FloatVector r12 = row(w, s, d, 12, nIn), r13 = row(w, s, d, 13, nIn);
        FloatVector r14 = row(w, s, d, 14, nIn), r15 = row(w, s, d, 15, nIn);
        FloatVector lo = lo(0), hi = hi(0);
        FloatVector t0 = lo.selectFrom(r0, r1), t1 = hi.selectFrom(r0, r1);
        FloatVector t2 = lo.selectFrom(r2, r3), t3 = hi.selectFrom(r2, r3);
        FloatVector t4 = lo.selectFrom(r4, r5), t5 = hi.selectFrom(r4, r5);
        FloatVector t6 = lo.selectFrom(r6, r7), t7 = hi.selectFrom(r6, r7);
        FloatVector t8 = lo.selectFrom(r8, r9), t9 = hi.selectFrom(r8, r9);
        FloatVector t10 = lo.selectFrom(r10, r11), t11 = hi.selectFrom(r10, r11);
        FloatVector t12 = lo.selectFrom(r12, r13), t13 = hi.selectFrom(r12, r13);
        FloatVector t14 = lo.selectFrom(r14, r15), t15 = hi.selectFrom(r14, r15);
        lo = lo(1);
        hi = hi(1);
        r0 = lo.selectFrom(t0, t2); r2 = hi.selectFrom(t0, t2); r1 = lo.selectFrom(t1, t3); r3 = hi.selectFrom(t1, t3);
        r4 = lo.selectFrom(t4, t6); r6 = hi.selectFrom(t4, t6); r5 = lo.selectFrom(t5, t7); r7 = hi.selectFrom(t5, t7);
        r8 = lo.selectFrom(t8, t10); r10 = hi.selectFrom(t8, t10);
        r9 = lo.selectFrom(t9, t11); r11 = hi.selectFrom(t9, t11);
        r12 = lo.selectFrom(t12, t14); r14 = hi.selectFrom(t12, t14);
        r13 = lo.selectFrom(t13, t15); r15 = hi.selectFrom(t13, t15);
        lo = lo(2);
        hi = hi(2);
        t0 = lo.selectFrom(r0, r4); t4 = hi.selectFrom(r0, r4); t1 = lo.selectFrom(r1, r5); t5 = hi.selectFrom(r1, r5);
        t2 = lo.selectFrom(r2, r6); t6 = hi.selectFrom(r2, r6); t3 = lo.selectFrom(r3, r7); t7 = hi.selectFrom(r3, r7);
        t8 = lo.selectFrom(r8, r12); t12 = hi.selectFrom(r8, r12);
        t9 = lo.selectFrom(r9, r13); t13 = hi.selectFrom(r9, r13);
        t10 = lo.selectFrom(r10, r14); t14 = hi.selectFrom(r10, r14);
        t11 = lo.selectFrom(r11, r15); t15 = hi.selectFrom(r11, r15);
        lo = lo(3);
        hi = hi(3);
        lo.selectFrom(t0, t8).intoArray(wt, o);
        if (nOut > 8) hi.selectFrom(t0, t8).intoArray(wt, o + 8 * width);
        if (nOut > 1) lo.selectFrom(t1, t9).intoArray(wt, o + width);
        if (nOut > 9) hi.selectFrom(t1, t9).intoArray(wt, o + 9 * width);
        if (nOut > 2) lo.selectFrom(t2, t10).intoArray(wt, o + 2 * width);
        if (nOut > 10) hi.selectFrom(t2, t10).intoArray(wt, o + 10 * width);
        if (nOut > 3) lo.selectFrom(t3, t11).intoArray(wt, o + 3 * width);
        if (nOut > 11) hi.selectFrom(t3, t11).intoArray(wt, o + 11 * width);
        if (nOut > 4) lo.selectFrom(t4, t12).intoArray(wt, o + 4 * width);
        if (nOut > 12) hi.selectFrom(t4, t12).intoArray(wt, o + 12 * width);
        if (nOut > 5) lo.selectFrom(t5, t13).intoArray(wt, o + 5 * width);
        if (nOut > 13) hi.selectFrom(t5, t13).intoArray(wt, o + 13 * width);
        if (nOut > 6) lo.selectFrom(t6, t14).intoArray(wt, o + 6 * width);
        if (nOut > 14) hi.selectFrom(t6, t14).intoArray(wt, o + 14 * width);
        if (nOut > 7) lo.selectFrom(t7, t15).intoArray(wt, o + 7 * width);
        if (nOut > 15) hi.selectFrom(t7, t15).intoArray(wt, o + 15 * width);
    }
    static final int[] TRANSPOSE_I = transposeIndexI();
    static int[] transposeIndexI() { float[] f = transposeIndex(); int[] r = new int[f.length]; for (int i = 0; i < f.length; i++) r[i] = (int) f[i]; return r; }
    static final VectorSpecies<Integer> SI = IntVector.SPECIES_512;
    static void transpose16i(float[] w, int s, int d, float[] wt, int o, int width) {
        IntVector a0 = FloatVector.fromArray(S, w, s + 0 * d).reinterpretAsInts();
        IntVector a1 = FloatVector.fromArray(S, w, s + 1 * d).reinterpretAsInts();
        IntVector a2 = FloatVector.fromArray(S, w, s + 2 * d).reinterpretAsInts();
        IntVector a3 = FloatVector.fromArray(S, w, s + 3 * d).reinterpretAsInts();
        IntVector a4 = FloatVector.fromArray(S, w, s + 4 * d).reinterpretAsInts();
        IntVector a5 = FloatVector.fromArray(S, w, s + 5 * d).reinterpretAsInts();
        IntVector a6 = FloatVector.fromArray(S, w, s + 6 * d).reinterpretAsInts();
        IntVector a7 = FloatVector.fromArray(S, w, s + 7 * d).reinterpretAsInts();
        IntVector a8 = FloatVector.fromArray(S, w, s + 8 * d).reinterpretAsInts();
        IntVector a9 = FloatVector.fromArray(S, w, s + 9 * d).reinterpretAsInts();
        IntVector a10 = FloatVector.fromArray(S, w, s + 10 * d).reinterpretAsInts();
        IntVector a11 = FloatVector.fromArray(S, w, s + 11 * d).reinterpretAsInts();
        IntVector a12 = FloatVector.fromArray(S, w, s + 12 * d).reinterpretAsInts();
        IntVector a13 = FloatVector.fromArray(S, w, s + 13 * d).reinterpretAsInts();
        IntVector a14 = FloatVector.fromArray(S, w, s + 14 * d).reinterpretAsInts();
        IntVector a15 = FloatVector.fromArray(S, w, s + 15 * d).reinterpretAsInts();
        IntVector lo0 = IntVector.fromArray(SI, TRANSPOSE_I, 0 * 16), hi0 = IntVector.fromArray(SI, TRANSPOSE_I, 1 * 16);
        IntVector b0_0 = lo0.selectFrom(a0, a1), b0_1 = hi0.selectFrom(a0, a1);
        IntVector b0_2 = lo0.selectFrom(a2, a3), b0_3 = hi0.selectFrom(a2, a3);
        IntVector b0_4 = lo0.selectFrom(a4, a5), b0_5 = hi0.selectFrom(a4, a5);
        IntVector b0_6 = lo0.selectFrom(a6, a7), b0_7 = hi0.selectFrom(a6, a7);
        IntVector b0_8 = lo0.selectFrom(a8, a9), b0_9 = hi0.selectFrom(a8, a9);
        IntVector b0_10 = lo0.selectFrom(a10, a11), b0_11 = hi0.selectFrom(a10, a11);
        IntVector b0_12 = lo0.selectFrom(a12, a13), b0_13 = hi0.selectFrom(a12, a13);
        IntVector b0_14 = lo0.selectFrom(a14, a15), b0_15 = hi0.selectFrom(a14, a15);
        IntVector lo1 = IntVector.fromArray(SI, TRANSPOSE_I, 2 * 16), hi1 = IntVector.fromArray(SI, TRANSPOSE_I, 3 * 16);
        IntVector b1_0 = lo1.selectFrom(b0_0, b0_2), b1_2 = hi1.selectFrom(b0_0, b0_2);
        IntVector b1_1 = lo1.selectFrom(b0_1, b0_3), b1_3 = hi1.selectFrom(b0_1, b0_3);
        IntVector b1_4 = lo1.selectFrom(b0_4, b0_6), b1_6 = hi1.selectFrom(b0_4, b0_6);
        IntVector b1_5 = lo1.selectFrom(b0_5, b0_7), b1_7 = hi1.selectFrom(b0_5, b0_7);
        IntVector b1_8 = lo1.selectFrom(b0_8, b0_10), b1_10 = hi1.selectFrom(b0_8, b0_10);
        IntVector b1_9 = lo1.selectFrom(b0_9, b0_11), b1_11 = hi1.selectFrom(b0_9, b0_11);
        IntVector b1_12 = lo1.selectFrom(b0_12, b0_14), b1_14 = hi1.selectFrom(b0_12, b0_14);
        IntVector b1_13 = lo1.selectFrom(b0_13, b0_15), b1_15 = hi1.selectFrom(b0_13, b0_15);
        IntVector lo2 = IntVector.fromArray(SI, TRANSPOSE_I, 4 * 16), hi2 = IntVector.fromArray(SI, TRANSPOSE_I, 5 * 16);
        IntVector b2_0 = lo2.selectFrom(b1_0, b1_4), b2_4 = hi2.selectFrom(b1_0, b1_4);
        IntVector b2_1 = lo2.selectFrom(b1_1, b1_5), b2_5 = hi2.selectFrom(b1_1, b1_5);
        IntVector b2_2 = lo2.selectFrom(b1_2, b1_6), b2_6 = hi2.selectFrom(b1_2, b1_6);
        IntVector b2_3 = lo2.selectFrom(b1_3, b1_7), b2_7 = hi2.selectFrom(b1_3, b1_7);
        IntVector b2_8 = lo2.selectFrom(b1_8, b1_12), b2_12 = hi2.selectFrom(b1_8, b1_12);
        IntVector b2_9 = lo2.selectFrom(b1_9, b1_13), b2_13 = hi2.selectFrom(b1_9, b1_13);
        IntVector b2_10 = lo2.selectFrom(b1_10, b1_14), b2_14 = hi2.selectFrom(b1_10, b1_14);
        IntVector b2_11 = lo2.selectFrom(b1_11, b1_15), b2_15 = hi2.selectFrom(b1_11, b1_15);
        IntVector lo3 = IntVector.fromArray(SI, TRANSPOSE_I, 6 * 16), hi3 = IntVector.fromArray(SI, TRANSPOSE_I, 7 * 16);
        IntVector b3_0 = lo3.selectFrom(b2_0, b2_8), b3_8 = hi3.selectFrom(b2_0, b2_8);
        IntVector b3_1 = lo3.selectFrom(b2_1, b2_9), b3_9 = hi3.selectFrom(b2_1, b2_9);
        IntVector b3_2 = lo3.selectFrom(b2_2, b2_10), b3_10 = hi3.selectFrom(b2_2, b2_10);
        IntVector b3_3 = lo3.selectFrom(b2_3, b2_11), b3_11 = hi3.selectFrom(b2_3, b2_11);
        IntVector b3_4 = lo3.selectFrom(b2_4, b2_12), b3_12 = hi3.selectFrom(b2_4, b2_12);
        IntVector b3_5 = lo3.selectFrom(b2_5, b2_13), b3_13 = hi3.selectFrom(b2_5, b2_13);
        IntVector b3_6 = lo3.selectFrom(b2_6, b2_14), b3_14 = hi3.selectFrom(b2_6, b2_14);
        IntVector b3_7 = lo3.selectFrom(b2_7, b2_15), b3_15 = hi3.selectFrom(b2_7, b2_15);
        b3_0.reinterpretAsFloats().intoArray(wt, o + 0 * width);
        b3_1.reinterpretAsFloats().intoArray(wt, o + 1 * width);
        b3_2.reinterpretAsFloats().intoArray(wt, o + 2 * width);
        b3_3.reinterpretAsFloats().intoArray(wt, o + 3 * width);
        b3_4.reinterpretAsFloats().intoArray(wt, o + 4 * width);
        b3_5.reinterpretAsFloats().intoArray(wt, o + 5 * width);
        b3_6.reinterpretAsFloats().intoArray(wt, o + 6 * width);
        b3_7.reinterpretAsFloats().intoArray(wt, o + 7 * width);
        b3_8.reinterpretAsFloats().intoArray(wt, o + 8 * width);
        b3_9.reinterpretAsFloats().intoArray(wt, o + 9 * width);
        b3_10.reinterpretAsFloats().intoArray(wt, o + 10 * width);
        b3_11.reinterpretAsFloats().intoArray(wt, o + 11 * width);
        b3_12.reinterpretAsFloats().intoArray(wt, o + 12 * width);
        b3_13.reinterpretAsFloats().intoArray(wt, o + 13 * width);
        b3_14.reinterpretAsFloats().intoArray(wt, o + 14 * width);
        b3_15.reinterpretAsFloats().intoArray(wt, o + 15 * width);
    }
    /** zt8x2 with W^T packed: wt[p * 16 + u]. */
    static void zt8x2p(float[] s, int d, float[] wt, int zo) {
        final int L = S.length(), B = 2 * L;
        FloatVector c00 = FloatVector.zero(S), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
        FloatVector c40 = c00, c41 = c00, c50 = c00, c51 = c00, c60 = c00, c61 = c00, c70 = c00, c71 = c00;
        for (int p = 0; p < d; p++) {
            FloatVector x0 = FloatVector.fromArray(S, s, p * B), x1 = FloatVector.fromArray(S, s, p * B + L);
            int o = p * 16;
            FloatVector v = FloatVector.broadcast(S, wt[o]);
            c00 = v.fma(x0, c00); c01 = v.fma(x1, c01);
            v = FloatVector.broadcast(S, wt[o + 1]);
            c10 = v.fma(x0, c10); c11 = v.fma(x1, c11);
            v = FloatVector.broadcast(S, wt[o + 2]);
            c20 = v.fma(x0, c20); c21 = v.fma(x1, c21);
            v = FloatVector.broadcast(S, wt[o + 3]);
            c30 = v.fma(x0, c30); c31 = v.fma(x1, c31);
            v = FloatVector.broadcast(S, wt[o + 4]);
            c40 = v.fma(x0, c40); c41 = v.fma(x1, c41);
            v = FloatVector.broadcast(S, wt[o + 5]);
            c50 = v.fma(x0, c50); c51 = v.fma(x1, c51);
            v = FloatVector.broadcast(S, wt[o + 6]);
            c60 = v.fma(x0, c60); c61 = v.fma(x1, c61);
            v = FloatVector.broadcast(S, wt[o + 7]);
            c70 = v.fma(x0, c70); c71 = v.fma(x1, c71);
        }
        int o = zo;
        c00.intoArray(s, o); c01.intoArray(s, o + L); c10.intoArray(s, o + B); c11.intoArray(s, o + B + L);
        c20.intoArray(s, o + 2 * B); c21.intoArray(s, o + 2 * B + L);
        c30.intoArray(s, o + 3 * B); c31.intoArray(s, o + 3 * B + L);
        c40.intoArray(s, o + 4 * B); c41.intoArray(s, o + 4 * B + L);
        c50.intoArray(s, o + 5 * B); c51.intoArray(s, o + 5 * B + L);
        c60.intoArray(s, o + 6 * B); c61.intoArray(s, o + 6 * B + L);
        c70.intoArray(s, o + 7 * B); c71.intoArray(s, o + 7 * B + L);
    }
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), n = Integer.parseInt(a[1]), rows = 32, k = 8;
        float[] x = new float[rows * d], w = new float[k * d + 64], s = new float[(d + 8) * 32], wt = new float[d * 16];
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < w.length; i++) w[i] = (float) r.nextGaussian() * 1e-3f;
        for (int i = 0; i < wt.length; i++) wt[i] = (float) r.nextGaussian() * 1e-3f;
        var bean = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        for (int rep = 0; rep < 8; rep++) {
            long a0 = bean.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < n; i++) transpose16i(x, 0, d, s, 0, 32);
            long a1 = bean.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < n; i++) transpose16(x, 0, d, s, 0, 32, 16, 16);
            long a2 = bean.getCurrentThreadAllocatedBytes();
            for (int i = 0; i < n; i++) zt8x2(s, d, w, 0, k, -1, d * 32);
            long a3 = bean.getCurrentThreadAllocatedBytes();
            if (rep >= 6) System.out.printf("bytes per call: int transpose %.1f, float transpose %.1f, zt8x2 %.1f%n", (a1 - a0) / (double) n, (a2 - a1) / (double) n, (a3 - a2) / (double) n);
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++)
                for (int h = 0; h < rows; h += 16)
                    for (int p = 0; p < d; p += 16) transpose16(x, h * d + p, d, s, p * 32 + h, 32, 16, 16);
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++)
                for (int h = 0; h < rows; h += 16)
                    for (int p = 0; p < d; p += 16) transpose16i(x, h * d + p, d, s, p * 32 + h, 32);
            long t1b = System.nanoTime();
            for (int i = 0; i < n; i++) zt8x2(s, d, w, 0, k, -1, d * 32);
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) zt8x2p(s, d, wt, d * 32);
            long t3 = System.nanoTime();
            if (rep >= 5) System.out.printf("d=%d: X^T %d transposes %.1f ns (%.1f each), zt8x2 %.1f ns, packed-W zt8x2 %.1f ns (%d FMAs), int transposes %.1f each%n", d, 2 * d / 16,
                    (t1 - t0) / (double) n, (t1 - t0) / (double) n / (2 * d / 16), (t2 - t1b) / (double) n, (t3 - t2) / (double) n, 16 * d, (t1b - t1) / (double) n / (2 * d / 16));
        }
        sink += s[d * 32];
    }
}
