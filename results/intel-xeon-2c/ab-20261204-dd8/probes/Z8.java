package dev.twolayer.kernel;
import jdk.incubator.vector.*;
/** z8x1 variants at d=16, 32 rows, one vector of units: broadcast from x, or vector loads of pre-broadcast x. */
public final class Z8 {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static float sink;
    static void z8(float[] x, int xi, int d, float[] wt, int wo, int width, float[] bp, float[] z, int zs, int j, int zi) {
        FloatVector c0 = FloatVector.fromArray(S, bp, j), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0;
        for (int p = 0; p < d; p++) {
            FloatVector w0 = FloatVector.fromArray(S, wt, wo + p * width);
            c0 = FloatVector.broadcast(S, x[xi + p]).fma(w0, c0);
            c1 = FloatVector.broadcast(S, x[xi + d + p]).fma(w0, c1);
            c2 = FloatVector.broadcast(S, x[xi + 2 * d + p]).fma(w0, c2);
            c3 = FloatVector.broadcast(S, x[xi + 3 * d + p]).fma(w0, c3);
            c4 = FloatVector.broadcast(S, x[xi + 4 * d + p]).fma(w0, c4);
            c5 = FloatVector.broadcast(S, x[xi + 5 * d + p]).fma(w0, c5);
            c6 = FloatVector.broadcast(S, x[xi + 6 * d + p]).fma(w0, c6);
            c7 = FloatVector.broadcast(S, x[xi + 7 * d + p]).fma(w0, c7);
        }
        int z0 = zi + j;
        c0.intoArray(z, z0); c1.intoArray(z, z0 + zs); c2.intoArray(z, z0 + 2 * zs); c3.intoArray(z, z0 + 3 * zs);
        c4.intoArray(z, z0 + 4 * zs); c5.intoArray(z, z0 + 5 * zs); c6.intoArray(z, z0 + 6 * zs); c7.intoArray(z, z0 + 7 * zs);
    }
    // pre-broadcast x: xb[(i * d + p) * 16 ..] all lanes x[i, p]
    static void z8b(float[] xb, int xi, int d, float[] wt, int wo, int width, float[] bp, float[] z, int zs, int j, int zi) {
        final int L = 16;
        FloatVector c0 = FloatVector.fromArray(S, bp, j), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0;
        for (int p = 0; p < d; p++) {
            FloatVector w0 = FloatVector.fromArray(S, wt, wo + p * width);
            int o = (xi + p) * L, s = d * L;
            c0 = FloatVector.fromArray(S, xb, o).fma(w0, c0);
            c1 = FloatVector.fromArray(S, xb, o + s).fma(w0, c1);
            c2 = FloatVector.fromArray(S, xb, o + 2 * s).fma(w0, c2);
            c3 = FloatVector.fromArray(S, xb, o + 3 * s).fma(w0, c3);
            c4 = FloatVector.fromArray(S, xb, o + 4 * s).fma(w0, c4);
            c5 = FloatVector.fromArray(S, xb, o + 5 * s).fma(w0, c5);
            c6 = FloatVector.fromArray(S, xb, o + 6 * s).fma(w0, c6);
            c7 = FloatVector.fromArray(S, xb, o + 7 * s).fma(w0, c7);
        }
        int z0 = zi + j;
        c0.intoArray(z, z0); c1.intoArray(z, z0 + zs); c2.intoArray(z, z0 + 2 * zs); c3.intoArray(z, z0 + 3 * zs);
        c4.intoArray(z, z0 + 4 * zs); c5.intoArray(z, z0 + 5 * zs); c6.intoArray(z, z0 + 6 * zs); c7.intoArray(z, z0 + 7 * zs);
    }
    static void z16(float[] x, int xi, int d, float[] wt, int wo, int width, float[] bp, float[] z, int zs, int j, int zi) {
        FloatVector b = FloatVector.fromArray(S, bp, j);
        FloatVector c0 = b, c1 = b, c2 = b, c3 = b, c4 = b, c5 = b, c6 = b, c7 = b, c8 = b, c9 = b, c10 = b, c11 = b, c12 = b, c13 = b, c14 = b, c15 = b;
        for (int p = 0; p < d; p++) {
            FloatVector w0 = FloatVector.fromArray(S, wt, wo + p * width);
            c0 = FloatVector.broadcast(S, x[xi + 0 * d + p]).fma(w0, c0);
            c1 = FloatVector.broadcast(S, x[xi + 1 * d + p]).fma(w0, c1);
            c2 = FloatVector.broadcast(S, x[xi + 2 * d + p]).fma(w0, c2);
            c3 = FloatVector.broadcast(S, x[xi + 3 * d + p]).fma(w0, c3);
            c4 = FloatVector.broadcast(S, x[xi + 4 * d + p]).fma(w0, c4);
            c5 = FloatVector.broadcast(S, x[xi + 5 * d + p]).fma(w0, c5);
            c6 = FloatVector.broadcast(S, x[xi + 6 * d + p]).fma(w0, c6);
            c7 = FloatVector.broadcast(S, x[xi + 7 * d + p]).fma(w0, c7);
            c8 = FloatVector.broadcast(S, x[xi + 8 * d + p]).fma(w0, c8);
            c9 = FloatVector.broadcast(S, x[xi + 9 * d + p]).fma(w0, c9);
            c10 = FloatVector.broadcast(S, x[xi + 10 * d + p]).fma(w0, c10);
            c11 = FloatVector.broadcast(S, x[xi + 11 * d + p]).fma(w0, c11);
            c12 = FloatVector.broadcast(S, x[xi + 12 * d + p]).fma(w0, c12);
            c13 = FloatVector.broadcast(S, x[xi + 13 * d + p]).fma(w0, c13);
            c14 = FloatVector.broadcast(S, x[xi + 14 * d + p]).fma(w0, c14);
            c15 = FloatVector.broadcast(S, x[xi + 15 * d + p]).fma(w0, c15);
        }
        int z0 = zi + j;
        c0.intoArray(z, z0 + 0 * zs);
        c1.intoArray(z, z0 + 1 * zs);
        c2.intoArray(z, z0 + 2 * zs);
        c3.intoArray(z, z0 + 3 * zs);
        c4.intoArray(z, z0 + 4 * zs);
        c5.intoArray(z, z0 + 5 * zs);
        c6.intoArray(z, z0 + 6 * zs);
        c7.intoArray(z, z0 + 7 * zs);
        c8.intoArray(z, z0 + 8 * zs);
        c9.intoArray(z, z0 + 9 * zs);
        c10.intoArray(z, z0 + 10 * zs);
        c11.intoArray(z, z0 + 11 * zs);
        c12.intoArray(z, z0 + 12 * zs);
        c13.intoArray(z, z0 + 13 * zs);
        c14.intoArray(z, z0 + 14 * zs);
        c15.intoArray(z, z0 + 15 * zs);
    }
    static void z4(float[] x, int xi, int d, float[] wt, int wo, int width, float[] bp, float[] z, int zs, int j, int zi) {
        FloatVector b = FloatVector.fromArray(S, bp, j);
        FloatVector c0 = b, c1 = b, c2 = b, c3 = b;
        for (int p = 0; p < d; p++) {
            FloatVector w0 = FloatVector.fromArray(S, wt, wo + p * width);
            c0 = FloatVector.broadcast(S, x[xi + 0 * d + p]).fma(w0, c0);
            c1 = FloatVector.broadcast(S, x[xi + 1 * d + p]).fma(w0, c1);
            c2 = FloatVector.broadcast(S, x[xi + 2 * d + p]).fma(w0, c2);
            c3 = FloatVector.broadcast(S, x[xi + 3 * d + p]).fma(w0, c3);
        }
        int z0 = zi + j;
        c0.intoArray(z, z0 + 0 * zs);
        c1.intoArray(z, z0 + 1 * zs);
        c2.intoArray(z, z0 + 2 * zs);
        c3.intoArray(z, z0 + 3 * zs);
    }
    static void z12(float[] x, int xi, int d, float[] wt, int wo, int width, float[] bp, float[] z, int zs, int j, int zi) {
        FloatVector b = FloatVector.fromArray(S, bp, j);
        FloatVector c0 = b, c1 = b, c2 = b, c3 = b, c4 = b, c5 = b, c6 = b, c7 = b, c8 = b, c9 = b, c10 = b, c11 = b;
        for (int p = 0; p < d; p++) {
            FloatVector w0 = FloatVector.fromArray(S, wt, wo + p * width);
            c0 = FloatVector.broadcast(S, x[xi + 0 * d + p]).fma(w0, c0);
            c1 = FloatVector.broadcast(S, x[xi + 1 * d + p]).fma(w0, c1);
            c2 = FloatVector.broadcast(S, x[xi + 2 * d + p]).fma(w0, c2);
            c3 = FloatVector.broadcast(S, x[xi + 3 * d + p]).fma(w0, c3);
            c4 = FloatVector.broadcast(S, x[xi + 4 * d + p]).fma(w0, c4);
            c5 = FloatVector.broadcast(S, x[xi + 5 * d + p]).fma(w0, c5);
            c6 = FloatVector.broadcast(S, x[xi + 6 * d + p]).fma(w0, c6);
            c7 = FloatVector.broadcast(S, x[xi + 7 * d + p]).fma(w0, c7);
            c8 = FloatVector.broadcast(S, x[xi + 8 * d + p]).fma(w0, c8);
            c9 = FloatVector.broadcast(S, x[xi + 9 * d + p]).fma(w0, c9);
            c10 = FloatVector.broadcast(S, x[xi + 10 * d + p]).fma(w0, c10);
            c11 = FloatVector.broadcast(S, x[xi + 11 * d + p]).fma(w0, c11);
        }
        int z0 = zi + j;
        c0.intoArray(z, z0 + 0 * zs);
        c1.intoArray(z, z0 + 1 * zs);
        c2.intoArray(z, z0 + 2 * zs);
        c3.intoArray(z, z0 + 3 * zs);
        c4.intoArray(z, z0 + 4 * zs);
        c5.intoArray(z, z0 + 5 * zs);
        c6.intoArray(z, z0 + 6 * zs);
        c7.intoArray(z, z0 + 7 * zs);
        c8.intoArray(z, z0 + 8 * zs);
        c9.intoArray(z, z0 + 9 * zs);
        c10.intoArray(z, z0 + 10 * zs);
        c11.intoArray(z, z0 + 11 * zs);
    }
    static void z8u(float[] x, int xi, int d, float[] wt, int wo, int width, float[] bp, float[] z, int zs, int j, int zi) {
        FloatVector b = FloatVector.fromArray(S, bp, j);
        FloatVector c0 = b, c1 = b, c2 = b, c3 = b, c4 = b, c5 = b, c6 = b, c7 = b;
        int p = 0;
        for (; p + 4 <= d; p += 4) {
            int wi = wo + p * width;
            FloatVector w0 = FloatVector.fromArray(S, wt, wi), w1 = FloatVector.fromArray(S, wt, wi + width);
            FloatVector w2 = FloatVector.fromArray(S, wt, wi + 2 * width), w3 = FloatVector.fromArray(S, wt, wi + 3 * width);
            int x0 = xi + 0 * d + p;
            int x1 = xi + 1 * d + p;
            int x2 = xi + 2 * d + p;
            int x3 = xi + 3 * d + p;
            int x4 = xi + 4 * d + p;
            int x5 = xi + 5 * d + p;
            int x6 = xi + 6 * d + p;
            int x7 = xi + 7 * d + p;
            c0 = FloatVector.broadcast(S, x[x0 + 0]).fma(w0, c0);
            c1 = FloatVector.broadcast(S, x[x1 + 0]).fma(w0, c1);
            c2 = FloatVector.broadcast(S, x[x2 + 0]).fma(w0, c2);
            c3 = FloatVector.broadcast(S, x[x3 + 0]).fma(w0, c3);
            c4 = FloatVector.broadcast(S, x[x4 + 0]).fma(w0, c4);
            c5 = FloatVector.broadcast(S, x[x5 + 0]).fma(w0, c5);
            c6 = FloatVector.broadcast(S, x[x6 + 0]).fma(w0, c6);
            c7 = FloatVector.broadcast(S, x[x7 + 0]).fma(w0, c7);
            c0 = FloatVector.broadcast(S, x[x0 + 1]).fma(w1, c0);
            c1 = FloatVector.broadcast(S, x[x1 + 1]).fma(w1, c1);
            c2 = FloatVector.broadcast(S, x[x2 + 1]).fma(w1, c2);
            c3 = FloatVector.broadcast(S, x[x3 + 1]).fma(w1, c3);
            c4 = FloatVector.broadcast(S, x[x4 + 1]).fma(w1, c4);
            c5 = FloatVector.broadcast(S, x[x5 + 1]).fma(w1, c5);
            c6 = FloatVector.broadcast(S, x[x6 + 1]).fma(w1, c6);
            c7 = FloatVector.broadcast(S, x[x7 + 1]).fma(w1, c7);
            c0 = FloatVector.broadcast(S, x[x0 + 2]).fma(w2, c0);
            c1 = FloatVector.broadcast(S, x[x1 + 2]).fma(w2, c1);
            c2 = FloatVector.broadcast(S, x[x2 + 2]).fma(w2, c2);
            c3 = FloatVector.broadcast(S, x[x3 + 2]).fma(w2, c3);
            c4 = FloatVector.broadcast(S, x[x4 + 2]).fma(w2, c4);
            c5 = FloatVector.broadcast(S, x[x5 + 2]).fma(w2, c5);
            c6 = FloatVector.broadcast(S, x[x6 + 2]).fma(w2, c6);
            c7 = FloatVector.broadcast(S, x[x7 + 2]).fma(w2, c7);
            c0 = FloatVector.broadcast(S, x[x0 + 3]).fma(w3, c0);
            c1 = FloatVector.broadcast(S, x[x1 + 3]).fma(w3, c1);
            c2 = FloatVector.broadcast(S, x[x2 + 3]).fma(w3, c2);
            c3 = FloatVector.broadcast(S, x[x3 + 3]).fma(w3, c3);
            c4 = FloatVector.broadcast(S, x[x4 + 3]).fma(w3, c4);
            c5 = FloatVector.broadcast(S, x[x5 + 3]).fma(w3, c5);
            c6 = FloatVector.broadcast(S, x[x6 + 3]).fma(w3, c6);
            c7 = FloatVector.broadcast(S, x[x7 + 3]).fma(w3, c7);
        }
        for (; p < d; p++) {
            FloatVector w0 = FloatVector.fromArray(S, wt, wo + p * width);
            c0 = FloatVector.broadcast(S, x[xi + 0 * d + p]).fma(w0, c0);
            c1 = FloatVector.broadcast(S, x[xi + 1 * d + p]).fma(w0, c1);
            c2 = FloatVector.broadcast(S, x[xi + 2 * d + p]).fma(w0, c2);
            c3 = FloatVector.broadcast(S, x[xi + 3 * d + p]).fma(w0, c3);
            c4 = FloatVector.broadcast(S, x[xi + 4 * d + p]).fma(w0, c4);
            c5 = FloatVector.broadcast(S, x[xi + 5 * d + p]).fma(w0, c5);
            c6 = FloatVector.broadcast(S, x[xi + 6 * d + p]).fma(w0, c6);
            c7 = FloatVector.broadcast(S, x[xi + 7 * d + p]).fma(w0, c7);
        }
        int z0 = zi + j;
        c0.intoArray(z, z0 + 0 * zs);
        c1.intoArray(z, z0 + 1 * zs);
        c2.intoArray(z, z0 + 2 * zs);
        c3.intoArray(z, z0 + 3 * zs);
        c4.intoArray(z, z0 + 4 * zs);
        c5.intoArray(z, z0 + 5 * zs);
        c6.intoArray(z, z0 + 6 * zs);
        c7.intoArray(z, z0 + 7 * zs);
    }
    // x row in a register, lanes picked by rearrange (vpermps)
    public static void main(String[] a) {
        int d = 16, rows = 32, L = 16;
        java.util.Random r = new java.util.Random(1);
        float[] x = new float[rows * d], xb = new float[rows * d * L], wt = new float[d * L], bp = new float[L], z = new float[rows * L];
        for (int i = 0; i < x.length; i++) { x[i] = (float) r.nextGaussian(); for (int l = 0; l < L; l++) xb[i * L + l] = x[i]; }
        for (int i = 0; i < wt.length; i++) wt[i] = (float) r.nextGaussian();
        for (int round = 0; round < 3; round++) {
            int n = 2_000_000; long b1 = Long.MAX_VALUE, b2 = Long.MAX_VALUE;
            for (int rep = 0; rep < 5; rep++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) for (int g = 0; g < rows; g += 8) z8(x, g * d, d, wt, 0, L, bp, z, L, 0, g * L);
                b1 = Math.min(b1, System.nanoTime() - t0);
                t0 = System.nanoTime();
                for (int i = 0; i < n; i++) for (int g = 0; g < rows; g += 8) z8b(xb, g * d, d, wt, 0, L, bp, z, L, 0, g * L);
                b2 = Math.min(b2, System.nanoTime() - t0);
            }
            System.out.printf("32 rows: broadcast %.1f ns, pre-broadcast loads %.1f ns%n", b1 / (double) n, b2 / (double) n);
            long b3 = Long.MAX_VALUE, b4 = Long.MAX_VALUE, b5 = Long.MAX_VALUE;
            for (int rep = 0; rep < 5; rep++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) for (int g = 0; g < rows; g += 16) z16(x, g * d, d, wt, 0, L, bp, z, L, 0, g * L);
                b3 = Math.min(b3, System.nanoTime() - t0);
                t0 = System.nanoTime();
                for (int i = 0; i < n; i++) for (int g = 0; g < rows; g += 4) z4(x, g * d, d, wt, 0, L, bp, z, L, 0, g * L);
                b4 = Math.min(b4, System.nanoTime() - t0);
                t0 = System.nanoTime();
                for (int i = 0; i < n; i++) for (int g = 0; g + 12 <= rows; g += 12) z12(x, g * d, d, wt, 0, L, bp, z, L, 0, g * L);
                b5 = Math.min(b5, System.nanoTime() - t0);
            }
            long b6 = Long.MAX_VALUE;
            for (int rep = 0; rep < 5; rep++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) for (int g = 0; g < rows; g += 8) z8u(x, g * d, d, wt, 0, L, bp, z, L, 0, g * L);
                b6 = Math.min(b6, System.nanoTime() - t0);
            }
            System.out.printf("32 rows: 8-row tiles, p unrolled by 4: %.1f ns%n", b6 / (double) n);
            System.out.printf("32 rows: 16-row tiles %.1f ns, 4-row tiles %.1f ns; 24 rows in 12-row tiles %.1f ns%n", b3 / (double) n, b4 / (double) n, b5 / (double) n);
        }
        sink = z[3];
    }
}
