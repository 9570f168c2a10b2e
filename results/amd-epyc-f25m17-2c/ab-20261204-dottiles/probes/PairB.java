package dev.twolayer.kernel;
import jdk.incubator.vector.*;
/** k=8 at 512 bits, 32 rows: Z by pairs (permute per FMA) against pairs interleaved once per 16 inputs into an L1 scratch and read by 64-bit broadcasts; dW by dd8x1 against dd8x2. */
public final class PairB {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final VectorSpecies<Integer> SI = IntVector.SPECIES_512;
    static final VectorSpecies<Long> SL = LongVector.SPECIES_512;
    static final int[] IDX = new int[16 * 16];
    static final int[] ILV = new int[32];
    static { for (int p = 0; p < 16; p++) for (int l = 0; l < 16; l++) IDX[p * 16 + l] = (l & 1) == 0 ? p : 16 + p;
             for (int l = 0; l < 16; l++) { ILV[l] = (l & 1) == 0 ? l / 2 : 16 + l / 2; ILV[16 + l] = 8 + ILV[l]; } }
    static float sink;
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
    /** interleave rows r, r+1 (16 inputs from p0) into s[so..so+16) as longs. */
    static void ilv2(float[] x, int xa, int xb, long[] s, int so) {
        IntVector lo = IntVector.fromArray(SI, ILV, 0), hi = IntVector.fromArray(SI, ILV, 16);
        IntVector a = FloatVector.fromArray(S, x, xa).reinterpretAsInts(), b = FloatVector.fromArray(S, x, xb).reinterpretAsInts();
        lo.selectFrom(a, b).reinterpretAsLongs().intoArray(s, so);
        hi.selectFrom(a, b).reinterpretAsLongs().intoArray(s, so + 8);
    }
    static void pairB8(float[] x, int xi, int d, float[] wt2, float[] bp2, float[] z, int zi, long[] s) {
        FloatVector c0 = FloatVector.fromArray(S, bp2, 0), c1 = c0, c2 = c0, c3 = c0;
        IntVector lo = IntVector.fromArray(SI, ILV, 0), hi = IntVector.fromArray(SI, ILV, 16);
        for (int p0 = 0; p0 < d; p0 += 16) {
            IntVector a0 = FloatVector.fromArray(S, x, xi + p0).reinterpretAsInts();
            IntVector a1 = FloatVector.fromArray(S, x, xi + d + p0).reinterpretAsInts();
            lo.selectFrom(a0, a1).reinterpretAsLongs().intoArray(s, 0); hi.selectFrom(a0, a1).reinterpretAsLongs().intoArray(s, 8);
            IntVector a2 = FloatVector.fromArray(S, x, xi + 2 * d + p0).reinterpretAsInts();
            IntVector a3 = FloatVector.fromArray(S, x, xi + 3 * d + p0).reinterpretAsInts();
            lo.selectFrom(a2, a3).reinterpretAsLongs().intoArray(s, 16); hi.selectFrom(a2, a3).reinterpretAsLongs().intoArray(s, 24);
            IntVector a4 = FloatVector.fromArray(S, x, xi + 4 * d + p0).reinterpretAsInts();
            IntVector a5 = FloatVector.fromArray(S, x, xi + 5 * d + p0).reinterpretAsInts();
            lo.selectFrom(a4, a5).reinterpretAsLongs().intoArray(s, 32); hi.selectFrom(a4, a5).reinterpretAsLongs().intoArray(s, 40);
            IntVector a6 = FloatVector.fromArray(S, x, xi + 6 * d + p0).reinterpretAsInts();
            IntVector a7 = FloatVector.fromArray(S, x, xi + 7 * d + p0).reinterpretAsInts();
            lo.selectFrom(a6, a7).reinterpretAsLongs().intoArray(s, 48); hi.selectFrom(a6, a7).reinterpretAsLongs().intoArray(s, 56);
            for (int pp = 0; pp < 16; pp++) {
                FloatVector w = FloatVector.fromArray(S, wt2, (p0 + pp) * 16);
                c0 = LongVector.broadcast(SL, s[pp]).reinterpretAsFloats().fma(w, c0);
                c1 = LongVector.broadcast(SL, s[16 + pp]).reinterpretAsFloats().fma(w, c1);
                c2 = LongVector.broadcast(SL, s[32 + pp]).reinterpretAsFloats().fma(w, c2);
                c3 = LongVector.broadcast(SL, s[48 + pp]).reinterpretAsFloats().fma(w, c3);
            }
        }
        c0.intoArray(z, zi); c1.intoArray(z, zi + 16); c2.intoArray(z, zi + 32); c3.intoArray(z, zi + 48);
    }
    /** the same, 16 rows (8 pairs) a tile. */
    static void pairB16(float[] x, int xi, int d, float[] wt2, float[] bp2, float[] z, int zi, long[] s) {
        FloatVector c0 = FloatVector.fromArray(S, bp2, 0), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0;
        IntVector lo = IntVector.fromArray(SI, ILV, 0), hi = IntVector.fromArray(SI, ILV, 16);
        for (int p0 = 0; p0 < d; p0 += 16) {
            for (int j = 0; j < 8; j++) {
                IntVector a0 = FloatVector.fromArray(S, x, xi + 2 * j * d + p0).reinterpretAsInts();
                IntVector a1 = FloatVector.fromArray(S, x, xi + (2 * j + 1) * d + p0).reinterpretAsInts();
                lo.selectFrom(a0, a1).reinterpretAsLongs().intoArray(s, 16 * j); hi.selectFrom(a0, a1).reinterpretAsLongs().intoArray(s, 16 * j + 8);
            }
            for (int pp = 0; pp < 16; pp++) {
                FloatVector w = FloatVector.fromArray(S, wt2, (p0 + pp) * 16);
                c0 = LongVector.broadcast(SL, s[pp]).reinterpretAsFloats().fma(w, c0);
                c1 = LongVector.broadcast(SL, s[16 + pp]).reinterpretAsFloats().fma(w, c1);
                c2 = LongVector.broadcast(SL, s[32 + pp]).reinterpretAsFloats().fma(w, c2);
                c3 = LongVector.broadcast(SL, s[48 + pp]).reinterpretAsFloats().fma(w, c3);
                c4 = LongVector.broadcast(SL, s[64 + pp]).reinterpretAsFloats().fma(w, c4);
                c5 = LongVector.broadcast(SL, s[80 + pp]).reinterpretAsFloats().fma(w, c5);
                c6 = LongVector.broadcast(SL, s[96 + pp]).reinterpretAsFloats().fma(w, c6);
                c7 = LongVector.broadcast(SL, s[112 + pp]).reinterpretAsFloats().fma(w, c7);
            }
        }
        c0.intoArray(z, zi); c1.intoArray(z, zi + 16); c2.intoArray(z, zi + 32); c3.intoArray(z, zi + 48);
        c4.intoArray(z, zi + 64); c5.intoArray(z, zi + 80); c6.intoArray(z, zi + 96); c7.intoArray(z, zi + 112);
    }
    /** dW: 8 units x one vector of inputs, chains over rows (as weightGradUnpacked), g rows of 16 (padded). */
    static void dd8x1(float[] x, int d, int rows, float[] gp, int p, float[] grad) {
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0;
        for (int i = 0; i < rows; i++) {
            int gi = i * 16;
            FloatVector x0 = FloatVector.fromArray(S, x, i * d + p);
            c0 = FloatVector.broadcast(S, gp[gi]).fma(x0, c0);
            c1 = FloatVector.broadcast(S, gp[gi + 1]).fma(x0, c1);
            c2 = FloatVector.broadcast(S, gp[gi + 2]).fma(x0, c2);
            c3 = FloatVector.broadcast(S, gp[gi + 3]).fma(x0, c3);
            c4 = FloatVector.broadcast(S, gp[gi + 4]).fma(x0, c4);
            c5 = FloatVector.broadcast(S, gp[gi + 5]).fma(x0, c5);
            c6 = FloatVector.broadcast(S, gp[gi + 6]).fma(x0, c6);
            c7 = FloatVector.broadcast(S, gp[gi + 7]).fma(x0, c7);
        }
        c0.intoArray(grad, p); c1.intoArray(grad, p + d); c2.intoArray(grad, p + 2 * d); c3.intoArray(grad, p + 3 * d);
        c4.intoArray(grad, p + 4 * d); c5.intoArray(grad, p + 5 * d); c6.intoArray(grad, p + 6 * d); c7.intoArray(grad, p + 7 * d);
    }
    static void dd8x2(float[] x, int d, int rows, float[] gp, int p, float[] grad) {
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0;
        FloatVector e0 = c0, e1 = c0, e2 = c0, e3 = c0, e4 = c0, e5 = c0, e6 = c0, e7 = c0;
        for (int i = 0; i < rows; i++) {
            int gi = i * 16;
            FloatVector x0 = FloatVector.fromArray(S, x, i * d + p), x1 = FloatVector.fromArray(S, x, i * d + p + 16);
            FloatVector g;
            g = FloatVector.broadcast(S, gp[gi]); c0 = g.fma(x0, c0); e0 = g.fma(x1, e0);
            g = FloatVector.broadcast(S, gp[gi + 1]); c1 = g.fma(x0, c1); e1 = g.fma(x1, e1);
            g = FloatVector.broadcast(S, gp[gi + 2]); c2 = g.fma(x0, c2); e2 = g.fma(x1, e2);
            g = FloatVector.broadcast(S, gp[gi + 3]); c3 = g.fma(x0, c3); e3 = g.fma(x1, e3);
            g = FloatVector.broadcast(S, gp[gi + 4]); c4 = g.fma(x0, c4); e4 = g.fma(x1, e4);
            g = FloatVector.broadcast(S, gp[gi + 5]); c5 = g.fma(x0, c5); e5 = g.fma(x1, e5);
            g = FloatVector.broadcast(S, gp[gi + 6]); c6 = g.fma(x0, c6); e6 = g.fma(x1, e6);
            g = FloatVector.broadcast(S, gp[gi + 7]); c7 = g.fma(x0, c7); e7 = g.fma(x1, e7);
        }
        c0.intoArray(grad, p); c1.intoArray(grad, p + d); c2.intoArray(grad, p + 2 * d); c3.intoArray(grad, p + 3 * d);
        c4.intoArray(grad, p + 4 * d); c5.intoArray(grad, p + 5 * d); c6.intoArray(grad, p + 6 * d); c7.intoArray(grad, p + 7 * d);
        e0.intoArray(grad, p + 16); e1.intoArray(grad, p + d + 16); e2.intoArray(grad, p + 2 * d + 16); e3.intoArray(grad, p + 3 * d + 16);
        e4.intoArray(grad, p + 4 * d + 16); e5.intoArray(grad, p + 5 * d + 16); e6.intoArray(grad, p + 6 * d + 16); e7.intoArray(grad, p + 7 * d + 16);
    }

