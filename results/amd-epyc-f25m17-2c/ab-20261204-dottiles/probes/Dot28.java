package dev.twolayer.kernel;
import jdk.incubator.vector.*;
public final class Dot28 {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    /** whole d, accumulators out to acc (no fold: the probe times the chains). */
    static void t2x8(float[] x, int xa, int xb, int d, float[] w, int wo, float[] acc, int ao) {
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0;
        FloatVector e0 = c0, e1 = c0, e2 = c0, e3 = c0, e4 = c0, e5 = c0, e6 = c0, e7 = c0;
        for (int p = 0; p < d; p += 16) {
            FloatVector a = FloatVector.fromArray(S, x, xa + p), b = FloatVector.fromArray(S, x, xb + p), v;
            v = FloatVector.fromArray(S, w, wo + 0 * d + p); c0 = a.fma(v, c0); e0 = b.fma(v, e0);
            v = FloatVector.fromArray(S, w, wo + 1 * d + p); c1 = a.fma(v, c1); e1 = b.fma(v, e1);
            v = FloatVector.fromArray(S, w, wo + 2 * d + p); c2 = a.fma(v, c2); e2 = b.fma(v, e2);
            v = FloatVector.fromArray(S, w, wo + 3 * d + p); c3 = a.fma(v, c3); e3 = b.fma(v, e3);
            v = FloatVector.fromArray(S, w, wo + 4 * d + p); c4 = a.fma(v, c4); e4 = b.fma(v, e4);
            v = FloatVector.fromArray(S, w, wo + 5 * d + p); c5 = a.fma(v, c5); e5 = b.fma(v, e5);
            v = FloatVector.fromArray(S, w, wo + 6 * d + p); c6 = a.fma(v, c6); e6 = b.fma(v, e6);
            v = FloatVector.fromArray(S, w, wo + 7 * d + p); c7 = a.fma(v, c7); e7 = b.fma(v, e7);
        }
        c0.intoArray(acc, ao + 0 * 16); e0.intoArray(acc, ao + 8 * 16);
        c1.intoArray(acc, ao + 1 * 16); e1.intoArray(acc, ao + 9 * 16);
        c2.intoArray(acc, ao + 2 * 16); e2.intoArray(acc, ao + 10 * 16);
        c3.intoArray(acc, ao + 3 * 16); e3.intoArray(acc, ao + 11 * 16);
        c4.intoArray(acc, ao + 4 * 16); e4.intoArray(acc, ao + 12 * 16);
        c5.intoArray(acc, ao + 5 * 16); e5.intoArray(acc, ao + 13 * 16);
        c6.intoArray(acc, ao + 6 * 16); e6.intoArray(acc, ao + 14 * 16);
        c7.intoArray(acc, ao + 7 * 16); e7.intoArray(acc, ao + 15 * 16);
    }
    /** p in [pa, pe), accumulators continued from acc. */
    static void t2x8b(float[] x, int xa, int xb, int d, int pa, int pe, float[] w, float[] acc, int ao) {
        FloatVector c0 = FloatVector.fromArray(S, acc, ao + 0 * 16), e0 = FloatVector.fromArray(S, acc, ao + 8 * 16);
        FloatVector c1 = FloatVector.fromArray(S, acc, ao + 1 * 16), e1 = FloatVector.fromArray(S, acc, ao + 9 * 16);
        FloatVector c2 = FloatVector.fromArray(S, acc, ao + 2 * 16), e2 = FloatVector.fromArray(S, acc, ao + 10 * 16);
        FloatVector c3 = FloatVector.fromArray(S, acc, ao + 3 * 16), e3 = FloatVector.fromArray(S, acc, ao + 11 * 16);
        FloatVector c4 = FloatVector.fromArray(S, acc, ao + 4 * 16), e4 = FloatVector.fromArray(S, acc, ao + 12 * 16);
        FloatVector c5 = FloatVector.fromArray(S, acc, ao + 5 * 16), e5 = FloatVector.fromArray(S, acc, ao + 13 * 16);
        FloatVector c6 = FloatVector.fromArray(S, acc, ao + 6 * 16), e6 = FloatVector.fromArray(S, acc, ao + 14 * 16);
        FloatVector c7 = FloatVector.fromArray(S, acc, ao + 7 * 16), e7 = FloatVector.fromArray(S, acc, ao + 15 * 16);
        for (int p = pa; p < pe; p += 16) {
            FloatVector a = FloatVector.fromArray(S, x, xa + p), b = FloatVector.fromArray(S, x, xb + p), v;
            v = FloatVector.fromArray(S, w, 0 * d + p); c0 = a.fma(v, c0); e0 = b.fma(v, e0);
            v = FloatVector.fromArray(S, w, 1 * d + p); c1 = a.fma(v, c1); e1 = b.fma(v, e1);
            v = FloatVector.fromArray(S, w, 2 * d + p); c2 = a.fma(v, c2); e2 = b.fma(v, e2);
            v = FloatVector.fromArray(S, w, 3 * d + p); c3 = a.fma(v, c3); e3 = b.fma(v, e3);
            v = FloatVector.fromArray(S, w, 4 * d + p); c4 = a.fma(v, c4); e4 = b.fma(v, e4);
            v = FloatVector.fromArray(S, w, 5 * d + p); c5 = a.fma(v, c5); e5 = b.fma(v, e5);
            v = FloatVector.fromArray(S, w, 6 * d + p); c6 = a.fma(v, c6); e6 = b.fma(v, e6);
            v = FloatVector.fromArray(S, w, 7 * d + p); c7 = a.fma(v, c7); e7 = b.fma(v, e7);
        }
        c0.intoArray(acc, ao + 0 * 16); e0.intoArray(acc, ao + 8 * 16);
        c1.intoArray(acc, ao + 1 * 16); e1.intoArray(acc, ao + 9 * 16);
        c2.intoArray(acc, ao + 2 * 16); e2.intoArray(acc, ao + 10 * 16);
        c3.intoArray(acc, ao + 3 * 16); e3.intoArray(acc, ao + 11 * 16);
        c4.intoArray(acc, ao + 4 * 16); e4.intoArray(acc, ao + 12 * 16);
        c5.intoArray(acc, ao + 5 * 16); e5.intoArray(acc, ao + 13 * 16);
        c6.intoArray(acc, ao + 6 * 16); e6.intoArray(acc, ao + 14 * 16);
        c7.intoArray(acc, ao + 7 * 16); e7.intoArray(acc, ao + 15 * 16);
    }
    public static void main(String[] args) {
        int d = Integer.parseInt(args[0]), rows = 32, n = Integer.parseInt(args[1]), R = Integer.parseInt(args[2]), P = Integer.parseInt(args[3]);
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        float[] x = new float[rows * d], w = new float[8 * d], a1 = new float[rows * 8 * 16], a2 = new float[rows * 8 * 16];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < w.length; i++) w[i] = (float) r.nextGaussian();
        float[] wA = new float[8 * d + 16], xA = new float[rows * d + 16];
        System.arraycopy(w, 0, wA, 12, 8 * d); System.arraycopy(x, 0, xA, 12, rows * d);
        for (int rep = 0; rep < 7; rep++) {
            long t0 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int i = 0; i < rows; i += 2) t2x8(x, i * d, (i + 1) * d, d, w, 0, a1, i * 128);
            long t1 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int i = 0; i < rows; i += 2) t2x8(x, i * d, (i + 1) * d, d, wA, 12, a2, i * 128);
            long t2 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int i = 0; i < rows; i += 2) t2x8(xA, 12 + i * d, 12 + (i + 1) * d, d, wA, 12, a2, i * 128);
            long t3 = System.nanoTime();
            if (rep >= 4) System.out.printf("d=%d: 2x8 %.0f  W aligned %.0f  both aligned %.0f ns%n", d, (t1 - t0) / (double) n, (t2 - t1) / (double) n, (t3 - t2) / (double) n);
        }
        System.out.println(java.util.Arrays.equals(a1, a2));
    }
}
