package dev.twolayer.kernel;
import jdk.incubator.vector.*;
/** Z for k=8 at 512 bits: z8x1 (8 rows x one padded vector) against two rows per vector (units interleaved). */
public final class PairZ {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final VectorSpecies<Integer> SI = IntVector.SPECIES_512;
    static final int[] IDX = new int[16 * 16];
    static { for (int p = 0; p < 16; p++) for (int l = 0; l < 16; l++) IDX[p * 16 + l] = (l & 1) == 0 ? p : 16 + p; }
    static float sink;
    static void z8x1(float[] x, int xi, int d, float[] wt, float[] bp, float[] z, int zi) {
        FloatVector c0 = FloatVector.fromArray(S, bp, 0), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0;
        for (int p = 0; p < d; p++) {
            FloatVector w0 = FloatVector.fromArray(S, wt, p * 16);
            c0 = FloatVector.broadcast(S, x[xi + p]).fma(w0, c0);
            c1 = FloatVector.broadcast(S, x[xi + d + p]).fma(w0, c1);
            c2 = FloatVector.broadcast(S, x[xi + 2 * d + p]).fma(w0, c2);
            c3 = FloatVector.broadcast(S, x[xi + 3 * d + p]).fma(w0, c3);
            c4 = FloatVector.broadcast(S, x[xi + 4 * d + p]).fma(w0, c4);
            c5 = FloatVector.broadcast(S, x[xi + 5 * d + p]).fma(w0, c5);
            c6 = FloatVector.broadcast(S, x[xi + 6 * d + p]).fma(w0, c6);
            c7 = FloatVector.broadcast(S, x[xi + 7 * d + p]).fma(w0, c7);
        }
        c0.intoArray(z, zi); c1.intoArray(z, zi + 16); c2.intoArray(z, zi + 32); c3.intoArray(z, zi + 48);
        c4.intoArray(z, zi + 64); c5.intoArray(z, zi + 80); c6.intoArray(z, zi + 96); c7.intoArray(z, zi + 112);
    }
    /** 8 rows as 4 pairs; wt2[p*16 + 2u + r] = W[u][p]; lanes 2u + r of pair j: row 2j + r, unit u. */
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
    public static void main(String[] args) {
        int d = Integer.parseInt(args[0]), rows = 32, n = Integer.parseInt(args[1]);
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        float[] x = new float[rows * d], wt = new float[d * 16], wt2 = new float[d * 16], bp = new float[16], bp2 = new float[16];
        float[][] W = new float[8][d];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int u = 0; u < 8; u++) { bp[u] = (float) r.nextGaussian(); bp2[2 * u] = bp2[2 * u + 1] = bp[u];
            for (int p = 0; p < d; p++) { W[u][p] = (float) r.nextGaussian(); wt[p * 16 + u] = W[u][p]; wt2[p * 16 + 2 * u] = wt2[p * 16 + 2 * u + 1] = W[u][p]; } }
        float[] z1 = new float[rows * 16], z2 = new float[rows * 16];
        for (int rep = 0; rep < 8; rep++) {
            long t0 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int i = 0; i < rows; i += 8) z8x1(x, i * d, d, wt, bp, z1, i * 16);
            long t1 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int i = 0; i < rows; i += 8) pair8(x, i * d, d, wt2, bp2, z2, i * 8);
            long t2 = System.nanoTime();
            if (rep >= 6) System.out.printf("d=%d rows=32: z8x1 %.1f ns, pairs %.1f ns%n", d, (t1 - t0) / (double) n, (t2 - t1) / (double) n);
        }
        // check: row 2j+r unit u at z2[(i/2 + j) * 16 + 2u + r] (pairs stored 16 floats per pair)
        double maxd = 0;
        for (int i = 0; i < rows; i++) for (int u = 0; u < 8; u++) maxd = Math.max(maxd, Math.abs(z1[i * 16 + u] - z2[(i / 2) * 16 + 2 * u + (i & 1)]));
        System.out.println("max diff " + maxd);
    }
}
