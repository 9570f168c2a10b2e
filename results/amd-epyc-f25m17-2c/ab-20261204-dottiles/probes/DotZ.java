package dev.twolayer.kernel;
import jdk.incubator.vector.*;
/** k=8, 32 rows: Z by 4x4 dot tiles (lane partial sums, reduced at the end) against pairs of rows. */
public final class DotZ {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static void dot4x4(float[] x, int xi, int d, float[] w, int wi, float[] out, int oi) {
        FloatVector z = FloatVector.zero(S);
        FloatVector c00 = z, c01 = z, c02 = z, c03 = z, c10 = z, c11 = z, c12 = z, c13 = z;
        FloatVector c20 = z, c21 = z, c22 = z, c23 = z, c30 = z, c31 = z, c32 = z, c33 = z;
        for (int p = 0; p < d; p += 16) {
            FloatVector w0 = FloatVector.fromArray(S, w, wi + p), w1 = FloatVector.fromArray(S, w, wi + d + p);
            FloatVector w2 = FloatVector.fromArray(S, w, wi + 2 * d + p), w3 = FloatVector.fromArray(S, w, wi + 3 * d + p);
            FloatVector x0 = FloatVector.fromArray(S, x, xi + p);
            c00 = x0.fma(w0, c00); c01 = x0.fma(w1, c01); c02 = x0.fma(w2, c02); c03 = x0.fma(w3, c03);
            FloatVector x1 = FloatVector.fromArray(S, x, xi + d + p);
            c10 = x1.fma(w0, c10); c11 = x1.fma(w1, c11); c12 = x1.fma(w2, c12); c13 = x1.fma(w3, c13);
            FloatVector x2 = FloatVector.fromArray(S, x, xi + 2 * d + p);
            c20 = x2.fma(w0, c20); c21 = x2.fma(w1, c21); c22 = x2.fma(w2, c22); c23 = x2.fma(w3, c23);
            FloatVector x3 = FloatVector.fromArray(S, x, xi + 3 * d + p);
            c30 = x3.fma(w0, c30); c31 = x3.fma(w1, c31); c32 = x3.fma(w2, c32); c33 = x3.fma(w3, c33);
        }
        // lane sums (a probe: reduceLanes; a kernel would fold the 16 vectors together)
        out[oi] = c00.reduceLanes(VectorOperators.ADD); out[oi + 1] = c01.reduceLanes(VectorOperators.ADD);
        out[oi + 2] = c02.reduceLanes(VectorOperators.ADD); out[oi + 3] = c03.reduceLanes(VectorOperators.ADD);
        out[oi + 16] = c10.reduceLanes(VectorOperators.ADD); out[oi + 17] = c11.reduceLanes(VectorOperators.ADD);
        out[oi + 18] = c12.reduceLanes(VectorOperators.ADD); out[oi + 19] = c13.reduceLanes(VectorOperators.ADD);
        out[oi + 32] = c20.reduceLanes(VectorOperators.ADD); out[oi + 33] = c21.reduceLanes(VectorOperators.ADD);
        out[oi + 34] = c22.reduceLanes(VectorOperators.ADD); out[oi + 35] = c23.reduceLanes(VectorOperators.ADD);
        out[oi + 48] = c30.reduceLanes(VectorOperators.ADD); out[oi + 49] = c31.reduceLanes(VectorOperators.ADD);
        out[oi + 50] = c32.reduceLanes(VectorOperators.ADD); out[oi + 51] = c33.reduceLanes(VectorOperators.ADD);
    }
    /** 2 rows x 8 units. */
    static void dot2x8(float[] x, int xi, int d, float[] w, float[] out, int oi) {
        FloatVector z = FloatVector.zero(S);
        FloatVector c00 = z, c01 = z, c02 = z, c03 = z, c04 = z, c05 = z, c06 = z, c07 = z;
        FloatVector c10 = z, c11 = z, c12 = z, c13 = z, c14 = z, c15 = z, c16 = z, c17 = z;
        for (int p = 0; p < d; p += 16) {
            FloatVector x0 = FloatVector.fromArray(S, x, xi + p), x1 = FloatVector.fromArray(S, x, xi + d + p), v;
            v = FloatVector.fromArray(S, w, p); c00 = x0.fma(v, c00); c10 = x1.fma(v, c10);
            v = FloatVector.fromArray(S, w, d + p); c01 = x0.fma(v, c01); c11 = x1.fma(v, c11);
            v = FloatVector.fromArray(S, w, 2 * d + p); c02 = x0.fma(v, c02); c12 = x1.fma(v, c12);
            v = FloatVector.fromArray(S, w, 3 * d + p); c03 = x0.fma(v, c03); c13 = x1.fma(v, c13);
            v = FloatVector.fromArray(S, w, 4 * d + p); c04 = x0.fma(v, c04); c14 = x1.fma(v, c14);
            v = FloatVector.fromArray(S, w, 5 * d + p); c05 = x0.fma(v, c05); c15 = x1.fma(v, c15);
            v = FloatVector.fromArray(S, w, 6 * d + p); c06 = x0.fma(v, c06); c16 = x1.fma(v, c16);
            v = FloatVector.fromArray(S, w, 7 * d + p); c07 = x0.fma(v, c07); c17 = x1.fma(v, c17);
        }
        FloatVector[] cs = {c00, c01, c02, c03, c04, c05, c06, c07, c10, c11, c12, c13, c14, c15, c16, c17};
        for (int t = 0; t < 16; t++) out[oi + (t / 8) * 16 + t % 8] = cs[t].reduceLanes(VectorOperators.ADD);
    }
    static final VectorSpecies<Integer> SI = IntVector.SPECIES_512;
    static final int[] IDX = new int[16 * 16];
    static { for (int p = 0; p < 16; p++) for (int l = 0; l < 16; l++) IDX[p * 16 + l] = (l & 1) == 0 ? p : 16 + p; }
    static void pair8(float[] x, int xi, int d, float[] wt2, float[] z, int zi) {
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
        for (int p0 = 0; p0 < d; p0 += 16) {
            IntVector a0 = FloatVector.fromArray(S, x, xi + p0).reinterpretAsInts();
            IntVector a1 = FloatVector.fromArray(S, x, xi + d + p0).reinterpretAsInts();
            IntVector a2 = FloatVector.fromArray(S, x, xi + 2 * d + p0).reinterpretAsInts();
            IntVector a3 = FloatVector.fromArray(S, x, xi + 3 * d + p0).reinterpretAsInts();
            IntVector a4 = FloatVector.fromArray(S, x, xi + 4 * d + p0).reinterpretAsInts();
            IntVector a5 = FloatVector.fromArray(S, x, xi + 5 * d + p0).reinterpretAsInts();
            IntVector a6 = FloatVector.fromArray(S, x, xi + 6 * d + p0).reinterpretAsInts();
            IntVector a7 = FloatVector.fromArray(S, x, xi + 7 * d + p0).reinterpretAsInts();
            for (int pp = 0; pp < 16; pp++) {
                IntVector ix = IntVector.fromArray(SI, IDX, pp * 16);
                FloatVector w = FloatVector.fromArray(S, wt2, (p0 + pp) * 16);
                c0 = ix.selectFrom(a0, a1).reinterpretAsFloats().fma(w, c0);
                c1 = ix.selectFrom(a2, a3).reinterpretAsFloats().fma(w, c1);
                c2 = ix.selectFrom(a4, a5).reinterpretAsFloats().fma(w, c2);
                c3 = ix.selectFrom(a6, a7).reinterpretAsFloats().fma(w, c3);
            }
        }
        c0.intoArray(z, zi); c1.intoArray(z, zi + 16); c2.intoArray(z, zi + 32); c3.intoArray(z, zi + 48);
    }
    public static void main(String[] args) {
        int d = Integer.parseInt(args[0]), rows = 32, n = Integer.parseInt(args[1]);
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        float[] x = new float[rows * d], w = new float[8 * d], wt2 = new float[d * 16];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int u = 0; u < 8; u++) for (int p = 0; p < d; p++) { w[u * d + p] = (float) r.nextGaussian(); wt2[p * 16 + 2 * u] = wt2[p * 16 + 2 * u + 1] = w[u * d + p]; }
        float[] z1 = new float[rows * 16], z2 = new float[rows * 16], z3 = new float[rows * 16];
        for (int rep = 0; rep < 7; rep++) {
            long t0 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int i = 0; i < rows; i += 8) pair8(x, i * d, d, wt2, z1, i * 8);
            long t1 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int i = 0; i < rows; i += 4) { dot4x4(x, i * d, d, w, 0, z2, i * 16); dot4x4(x, i * d, d, w, 4 * d, z2, i * 16 + 4); }
            long t2 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int i = 0; i < rows; i += 2) dot2x8(x, i * d, d, w, z3, i * 16);
            long t3 = System.nanoTime();
            if (rep >= 4) System.out.printf("d=%d rows=%d: pair8 %.0f  dot4x4 %.0f  dot2x8 %.0f ns%n", d, rows,
                (t1 - t0) / (double) n, (t2 - t1) / (double) n, (t3 - t2) / (double) n);
        }
        double md = 0;
        for (int i = 0; i < rows; i++) for (int u = 0; u < 8; u++) md = Math.max(md, Math.abs(z1[(i / 2) * 16 + 2 * u + (i & 1)] - z2[i * 16 + u]) + Math.abs(z2[i * 16 + u] - z3[i * 16 + u]));
        System.out.println("max diff " + md);
    }
}