    static final VectorSpecies<Double> SD = DoubleVector.SPECIES_512;
    static void pairD8(float[] x, int xi, int d, float[] wt2, float[] bp2, float[] z, int zi, double[] s) {
        FloatVector c0 = FloatVector.fromArray(S, bp2, 0), c1 = c0, c2 = c0, c3 = c0;
        IntVector lo = IntVector.fromArray(SI, ILV, 0), hi = IntVector.fromArray(SI, ILV, 16);
        for (int p0 = 0; p0 < d; p0 += 16) {
            int b = (p0 & 16) * 4; // double buffer: 64 doubles each
            IntVector a0 = FloatVector.fromArray(S, x, xi + p0).reinterpretAsInts();
            IntVector a1 = FloatVector.fromArray(S, x, xi + d + p0).reinterpretAsInts();
            lo.selectFrom(a0, a1).reinterpretAsDoubles().intoArray(s, b); hi.selectFrom(a0, a1).reinterpretAsDoubles().intoArray(s, b + 8);
            IntVector a2 = FloatVector.fromArray(S, x, xi + 2 * d + p0).reinterpretAsInts();
            IntVector a3 = FloatVector.fromArray(S, x, xi + 3 * d + p0).reinterpretAsInts();
            lo.selectFrom(a2, a3).reinterpretAsDoubles().intoArray(s, b + 16); hi.selectFrom(a2, a3).reinterpretAsDoubles().intoArray(s, b + 24);
            IntVector a4 = FloatVector.fromArray(S, x, xi + 4 * d + p0).reinterpretAsInts();
            IntVector a5 = FloatVector.fromArray(S, x, xi + 5 * d + p0).reinterpretAsInts();
            lo.selectFrom(a4, a5).reinterpretAsDoubles().intoArray(s, b + 32); hi.selectFrom(a4, a5).reinterpretAsDoubles().intoArray(s, b + 40);
            IntVector a6 = FloatVector.fromArray(S, x, xi + 6 * d + p0).reinterpretAsInts();
            IntVector a7 = FloatVector.fromArray(S, x, xi + 7 * d + p0).reinterpretAsInts();
            lo.selectFrom(a6, a7).reinterpretAsDoubles().intoArray(s, b + 48); hi.selectFrom(a6, a7).reinterpretAsDoubles().intoArray(s, b + 56);
            for (int pp = 0; pp < 16; pp++) {
                FloatVector w = FloatVector.fromArray(S, wt2, (p0 + pp) * 16);
                c0 = DoubleVector.broadcast(SD, s[b + pp]).reinterpretAsFloats().fma(w, c0);
                c1 = DoubleVector.broadcast(SD, s[b + 16 + pp]).reinterpretAsFloats().fma(w, c1);
                c2 = DoubleVector.broadcast(SD, s[b + 32 + pp]).reinterpretAsFloats().fma(w, c2);
                c3 = DoubleVector.broadcast(SD, s[b + 48 + pp]).reinterpretAsFloats().fma(w, c3);
            }
        }
        c0.intoArray(z, zi); c1.intoArray(z, zi + 16); c2.intoArray(z, zi + 32); c3.intoArray(z, zi + 48);
    }
    /** pair8 blocked over p: 256 inputs of wt2 (16 KiB) stay in L1 while the 32 rows pass. */
    static void pairBlocked(float[] x, int d, float[] wt2, float[] bp2, float[] z, int rows) {
        for (int pb = 0; pb < d; pb += 256)
            for (int i = 0; i < rows; i += 8) pair8p(x, i * d, d, pb, Math.min(d, pb + 256), wt2, bp2, z, i * 8);
    }
    static void pair8p(float[] x, int xi, int d, int pa, int pe, float[] wt2, float[] bp2, float[] z, int zi) {
        FloatVector c0, c1, c2, c3;
        if (pa == 0) { c0 = FloatVector.fromArray(S, bp2, 0); c1 = c0; c2 = c0; c3 = c0; }
        else { c0 = FloatVector.fromArray(S, z, zi); c1 = FloatVector.fromArray(S, z, zi + 16); c2 = FloatVector.fromArray(S, z, zi + 32); c3 = FloatVector.fromArray(S, z, zi + 48); }
        for (int p0 = pa; p0 < pe; p0 += 16) {
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

    static void pair16(float[] x, int xi, int d, float[] wt2, float[] bp2, float[] z, int zi) {
        FloatVector c0 = FloatVector.fromArray(S, bp2, 0), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0;
        for (int p0 = 0; p0 < d; p0 += 16) {
            IntVector a0 = FloatVector.fromArray(S, x, xi + 0 * d + p0).reinterpretAsInts();
            IntVector a1 = FloatVector.fromArray(S, x, xi + 1 * d + p0).reinterpretAsInts();
            IntVector a2 = FloatVector.fromArray(S, x, xi + 2 * d + p0).reinterpretAsInts();
            IntVector a3 = FloatVector.fromArray(S, x, xi + 3 * d + p0).reinterpretAsInts();
            IntVector a4 = FloatVector.fromArray(S, x, xi + 4 * d + p0).reinterpretAsInts();
            IntVector a5 = FloatVector.fromArray(S, x, xi + 5 * d + p0).reinterpretAsInts();
            IntVector a6 = FloatVector.fromArray(S, x, xi + 6 * d + p0).reinterpretAsInts();
            IntVector a7 = FloatVector.fromArray(S, x, xi + 7 * d + p0).reinterpretAsInts();
            IntVector a8 = FloatVector.fromArray(S, x, xi + 8 * d + p0).reinterpretAsInts();
            IntVector a9 = FloatVector.fromArray(S, x, xi + 9 * d + p0).reinterpretAsInts();
            IntVector a10 = FloatVector.fromArray(S, x, xi + 10 * d + p0).reinterpretAsInts();
            IntVector a11 = FloatVector.fromArray(S, x, xi + 11 * d + p0).reinterpretAsInts();
            IntVector a12 = FloatVector.fromArray(S, x, xi + 12 * d + p0).reinterpretAsInts();
            IntVector a13 = FloatVector.fromArray(S, x, xi + 13 * d + p0).reinterpretAsInts();
            IntVector a14 = FloatVector.fromArray(S, x, xi + 14 * d + p0).reinterpretAsInts();
            IntVector a15 = FloatVector.fromArray(S, x, xi + 15 * d + p0).reinterpretAsInts();
            for (int pp = 0; pp < 16; pp++) {
                IntVector ix = IntVector.fromArray(SI, IDX, pp * 16);
                FloatVector w = FloatVector.fromArray(S, wt2, (p0 + pp) * 16);
                c0 = ix.selectFrom(a0, a1).reinterpretAsFloats().fma(w, c0);
                c1 = ix.selectFrom(a2, a3).reinterpretAsFloats().fma(w, c1);
                c2 = ix.selectFrom(a4, a5).reinterpretAsFloats().fma(w, c2);
                c3 = ix.selectFrom(a6, a7).reinterpretAsFloats().fma(w, c3);
                c4 = ix.selectFrom(a8, a9).reinterpretAsFloats().fma(w, c4);
                c5 = ix.selectFrom(a10, a11).reinterpretAsFloats().fma(w, c5);
                c6 = ix.selectFrom(a12, a13).reinterpretAsFloats().fma(w, c6);
                c7 = ix.selectFrom(a14, a15).reinterpretAsFloats().fma(w, c7);
            }
        }
        c0.intoArray(z, zi); c1.intoArray(z, zi + 16); c2.intoArray(z, zi + 32); c3.intoArray(z, zi + 48);
        c4.intoArray(z, zi + 64); c5.intoArray(z, zi + 80); c6.intoArray(z, zi + 96); c7.intoArray(z, zi + 112);
    }
    public static void main(String[] args) {
        int d = Integer.parseInt(args[0]), rows = 32, n = Integer.parseInt(args[1]);
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        float[] x = new float[rows * d], wt2 = new float[d * 16], bp2 = new float[16], gp = new float[rows * 16];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < gp.length; i++) gp[i] = (float) r.nextGaussian();
        for (int u = 0; u < 8; u++) { bp2[2 * u] = bp2[2 * u + 1] = (float) r.nextGaussian();
            for (int p = 0; p < d; p++) { wt2[p * 16 + 2 * u] = wt2[p * 16 + 2 * u + 1] = (float) r.nextGaussian(); } }
        float[] z1 = new float[rows * 16], z2 = new float[rows * 16], z3 = new float[rows * 16], g1 = new float[8 * d], g2 = new float[8 * d];
        long[] s = new long[128]; double[] sd = new double[128]; float[] z4 = new float[rows * 16], z5 = new float[rows * 16];
        for (int rep = 0; rep < 8; rep++) {
            long t0 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int i = 0; i < rows; i += 8) pair8(x, i * d, d, wt2, bp2, z1, i * 8);
            long t1 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int i = 0; i < rows; i += 8) pairB8(x, i * d, d, wt2, bp2, z2, i * 8, s);
            long t2 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int i = 0; i < rows; i += 16) pair16(x, i * d, d, wt2, bp2, z3, i * 8);
            long t3 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int p = 0; p < d; p += 16) dd8x1(x, d, rows, gp, p, g1);
            long t4 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int p = 0; p < d; p += 32) dd8x2(x, d, rows, gp, p, g2);
            long t5 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int i = 0; i < rows; i += 8) pairD8(x, i * d, d, wt2, bp2, z4, i * 8, sd);
            long t6 = System.nanoTime();
            for (int it = 0; it < n; it++) pairBlocked(x, d, wt2, bp2, z5, rows);
            long t7 = System.nanoTime();
            if (rep >= 5) System.out.printf("d=%d rows=32: pair8 %.0f  pairB8 %.0f  pair16 %.0f  pairD8 %.0f  blocked %.0f | dd8x1 %.0f  dd8x2 %.0f ns%n", d,
                (t1 - t0) / (double) n, (t2 - t1) / (double) n, (t3 - t2) / (double) n, (t6 - t5) / (double) n, (t7 - t6) / (double) n, (t4 - t3) / (double) n, (t5 - t4) / (double) n);
        }
        System.out.println("Z equal: " + java.util.Arrays.equals(z1, z4) + " " + java.util.Arrays.equals(z1, z5) + " " + java.util.Arrays.equals(z1, z2) + " " + java.util.Arrays.equals(z1, z3) + "  dW equal: " + java.util.Arrays.equals(g1, g2));
    }
}
