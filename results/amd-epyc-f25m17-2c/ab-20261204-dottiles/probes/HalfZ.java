package dev.twolayer.kernel;
import jdk.incubator.vector.*;
/** k=8, 32 rows: Z by pairs of rows at 512 bits against 8 units in a 256-bit vector (x broadcast, no padding). */
public final class HalfZ {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final VectorSpecies<Float> H = VectorSpecies.of(float.class, VectorShape.forBitSize(S.vectorBitSize() / 2));
    static final VectorSpecies<Integer> SI = IntVector.SPECIES_512;
    static final int[] IDX = new int[16 * 16];
    static { for (int p = 0; p < 16; p++) for (int l = 0; l < 16; l++) IDX[p * 16 + l] = (l & 1) == 0 ? p : 16 + p; }
    static void pair8(float[] x, int xi, int d, float[] wt2, float[] bp2, float[] z, int zi) {
        FloatVector c0 = FloatVector.fromArray(S, bp2, 0), c1 = c0, c2 = c0, c3 = c0;
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
    /** 8 rows, units in a half vector (wt rows 16 apart, first 8 lanes), x broadcast. */
    static void h8(float[] x, int xi, int d, float[] wt, float[] bp, float[] z, int zi) {
        FloatVector c0 = FloatVector.fromArray(H, bp, 0), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0;
        for (int p = 0; p < d; p++) {
            FloatVector w = FloatVector.fromArray(H, wt, p * 16);
            c0 = FloatVector.broadcast(H, x[xi + p]).fma(w, c0);
            c1 = FloatVector.broadcast(H, x[xi + d + p]).fma(w, c1);
            c2 = FloatVector.broadcast(H, x[xi + 2 * d + p]).fma(w, c2);
            c3 = FloatVector.broadcast(H, x[xi + 3 * d + p]).fma(w, c3);
            c4 = FloatVector.broadcast(H, x[xi + 4 * d + p]).fma(w, c4);
            c5 = FloatVector.broadcast(H, x[xi + 5 * d + p]).fma(w, c5);
            c6 = FloatVector.broadcast(H, x[xi + 6 * d + p]).fma(w, c6);
            c7 = FloatVector.broadcast(H, x[xi + 7 * d + p]).fma(w, c7);
        }
        c0.intoArray(z, zi); c1.intoArray(z, zi + 16); c2.intoArray(z, zi + 32); c3.intoArray(z, zi + 48);
        c4.intoArray(z, zi + 64); c5.intoArray(z, zi + 80); c6.intoArray(z, zi + 96); c7.intoArray(z, zi + 112);
    }
    /** 12 rows. */
    static void h12(float[] x, int xi, int d, float[] wt, float[] bp, float[] z, int zi) {
        FloatVector c0 = FloatVector.fromArray(H, bp, 0), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0, c8 = c0, c9 = c0, c10 = c0, c11 = c0;
        for (int p = 0; p < d; p++) {
            FloatVector w = FloatVector.fromArray(H, wt, p * 16);
            c0 = FloatVector.broadcast(H, x[xi + p]).fma(w, c0);
            c1 = FloatVector.broadcast(H, x[xi + d + p]).fma(w, c1);
            c2 = FloatVector.broadcast(H, x[xi + 2 * d + p]).fma(w, c2);
            c3 = FloatVector.broadcast(H, x[xi + 3 * d + p]).fma(w, c3);
            c4 = FloatVector.broadcast(H, x[xi + 4 * d + p]).fma(w, c4);
            c5 = FloatVector.broadcast(H, x[xi + 5 * d + p]).fma(w, c5);
            c6 = FloatVector.broadcast(H, x[xi + 6 * d + p]).fma(w, c6);
            c7 = FloatVector.broadcast(H, x[xi + 7 * d + p]).fma(w, c7);
            c8 = FloatVector.broadcast(H, x[xi + 8 * d + p]).fma(w, c8);
            c9 = FloatVector.broadcast(H, x[xi + 9 * d + p]).fma(w, c9);
            c10 = FloatVector.broadcast(H, x[xi + 10 * d + p]).fma(w, c10);
            c11 = FloatVector.broadcast(H, x[xi + 11 * d + p]).fma(w, c11);
        }
        c0.intoArray(z, zi); c1.intoArray(z, zi + 16); c2.intoArray(z, zi + 32); c3.intoArray(z, zi + 48);
        c4.intoArray(z, zi + 64); c5.intoArray(z, zi + 80); c6.intoArray(z, zi + 96); c7.intoArray(z, zi + 112);
        c8.intoArray(z, zi + 128); c9.intoArray(z, zi + 144); c10.intoArray(z, zi + 160); c11.intoArray(z, zi + 176);
    }
    public static void main(String[] args) {
        int d = Integer.parseInt(args[0]), rows = Integer.parseInt(args[2]), n = Integer.parseInt(args[1]);
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        float[] x = new float[rows * d], wt = new float[d * 16], wt2 = new float[d * 16], bp = new float[16], bp2 = new float[16];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int u = 0; u < 8; u++) { bp[u] = (float) r.nextGaussian(); bp2[2 * u] = bp2[2 * u + 1] = bp[u];
            for (int p = 0; p < d; p++) { float w = (float) r.nextGaussian(); wt[p * 16 + u] = w; wt2[p * 16 + 2 * u] = wt2[p * 16 + 2 * u + 1] = w; } }
        float[] z1 = new float[rows * 16], z2 = new float[rows * 16], z3 = new float[rows * 16];
        for (int rep = 0; rep < 7; rep++) {
            long t0 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int i = 0; i < rows; i += 8) pair8(x, i * d, d, wt2, bp2, z1, i * 8);
            long t1 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int i = 0; i < rows; i += 8) h8(x, i * d, d, wt, bp, z2, i * 16);
            long t2 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int i = 0; i < rows; i += 12) h12(x, i * d, d, wt, bp, z3, i * 16);
            long t3 = System.nanoTime();
            if (rep >= 4) System.out.printf("d=%d rows=%d: pair8 %.0f  half8 %.0f  half12 %.0f ns%n", d, rows,
                (t1 - t0) / (double) n, (t2 - t1) / (double) n, (t3 - t2) / (double) n);
        }
        boolean eq = true;
        for (int i = 0; i < rows; i++) for (int u = 0; u < 8; u++) eq &= z1[(i / 2) * 16 + 2 * u + (i & 1)] == z2[i * 16 + u] && z2[i * 16 + u] == z3[i * 16 + u];
        System.out.println("bitwise equal: " + eq);
    }
}
