package dev.twolayer.kernel;
import jdk.incubator.vector.*;
import java.util.*;
public final class Align {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]);
        float[] wt = new float[d * 64 + 64], x = new float[6 * d + 64], bp = new float[64 + 64], z = new float[6 * 64 + 64];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < wt.length; i++) wt[i] = (float) r.nextGaussian();
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int pass = 0; pass < 3; pass++) {
            StringBuilder sb = new StringBuilder("d=" + d + " GFLOP/s by wt offset (floats):");
            for (int off = 0; off < 16; off++) {
                int reps = 20000000 / d;
                for (int w = 0; w < reps / 4; w++) { z6x4(x, 0, d, wt, off, bp, z, 64, 0, 0); z6x4p(x, 0, d, wt, off, bp, z, 64, 0, 0); z6x4q(x, 0, d, wt, off, bp, z, 64, 0, 0);}
                long t0 = System.nanoTime();
                for (int w = 0; w < reps; w++) z6x4(x, 0, d, wt, off, bp, z, 64, 0, 0);
                long t = System.nanoTime() - t0;
                t0 = System.nanoTime();
                for (int w = 0; w < reps; w++) z6x4p(x, 0, d, wt, off, bp, z, 64, 0, 0);
                long tp = System.nanoTime() - t0;
                t0 = System.nanoTime();
                for (int w = 0; w < reps; w++) z6x4q(x, 0, d, wt, off, bp, z, 64, 0, 0);
                long tq = System.nanoTime() - t0;
                sb.append(String.format(" %d:%.0f/%.0f/%.0f", off, 2.0 * 6 * 64 * d * reps / t, 2.0 * 6 * 64 * d * reps / tp, 2.0 * 6 * 64 * d * reps / tq));
            }
            System.out.println(sb);
        }
    }
    private static void z6x4(float[] x, int xi, int d, float[] wt, int wo, float[] bp, float[] z, int kp, int j,
                             int zi) {
        final int L = S.length();
        FloatVector c00 = FloatVector.fromArray(S, bp, j), c01 = FloatVector.fromArray(S, bp, j + L);
        FloatVector c02 = FloatVector.fromArray(S, bp, j + 2 * L), c03 = FloatVector.fromArray(S, bp, j + 3 * L);
        FloatVector c10 = c00, c11 = c01, c12 = c02, c13 = c03;
        FloatVector c20 = c00, c21 = c01, c22 = c02, c23 = c03;
        FloatVector c30 = c00, c31 = c01, c32 = c02, c33 = c03;
        FloatVector c40 = c00, c41 = c01, c42 = c02, c43 = c03;
        FloatVector c50 = c00, c51 = c01, c52 = c02, c53 = c03;
        for (int p = 0; p < d; p++) {
            int w = wo + p * (4 * L);
            FloatVector w0 = FloatVector.fromArray(S, wt, w), w1 = FloatVector.fromArray(S, wt, w + L);
            FloatVector w2 = FloatVector.fromArray(S, wt, w + 2 * L), w3 = FloatVector.fromArray(S, wt, w + 3 * L);
            FloatVector x0 = FloatVector.broadcast(S, x[xi + p]);
            c00 = x0.fma(w0, c00); c01 = x0.fma(w1, c01); c02 = x0.fma(w2, c02); c03 = x0.fma(w3, c03);
            FloatVector x1 = FloatVector.broadcast(S, x[xi + d + p]);
            c10 = x1.fma(w0, c10); c11 = x1.fma(w1, c11); c12 = x1.fma(w2, c12); c13 = x1.fma(w3, c13);
            FloatVector x2 = FloatVector.broadcast(S, x[xi + 2 * d + p]);
            c20 = x2.fma(w0, c20); c21 = x2.fma(w1, c21); c22 = x2.fma(w2, c22); c23 = x2.fma(w3, c23);
            FloatVector x3 = FloatVector.broadcast(S, x[xi + 3 * d + p]);
            c30 = x3.fma(w0, c30); c31 = x3.fma(w1, c31); c32 = x3.fma(w2, c32); c33 = x3.fma(w3, c33);
            FloatVector x4 = FloatVector.broadcast(S, x[xi + 4 * d + p]);
            c40 = x4.fma(w0, c40); c41 = x4.fma(w1, c41); c42 = x4.fma(w2, c42); c43 = x4.fma(w3, c43);
            FloatVector x5 = FloatVector.broadcast(S, x[xi + 5 * d + p]);
            c50 = x5.fma(w0, c50); c51 = x5.fma(w1, c51); c52 = x5.fma(w2, c52); c53 = x5.fma(w3, c53);
        }
        int z0 = zi + j, z1 = z0 + kp, z2 = z1 + kp, z3 = z2 + kp, z4 = z3 + kp, z5 = z4 + kp;
        c00.intoArray(z, z0); c01.intoArray(z, z0 + L); c02.intoArray(z, z0 + 2 * L); c03.intoArray(z, z0 + 3 * L);
        c10.intoArray(z, z1); c11.intoArray(z, z1 + L); c12.intoArray(z, z1 + 2 * L); c13.intoArray(z, z1 + 3 * L);
        c20.intoArray(z, z2); c21.intoArray(z, z2 + L); c22.intoArray(z, z2 + 2 * L); c23.intoArray(z, z2 + 3 * L);
        c30.intoArray(z, z3); c31.intoArray(z, z3 + L); c32.intoArray(z, z3 + 2 * L); c33.intoArray(z, z3 + 3 * L);
        c40.intoArray(z, z4); c41.intoArray(z, z4 + L); c42.intoArray(z, z4 + 2 * L); c43.intoArray(z, z4 + 3 * L);
        c50.intoArray(z, z5); c51.intoArray(z, z5 + L); c52.intoArray(z, z5 + 2 * L); c53.intoArray(z, z5 + 3 * L);
    }
    private static void z6x4p(float[] x, int xi, int d, float[] wt, int wo, float[] bp, float[] z, int kp, int j,
                             int zi) {
        final int L = S.length();
        FloatVector c00 = FloatVector.fromArray(S, bp, j), c01 = FloatVector.fromArray(S, bp, j + L);
        FloatVector c02 = FloatVector.fromArray(S, bp, j + 2 * L), c03 = FloatVector.fromArray(S, bp, j + 3 * L);
        FloatVector c10 = c00, c11 = c01, c12 = c02, c13 = c03;
        FloatVector c20 = c00, c21 = c01, c22 = c02, c23 = c03;
        FloatVector c30 = c00, c31 = c01, c32 = c02, c33 = c03;
        FloatVector c40 = c00, c41 = c01, c42 = c02, c43 = c03;
        FloatVector c50 = c00, c51 = c01, c52 = c02, c53 = c03;
        for (int p = 0; p < d; p++) {
            int w = wo + p * (4 * L), xp6 = xi + 6 * p;
            FloatVector w0 = FloatVector.fromArray(S, wt, w), w1 = FloatVector.fromArray(S, wt, w + L);
            FloatVector w2 = FloatVector.fromArray(S, wt, w + 2 * L), w3 = FloatVector.fromArray(S, wt, w + 3 * L);
            FloatVector x0 = FloatVector.broadcast(S, x[xp6]);
            c00 = x0.fma(w0, c00); c01 = x0.fma(w1, c01); c02 = x0.fma(w2, c02); c03 = x0.fma(w3, c03);
            FloatVector x1 = FloatVector.broadcast(S, x[xp6 + 1]);
            c10 = x1.fma(w0, c10); c11 = x1.fma(w1, c11); c12 = x1.fma(w2, c12); c13 = x1.fma(w3, c13);
            FloatVector x2 = FloatVector.broadcast(S, x[xp6 + 2]);
            c20 = x2.fma(w0, c20); c21 = x2.fma(w1, c21); c22 = x2.fma(w2, c22); c23 = x2.fma(w3, c23);
            FloatVector x3 = FloatVector.broadcast(S, x[xp6 + 3]);
            c30 = x3.fma(w0, c30); c31 = x3.fma(w1, c31); c32 = x3.fma(w2, c32); c33 = x3.fma(w3, c33);
            FloatVector x4 = FloatVector.broadcast(S, x[xp6 + 4]);
            c40 = x4.fma(w0, c40); c41 = x4.fma(w1, c41); c42 = x4.fma(w2, c42); c43 = x4.fma(w3, c43);
            FloatVector x5 = FloatVector.broadcast(S, x[xp6 + 5]);
            c50 = x5.fma(w0, c50); c51 = x5.fma(w1, c51); c52 = x5.fma(w2, c52); c53 = x5.fma(w3, c53);
        }
        int z0 = zi + j, z1 = z0 + kp, z2 = z1 + kp, z3 = z2 + kp, z4 = z3 + kp, z5 = z4 + kp;
        c00.intoArray(z, z0); c01.intoArray(z, z0 + L); c02.intoArray(z, z0 + 2 * L); c03.intoArray(z, z0 + 3 * L);
        c10.intoArray(z, z1); c11.intoArray(z, z1 + L); c12.intoArray(z, z1 + 2 * L); c13.intoArray(z, z1 + 3 * L);
        c20.intoArray(z, z2); c21.intoArray(z, z2 + L); c22.intoArray(z, z2 + 2 * L); c23.intoArray(z, z2 + 3 * L);
        c30.intoArray(z, z3); c31.intoArray(z, z3 + L); c32.intoArray(z, z3 + 2 * L); c33.intoArray(z, z3 + 3 * L);
        c40.intoArray(z, z4); c41.intoArray(z, z4 + L); c42.intoArray(z, z4 + 2 * L); c43.intoArray(z, z4 + 3 * L);
        c50.intoArray(z, z5); c51.intoArray(z, z5 + L); c52.intoArray(z, z5 + 2 * L); c53.intoArray(z, z5 + 3 * L);
    }
    private static void z6x4q(float[] x, int xi, int d, float[] wt, int wo, float[] bp, float[] z, int kp, int j, int zi) {
        final int L = S.length();
        FloatVector c00 = FloatVector.fromArray(S, bp, j), c01 = FloatVector.fromArray(S, bp, j + L);
        FloatVector c02 = FloatVector.fromArray(S, bp, j + 2 * L), c03 = FloatVector.fromArray(S, bp, j + 3 * L);
        FloatVector c10 = c00, c11 = c01, c12 = c02, c13 = c03;
        FloatVector c20 = c00, c21 = c01, c22 = c02, c23 = c03;
        FloatVector c30 = c00, c31 = c01, c32 = c02, c33 = c03;
        FloatVector c40 = c00, c41 = c01, c42 = c02, c43 = c03;
        FloatVector c50 = c00, c51 = c01, c52 = c02, c53 = c03;
        int p = 0;
        for (; p + 2 <= d; p += 2) {
            int wa = wo + (p) * (4 * L), xqa = xi + 6 * (p);
            FloatVector w0a = FloatVector.fromArray(S, wt, wa), w1a = FloatVector.fromArray(S, wt, wa + L);
            FloatVector w2a = FloatVector.fromArray(S, wt, wa + 2 * L), w3a = FloatVector.fromArray(S, wt, wa + 3 * L);
            FloatVector x0a = FloatVector.broadcast(S, x[xqa + 0]);
            c00 = x0a.fma(w0a, c00); c01 = x0a.fma(w1a, c01); c02 = x0a.fma(w2a, c02); c03 = x0a.fma(w3a, c03);
            FloatVector x1a = FloatVector.broadcast(S, x[xqa + 1]);
            c10 = x1a.fma(w0a, c10); c11 = x1a.fma(w1a, c11); c12 = x1a.fma(w2a, c12); c13 = x1a.fma(w3a, c13);
            FloatVector x2a = FloatVector.broadcast(S, x[xqa + 2]);
            c20 = x2a.fma(w0a, c20); c21 = x2a.fma(w1a, c21); c22 = x2a.fma(w2a, c22); c23 = x2a.fma(w3a, c23);
            FloatVector x3a = FloatVector.broadcast(S, x[xqa + 3]);
            c30 = x3a.fma(w0a, c30); c31 = x3a.fma(w1a, c31); c32 = x3a.fma(w2a, c32); c33 = x3a.fma(w3a, c33);
            FloatVector x4a = FloatVector.broadcast(S, x[xqa + 4]);
            c40 = x4a.fma(w0a, c40); c41 = x4a.fma(w1a, c41); c42 = x4a.fma(w2a, c42); c43 = x4a.fma(w3a, c43);
            FloatVector x5a = FloatVector.broadcast(S, x[xqa + 5]);
            c50 = x5a.fma(w0a, c50); c51 = x5a.fma(w1a, c51); c52 = x5a.fma(w2a, c52); c53 = x5a.fma(w3a, c53);
            int wb = wo + (p + 1) * (4 * L), xqb = xi + 6 * (p + 1);
            FloatVector w0b = FloatVector.fromArray(S, wt, wb), w1b = FloatVector.fromArray(S, wt, wb + L);
            FloatVector w2b = FloatVector.fromArray(S, wt, wb + 2 * L), w3b = FloatVector.fromArray(S, wt, wb + 3 * L);
            FloatVector x0b = FloatVector.broadcast(S, x[xqb + 0]);
            c00 = x0b.fma(w0b, c00); c01 = x0b.fma(w1b, c01); c02 = x0b.fma(w2b, c02); c03 = x0b.fma(w3b, c03);
            FloatVector x1b = FloatVector.broadcast(S, x[xqb + 1]);
            c10 = x1b.fma(w0b, c10); c11 = x1b.fma(w1b, c11); c12 = x1b.fma(w2b, c12); c13 = x1b.fma(w3b, c13);
            FloatVector x2b = FloatVector.broadcast(S, x[xqb + 2]);
            c20 = x2b.fma(w0b, c20); c21 = x2b.fma(w1b, c21); c22 = x2b.fma(w2b, c22); c23 = x2b.fma(w3b, c23);
            FloatVector x3b = FloatVector.broadcast(S, x[xqb + 3]);
            c30 = x3b.fma(w0b, c30); c31 = x3b.fma(w1b, c31); c32 = x3b.fma(w2b, c32); c33 = x3b.fma(w3b, c33);
            FloatVector x4b = FloatVector.broadcast(S, x[xqb + 4]);
            c40 = x4b.fma(w0b, c40); c41 = x4b.fma(w1b, c41); c42 = x4b.fma(w2b, c42); c43 = x4b.fma(w3b, c43);
            FloatVector x5b = FloatVector.broadcast(S, x[xqb + 5]);
            c50 = x5b.fma(w0b, c50); c51 = x5b.fma(w1b, c51); c52 = x5b.fma(w2b, c52); c53 = x5b.fma(w3b, c53);
        }
        for (; p < d; p++) {
            int wa = wo + (p) * (4 * L), xqa = xi + 6 * (p);
            FloatVector w0a = FloatVector.fromArray(S, wt, wa), w1a = FloatVector.fromArray(S, wt, wa + L);
            FloatVector w2a = FloatVector.fromArray(S, wt, wa + 2 * L), w3a = FloatVector.fromArray(S, wt, wa + 3 * L);
            FloatVector x0a = FloatVector.broadcast(S, x[xqa + 0]);
            c00 = x0a.fma(w0a, c00); c01 = x0a.fma(w1a, c01); c02 = x0a.fma(w2a, c02); c03 = x0a.fma(w3a, c03);
            FloatVector x1a = FloatVector.broadcast(S, x[xqa + 1]);
            c10 = x1a.fma(w0a, c10); c11 = x1a.fma(w1a, c11); c12 = x1a.fma(w2a, c12); c13 = x1a.fma(w3a, c13);
            FloatVector x2a = FloatVector.broadcast(S, x[xqa + 2]);
            c20 = x2a.fma(w0a, c20); c21 = x2a.fma(w1a, c21); c22 = x2a.fma(w2a, c22); c23 = x2a.fma(w3a, c23);
            FloatVector x3a = FloatVector.broadcast(S, x[xqa + 3]);
            c30 = x3a.fma(w0a, c30); c31 = x3a.fma(w1a, c31); c32 = x3a.fma(w2a, c32); c33 = x3a.fma(w3a, c33);
            FloatVector x4a = FloatVector.broadcast(S, x[xqa + 4]);
            c40 = x4a.fma(w0a, c40); c41 = x4a.fma(w1a, c41); c42 = x4a.fma(w2a, c42); c43 = x4a.fma(w3a, c43);
            FloatVector x5a = FloatVector.broadcast(S, x[xqa + 5]);
            c50 = x5a.fma(w0a, c50); c51 = x5a.fma(w1a, c51); c52 = x5a.fma(w2a, c52); c53 = x5a.fma(w3a, c53);
        }
        int z0 = zi + j + 0 * kp;
        c00.intoArray(z, z0 + 0 * L); c01.intoArray(z, z0 + 1 * L); c02.intoArray(z, z0 + 2 * L); c03.intoArray(z, z0 + 3 * L);
        int z1 = zi + j + 1 * kp;
        c10.intoArray(z, z1 + 0 * L); c11.intoArray(z, z1 + 1 * L); c12.intoArray(z, z1 + 2 * L); c13.intoArray(z, z1 + 3 * L);
        int z2 = zi + j + 2 * kp;
        c20.intoArray(z, z2 + 0 * L); c21.intoArray(z, z2 + 1 * L); c22.intoArray(z, z2 + 2 * L); c23.intoArray(z, z2 + 3 * L);
        int z3 = zi + j + 3 * kp;
        c30.intoArray(z, z3 + 0 * L); c31.intoArray(z, z3 + 1 * L); c32.intoArray(z, z3 + 2 * L); c33.intoArray(z, z3 + 3 * L);
        int z4 = zi + j + 4 * kp;
        c40.intoArray(z, z4 + 0 * L); c41.intoArray(z, z4 + 1 * L); c42.intoArray(z, z4 + 2 * L); c43.intoArray(z, z4 + 3 * L);
        int z5 = zi + j + 5 * kp;
        c50.intoArray(z, z5 + 0 * L); c51.intoArray(z, z5 + 1 * L); c52.intoArray(z, z5 + 2 * L); c53.intoArray(z, z5 + 3 * L);
    }
}
