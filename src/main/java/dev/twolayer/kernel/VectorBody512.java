package dev.twolayer.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Vector loops at a fixed width. This file is the template: the other widths are generated from it by
 * {@code src/main/sh/gen-vector-bodies.sh} (edit here, then run the script; a test checks they are in sync).
 *
 * <p>GEMMs use a 4 x 4 register tile (4 samples or inputs x 4 vectors of hidden units, 16 accumulators) with
 * broadcast-FMA over the reduction index, plus 4 x 1, 1 x 4 and 1 x 1 tiles for the tails.
 */
final class VectorBody512 extends VectorBody {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_512;

    @Override int lanes() { return S.length(); }

    // ---------------------------------------------------------------- packing

    @Override
    void packTransposed(float[] w, int k, int d, int kp, int[] rowStarts, float[] wt) {
        final int L = S.length();
        int j0 = 0;
        // full vectors of hidden units: one gather of W[j0 .. j0+L)[p] per input p; the L rows of W stay in cache
        for (; j0 + L <= k; j0 += L) {
            int base = j0 * d;
            for (int p = 0; p < d; p++) FloatVector.fromArray(S, w, base + p, rowStarts, 0).intoArray(wt, p * kp + j0);
        }
        if (j0 < k) {
            for (int p = 0; p < d; p++) {
                int dst = p * kp;
                for (int j = j0; j < k; j++) wt[dst + j] = w[j * d + p];
                for (int j = k; j < kp; j++) wt[dst + j] = 0f;
            }
        }
    }

    @Override
    void unpackTransposed(float[] dwt, int d, int k, int kp, int[] colStarts, float[] grad, int off) {
        final int L = S.length();
        int p0 = 0;
        // full vectors of inputs: one gather of dW^T[p0 .. p0+L)[j] per hidden unit j (those L rows stay in cache)
        for (; p0 + L <= d; p0 += L) {
            int base = p0 * kp;
            for (int j = 0; j < k; j++)
                FloatVector.fromArray(S, dwt, base + j, colStarts, 0).intoArray(grad, off + j * d + p0);
        }
        for (int j = 0; j < k; j++) for (int p = p0; p < d; p++) grad[off + j * d + p] = dwt[p * kp + j];
    }

    // ---------------------------------------------------------------- forward: Z = X W^T + b

    @Override
    void forwardZ(float[] x, int xOff, int rows, int d, int kp, float[] wt, float[] bp, float[] z,
                  boolean fuseY, float[] ap, float yInit, float slope, float[] y, float[] lanes) {
        final int L = S.length();
        // panel of 4 vectors of hidden units outer: its d x 4L slice of W^T stays in L2 while all samples pass
        int j = 0;
        for (; j + 4 * L <= kp; j += 4 * L) {
            int i = 0;
            for (; i + 4 <= rows; i += 4) z4x4(x, xOff + i * d, d, wt, kp, j, bp, z, i * kp);
            for (; i < rows; i++) z1x4(x, xOff + i * d, d, wt, kp, j, bp, z, i * kp);
        }
        for (; j < kp; j += L) {
            int i = 0;
            for (; i + 4 <= rows; i += 4) z4x1(x, xOff + i * d, d, wt, kp, j, bp, z, i * kp);
            for (; i < rows; i++) z1x1(x, xOff + i * d, d, wt, kp, j, bp, z, i * kp);
        }
        if (fuseY) output1(z, 0, rows, kp, ap, yInit, slope, y, lanes);
    }

    private static void z4x4(float[] x, int xi, int d, float[] wt, int kp, int j, float[] bp, float[] z, int zi) {
        final int L = S.length();
        FloatVector c00 = FloatVector.fromArray(S, bp, j), c01 = FloatVector.fromArray(S, bp, j + L);
        FloatVector c02 = FloatVector.fromArray(S, bp, j + 2 * L), c03 = FloatVector.fromArray(S, bp, j + 3 * L);
        FloatVector c10 = c00, c11 = c01, c12 = c02, c13 = c03;
        FloatVector c20 = c00, c21 = c01, c22 = c02, c23 = c03;
        FloatVector c30 = c00, c31 = c01, c32 = c02, c33 = c03;
        for (int p = 0; p < d; p++) {
            int w = p * kp + j;
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
        }
        int z0 = zi + j, z1 = z0 + kp, z2 = z1 + kp, z3 = z2 + kp;
        c00.intoArray(z, z0); c01.intoArray(z, z0 + L); c02.intoArray(z, z0 + 2 * L); c03.intoArray(z, z0 + 3 * L);
        c10.intoArray(z, z1); c11.intoArray(z, z1 + L); c12.intoArray(z, z1 + 2 * L); c13.intoArray(z, z1 + 3 * L);
        c20.intoArray(z, z2); c21.intoArray(z, z2 + L); c22.intoArray(z, z2 + 2 * L); c23.intoArray(z, z2 + 3 * L);
        c30.intoArray(z, z3); c31.intoArray(z, z3 + L); c32.intoArray(z, z3 + 2 * L); c33.intoArray(z, z3 + 3 * L);
    }

    private static void z4x1(float[] x, int xi, int d, float[] wt, int kp, int j, float[] bp, float[] z, int zi) {
        FloatVector c0 = FloatVector.fromArray(S, bp, j), c1 = c0, c2 = c0, c3 = c0;
        for (int p = 0; p < d; p++) {
            FloatVector w0 = FloatVector.fromArray(S, wt, p * kp + j);
            c0 = FloatVector.broadcast(S, x[xi + p]).fma(w0, c0);
            c1 = FloatVector.broadcast(S, x[xi + d + p]).fma(w0, c1);
            c2 = FloatVector.broadcast(S, x[xi + 2 * d + p]).fma(w0, c2);
            c3 = FloatVector.broadcast(S, x[xi + 3 * d + p]).fma(w0, c3);
        }
        int z0 = zi + j;
        c0.intoArray(z, z0); c1.intoArray(z, z0 + kp); c2.intoArray(z, z0 + 2 * kp); c3.intoArray(z, z0 + 3 * kp);
    }

    private static void z1x4(float[] x, int xi, int d, float[] wt, int kp, int j, float[] bp, float[] z, int zi) {
        final int L = S.length();
        FloatVector c0 = FloatVector.fromArray(S, bp, j), c1 = FloatVector.fromArray(S, bp, j + L);
        FloatVector c2 = FloatVector.fromArray(S, bp, j + 2 * L), c3 = FloatVector.fromArray(S, bp, j + 3 * L);
        for (int p = 0; p < d; p++) {
            int w = p * kp + j;
            FloatVector x0 = FloatVector.broadcast(S, x[xi + p]);
            c0 = x0.fma(FloatVector.fromArray(S, wt, w), c0);
            c1 = x0.fma(FloatVector.fromArray(S, wt, w + L), c1);
            c2 = x0.fma(FloatVector.fromArray(S, wt, w + 2 * L), c2);
            c3 = x0.fma(FloatVector.fromArray(S, wt, w + 3 * L), c3);
        }
        int z0 = zi + j;
        c0.intoArray(z, z0); c1.intoArray(z, z0 + L); c2.intoArray(z, z0 + 2 * L); c3.intoArray(z, z0 + 3 * L);
    }

    private static void z1x1(float[] x, int xi, int d, float[] wt, int kp, int j, float[] bp, float[] z, int zi) {
        FloatVector c0 = FloatVector.fromArray(S, bp, j);
        for (int p = 0; p < d; p++)
            c0 = FloatVector.broadcast(S, x[xi + p]).fma(FloatVector.fromArray(S, wt, p * kp + j), c0);
        c0.intoArray(z, zi + j);
    }

    // ---------------------------------------------------------------- forward for a few rows: dots with W's rows

    @Override
    void forwardZDot(float[] w, int k, float[] x, int xOff, int rows, int d, int kp, float[] bp, boolean identity,
                     float[] z, boolean fuseY, float[] ap, float yInit, float slope, float[] y, float[] lanes) {
        final int L = S.length();
        int full = d - d % L;
        VectorMask<Float> tail = VectorMask.fromLong(S, (1L << (d - full)) - 1);
        for (int i = 0; i < rows; i++) {
            int xi = xOff + i * d, zi = i * kp;
            int j = 0;
            // 4 hidden units per pass: each x vector is loaded once for 4 rows of W
            for (; j + 4 <= k; j += 4) {
                int w0 = j * d, w1 = w0 + d, w2 = w1 + d, w3 = w2 + d;
                FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
                for (int p = 0; p < full; p += L) {
                    FloatVector xv = FloatVector.fromArray(S, x, xi + p);
                    a0 = FloatVector.fromArray(S, w, w0 + p).fma(xv, a0);
                    a1 = FloatVector.fromArray(S, w, w1 + p).fma(xv, a1);
                    a2 = FloatVector.fromArray(S, w, w2 + p).fma(xv, a2);
                    a3 = FloatVector.fromArray(S, w, w3 + p).fma(xv, a3);
                }
                if (full < d) {
                    FloatVector xv = FloatVector.fromArray(S, x, xi + full, tail);
                    a0 = FloatVector.fromArray(S, w, w0 + full, tail).fma(xv, a0);
                    a1 = FloatVector.fromArray(S, w, w1 + full, tail).fma(xv, a1);
                    a2 = FloatVector.fromArray(S, w, w2 + full, tail).fma(xv, a2);
                    a3 = FloatVector.fromArray(S, w, w3 + full, tail).fma(xv, a3);
                }
                a0.intoArray(lanes, 0);
                z[zi + j] = bp[j] + sumLanes(lanes, L);
                a1.intoArray(lanes, 0);
                z[zi + j + 1] = bp[j + 1] + sumLanes(lanes, L);
                a2.intoArray(lanes, 0);
                z[zi + j + 2] = bp[j + 2] + sumLanes(lanes, L);
                a3.intoArray(lanes, 0);
                z[zi + j + 3] = bp[j + 3] + sumLanes(lanes, L);
            }
            for (; j < k; j++) {
                int w0 = j * d;
                FloatVector a0 = FloatVector.zero(S);
                for (int p = 0; p < full; p += L)
                    a0 = FloatVector.fromArray(S, w, w0 + p).fma(FloatVector.fromArray(S, x, xi + p), a0);
                if (full < d) {
                    FloatVector xv = FloatVector.fromArray(S, x, xi + full, tail);
                    a0 = FloatVector.fromArray(S, w, w0 + full, tail).fma(xv, a0);
                }
                a0.intoArray(lanes, 0);
                z[zi + j] = bp[j] + sumLanes(lanes, L);
            }
            for (; j < kp; j++) z[zi + j] = 0f;
            if (identity) for (int p = 0; p < d; p++) z[zi + p] += x[xi + p];
        }
        if (fuseY) output1(z, 0, rows, kp, ap, yInit, slope, y, lanes);
    }

    /** y[i] = yInit + relu(z_i) . a for rows [i0, i0 + n): one output. relu_s(z) = max(z, s z) as 0 <= s < 1. */
    private static void output1(float[] z, int i0, int n, int kp, float[] ap, float yInit, float slope, float[] y,
                                float[] lanes) {
        final int L = S.length();
        for (int i = i0; i < i0 + n; i++) {
            int zi = i * kp;
            FloatVector acc = FloatVector.zero(S);
            for (int j = 0; j < kp; j += L) {
                FloatVector v = FloatVector.fromArray(S, z, zi + j);
                acc = v.max(v.mul(slope)).fma(FloatVector.fromArray(S, ap, j), acc);
            }
            acc.intoArray(lanes, 0);
            y[i] = yInit + sumLanes(lanes, L);
        }
    }

    /**
     * Lane sum in a fixed order. reduceLanes(ADD) leaves the order unspecified, and the interpreter and C2 do differ,
     * which made identical runs differ in the last bits before and after JIT compilation.
     */
    private static float sumLanes(float[] lanes, int n) {
        float s = 0f;
        for (int l = 0; l < n; l++) s += lanes[l];
        return s;
    }

    // ---------------------------------------------------------------- outputs for m > 1

    @Override
    void outputs(float[] z, int rows, int kp, int m, float[] ap, float[] params, int cOff, float slope, float[] y,
                 float[] lanes) {
        final int L = S.length();
        for (int i = 0; i < rows; i++) {
            int zi = i * kp;
            for (int o = 0; o < m; o++) {
                int ao = o * kp;
                FloatVector acc = FloatVector.zero(S);
                for (int j = 0; j < kp; j += L) {
                    FloatVector v = FloatVector.fromArray(S, z, zi + j);
                    acc = v.max(v.mul(slope)).fma(FloatVector.fromArray(S, ap, ao + j), acc);
                }
                acc.intoArray(lanes, 0);
                y[i * m + o] = (cOff < 0 ? 0f : params[cOff + o]) + sumLanes(lanes, L);
            }
        }
    }

    // ---------------------------------------------------------------- backward: dA, G, db

    @Override
    void hiddenGrad(float[] z, int rows, int kp, int m, float[] e, float[] ap, float slope, boolean trainA,
                    float[] dap, float[] dbp) {
        if (m == 1) hiddenGrad1(z, rows, kp, e, ap, slope, trainA, dap, dbp);
        else hiddenGradM(z, rows, kp, m, e, ap, slope, trainA, dap, dbp);
    }

    /** One output: dA, G and db in a single pass over Z, accumulators in registers across the batch. */
    private static void hiddenGrad1(float[] z, int rows, int kp, float[] e, float[] ap, float slope, boolean trainA,
                                    float[] dap, float[] dbp) {
        final int L = S.length();
        for (int j = 0; j < kp; j += L) {
            FloatVector a = FloatVector.fromArray(S, ap, j);
            FloatVector accA = FloatVector.zero(S), accB = FloatVector.zero(S);
            for (int i = 0; i < rows; i++) {
                int zi = i * kp + j;
                FloatVector zv = FloatVector.fromArray(S, z, zi);
                FloatVector ei = FloatVector.broadcast(S, e[i]);
                if (trainA) accA = zv.max(zv.mul(slope)).fma(ei, accA);
                FloatVector g = a.mul(ei);
                VectorMask<Float> off = zv.compare(VectorOperators.LE, 0f);
                g = g.blend(g.mul(slope), off);
                g.intoArray(z, zi);
                accB = accB.add(g);
            }
            accA.intoArray(dap, j);
            accB.intoArray(dbp, j);
        }
    }

    private static void hiddenGradM(float[] z, int rows, int kp, int m, float[] e, float[] ap, float slope,
                                    boolean trainA, float[] dap, float[] dbp) {
        final int L = S.length();
        for (int j = 0; j < kp; j += L) {
            if (trainA) {
                for (int o = 0; o < m; o++) {
                    FloatVector acc = FloatVector.zero(S);
                    for (int i = 0; i < rows; i++) {
                        FloatVector v = FloatVector.fromArray(S, z, i * kp + j);
                        acc = v.max(v.mul(slope)).fma(FloatVector.broadcast(S, e[i * m + o]), acc);
                    }
                    acc.intoArray(dap, o * kp + j);
                }
            }
            FloatVector accB = FloatVector.zero(S);
            for (int i = 0; i < rows; i++) {
                int zi = i * kp + j;
                FloatVector zv = FloatVector.fromArray(S, z, zi);
                FloatVector g = FloatVector.zero(S);
                for (int o = 0; o < m; o++)
                    g = FloatVector.fromArray(S, ap, o * kp + j).fma(FloatVector.broadcast(S, e[i * m + o]), g);
                VectorMask<Float> off = zv.compare(VectorOperators.LE, 0f);
                g = g.blend(g.mul(slope), off);
                g.intoArray(z, zi);
                accB = accB.add(g);
            }
            accB.intoArray(dbp, j);
        }
    }

    // ---------------------------------------------------------------- backward: dW^T = X^T G

    @Override
    void weightGrad(float[] x, int xOff, int rows, int d, float[] g, int kp, float[] dwt) {
        final int L = S.length();
        int j = 0;
        // hidden-unit panel outer so the G panel stays in cache while every input p is swept
        for (; j + 4 * L <= kp; j += 4 * L) {
            int p = 0;
            for (; p + 4 <= d; p += 4) dw4x4(x, xOff, d, rows, g, kp, p, j, dwt);
            for (; p < d; p++) dw1x4(x, xOff, d, rows, g, kp, p, j, dwt);
        }
        for (; j < kp; j += L) {
            int p = 0;
            for (; p + 4 <= d; p += 4) dw4x1(x, xOff, d, rows, g, kp, p, j, dwt);
            for (; p < d; p++) dw1x1(x, xOff, d, rows, g, kp, p, j, dwt);
        }
    }

    private static void dw4x4(float[] x, int xOff, int d, int rows, float[] g, int kp, int p, int j, float[] dwt) {
        final int L = S.length();
        FloatVector c00 = FloatVector.zero(S), c01 = c00, c02 = c00, c03 = c00;
        FloatVector c10 = c00, c11 = c00, c12 = c00, c13 = c00;
        FloatVector c20 = c00, c21 = c00, c22 = c00, c23 = c00;
        FloatVector c30 = c00, c31 = c00, c32 = c00, c33 = c00;
        for (int i = 0; i < rows; i++) {
            int gi = i * kp + j, xi = xOff + i * d + p;
            FloatVector g0 = FloatVector.fromArray(S, g, gi), g1 = FloatVector.fromArray(S, g, gi + L);
            FloatVector g2 = FloatVector.fromArray(S, g, gi + 2 * L), g3 = FloatVector.fromArray(S, g, gi + 3 * L);
            FloatVector x0 = FloatVector.broadcast(S, x[xi]);
            c00 = x0.fma(g0, c00); c01 = x0.fma(g1, c01); c02 = x0.fma(g2, c02); c03 = x0.fma(g3, c03);
            FloatVector x1 = FloatVector.broadcast(S, x[xi + 1]);
            c10 = x1.fma(g0, c10); c11 = x1.fma(g1, c11); c12 = x1.fma(g2, c12); c13 = x1.fma(g3, c13);
            FloatVector x2 = FloatVector.broadcast(S, x[xi + 2]);
            c20 = x2.fma(g0, c20); c21 = x2.fma(g1, c21); c22 = x2.fma(g2, c22); c23 = x2.fma(g3, c23);
            FloatVector x3 = FloatVector.broadcast(S, x[xi + 3]);
            c30 = x3.fma(g0, c30); c31 = x3.fma(g1, c31); c32 = x3.fma(g2, c32); c33 = x3.fma(g3, c33);
        }
        int o0 = p * kp + j, o1 = o0 + kp, o2 = o1 + kp, o3 = o2 + kp;
        c00.intoArray(dwt, o0); c01.intoArray(dwt, o0 + L); c02.intoArray(dwt, o0 + 2 * L);
        c03.intoArray(dwt, o0 + 3 * L);
        c10.intoArray(dwt, o1); c11.intoArray(dwt, o1 + L); c12.intoArray(dwt, o1 + 2 * L);
        c13.intoArray(dwt, o1 + 3 * L);
        c20.intoArray(dwt, o2); c21.intoArray(dwt, o2 + L); c22.intoArray(dwt, o2 + 2 * L);
        c23.intoArray(dwt, o2 + 3 * L);
        c30.intoArray(dwt, o3); c31.intoArray(dwt, o3 + L); c32.intoArray(dwt, o3 + 2 * L);
        c33.intoArray(dwt, o3 + 3 * L);
    }

    private static void dw1x4(float[] x, int xOff, int d, int rows, float[] g, int kp, int p, int j, float[] dwt) {
        final int L = S.length();
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
        for (int i = 0; i < rows; i++) {
            int gi = i * kp + j;
            FloatVector x0 = FloatVector.broadcast(S, x[xOff + i * d + p]);
            c0 = x0.fma(FloatVector.fromArray(S, g, gi), c0);
            c1 = x0.fma(FloatVector.fromArray(S, g, gi + L), c1);
            c2 = x0.fma(FloatVector.fromArray(S, g, gi + 2 * L), c2);
            c3 = x0.fma(FloatVector.fromArray(S, g, gi + 3 * L), c3);
        }
        int o0 = p * kp + j;
        c0.intoArray(dwt, o0); c1.intoArray(dwt, o0 + L); c2.intoArray(dwt, o0 + 2 * L); c3.intoArray(dwt, o0 + 3 * L);
    }

    private static void dw4x1(float[] x, int xOff, int d, int rows, float[] g, int kp, int p, int j, float[] dwt) {
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
        for (int i = 0; i < rows; i++) {
            int xi = xOff + i * d + p;
            FloatVector g0 = FloatVector.fromArray(S, g, i * kp + j);
            c0 = FloatVector.broadcast(S, x[xi]).fma(g0, c0);
            c1 = FloatVector.broadcast(S, x[xi + 1]).fma(g0, c1);
            c2 = FloatVector.broadcast(S, x[xi + 2]).fma(g0, c2);
            c3 = FloatVector.broadcast(S, x[xi + 3]).fma(g0, c3);
        }
        int o0 = p * kp + j;
        c0.intoArray(dwt, o0); c1.intoArray(dwt, o0 + kp);
        c2.intoArray(dwt, o0 + 2 * kp); c3.intoArray(dwt, o0 + 3 * kp);
    }

    private static void dw1x1(float[] x, int xOff, int d, int rows, float[] g, int kp, int p, int j, float[] dwt) {
        FloatVector c0 = FloatVector.zero(S);
        for (int i = 0; i < rows; i++)
            c0 = FloatVector.broadcast(S, x[xOff + i * d + p]).fma(FloatVector.fromArray(S, g, i * kp + j), c0);
        c0.intoArray(dwt, p * kp + j);
    }

    // ---------------------------------------------------------------- backward: dW = G^T X straight into grad

    @Override
    void weightGradDirect(float[] x, int xOff, int rows, int d, float[] g, int kp, int k, float[] grad, int offW) {
        final int L = S.length();
        int p = 0;
        for (; p + 4 * L <= d; p += 4 * L) {
            int j = 0;
            for (; j + 4 <= k; j += 4) dd4x4(x, xOff, d, rows, g, kp, j, p, grad, offW);
            for (; j < k; j++) dd1x4(x, xOff, d, rows, g, kp, j, p, grad, offW);
        }
        for (; p < d; p += L) {
            int lanes = Math.min(L, d - p); // the last vector may be partial: masked loads and stores
            int j = 0;
            for (; j + 4 <= k; j += 4) dd4x1(x, xOff, d, rows, g, kp, j, p, lanes, grad, offW);
            for (; j < k; j++) dd1x1(x, xOff, d, rows, g, kp, j, p, lanes, grad, offW);
        }
    }

    private static void dd4x4(float[] x, int xOff, int d, int rows, float[] g, int kp, int j, int p, float[] grad,
                              int offW) {
        final int L = S.length();
        FloatVector c00 = FloatVector.zero(S), c01 = c00, c02 = c00, c03 = c00;
        FloatVector c10 = c00, c11 = c00, c12 = c00, c13 = c00;
        FloatVector c20 = c00, c21 = c00, c22 = c00, c23 = c00;
        FloatVector c30 = c00, c31 = c00, c32 = c00, c33 = c00;
        for (int i = 0; i < rows; i++) {
            int gi = i * kp + j, xi = xOff + i * d + p;
            FloatVector x0 = FloatVector.fromArray(S, x, xi), x1 = FloatVector.fromArray(S, x, xi + L);
            FloatVector x2 = FloatVector.fromArray(S, x, xi + 2 * L), x3 = FloatVector.fromArray(S, x, xi + 3 * L);
            FloatVector g0 = FloatVector.broadcast(S, g[gi]);
            c00 = g0.fma(x0, c00); c01 = g0.fma(x1, c01); c02 = g0.fma(x2, c02); c03 = g0.fma(x3, c03);
            FloatVector g1 = FloatVector.broadcast(S, g[gi + 1]);
            c10 = g1.fma(x0, c10); c11 = g1.fma(x1, c11); c12 = g1.fma(x2, c12); c13 = g1.fma(x3, c13);
            FloatVector g2 = FloatVector.broadcast(S, g[gi + 2]);
            c20 = g2.fma(x0, c20); c21 = g2.fma(x1, c21); c22 = g2.fma(x2, c22); c23 = g2.fma(x3, c23);
            FloatVector g3 = FloatVector.broadcast(S, g[gi + 3]);
            c30 = g3.fma(x0, c30); c31 = g3.fma(x1, c31); c32 = g3.fma(x2, c32); c33 = g3.fma(x3, c33);
        }
        int o0 = offW + j * d + p, o1 = o0 + d, o2 = o1 + d, o3 = o2 + d;
        c00.intoArray(grad, o0); c01.intoArray(grad, o0 + L); c02.intoArray(grad, o0 + 2 * L);
        c03.intoArray(grad, o0 + 3 * L);
        c10.intoArray(grad, o1); c11.intoArray(grad, o1 + L); c12.intoArray(grad, o1 + 2 * L);
        c13.intoArray(grad, o1 + 3 * L);
        c20.intoArray(grad, o2); c21.intoArray(grad, o2 + L); c22.intoArray(grad, o2 + 2 * L);
        c23.intoArray(grad, o2 + 3 * L);
        c30.intoArray(grad, o3); c31.intoArray(grad, o3 + L); c32.intoArray(grad, o3 + 2 * L);
        c33.intoArray(grad, o3 + 3 * L);
    }

    private static void dd1x4(float[] x, int xOff, int d, int rows, float[] g, int kp, int j, int p, float[] grad,
                              int offW) {
        final int L = S.length();
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
        for (int i = 0; i < rows; i++) {
            int xi = xOff + i * d + p;
            FloatVector g0 = FloatVector.broadcast(S, g[i * kp + j]);
            c0 = g0.fma(FloatVector.fromArray(S, x, xi), c0);
            c1 = g0.fma(FloatVector.fromArray(S, x, xi + L), c1);
            c2 = g0.fma(FloatVector.fromArray(S, x, xi + 2 * L), c2);
            c3 = g0.fma(FloatVector.fromArray(S, x, xi + 3 * L), c3);
        }
        int o0 = offW + j * d + p;
        c0.intoArray(grad, o0); c1.intoArray(grad, o0 + L); c2.intoArray(grad, o0 + 2 * L);
        c3.intoArray(grad, o0 + 3 * L);
    }

    private static void dd4x1(float[] x, int xOff, int d, int rows, float[] g, int kp, int j, int p, int lanes,
                              float[] grad, int offW) {
        VectorMask<Float> mk = VectorMask.fromLong(S, (1L << lanes) - 1);
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
        for (int i = 0; i < rows; i++) {
            int gi = i * kp + j;
            FloatVector x0 = FloatVector.fromArray(S, x, xOff + i * d + p, mk);
            c0 = FloatVector.broadcast(S, g[gi]).fma(x0, c0);
            c1 = FloatVector.broadcast(S, g[gi + 1]).fma(x0, c1);
            c2 = FloatVector.broadcast(S, g[gi + 2]).fma(x0, c2);
            c3 = FloatVector.broadcast(S, g[gi + 3]).fma(x0, c3);
        }
        int o0 = offW + j * d + p;
        c0.intoArray(grad, o0, mk); c1.intoArray(grad, o0 + d, mk);
        c2.intoArray(grad, o0 + 2 * d, mk); c3.intoArray(grad, o0 + 3 * d, mk);
    }

    private static void dd1x1(float[] x, int xOff, int d, int rows, float[] g, int kp, int j, int p, int lanes,
                              float[] grad, int offW) {
        VectorMask<Float> mk = VectorMask.fromLong(S, (1L << lanes) - 1);
        FloatVector c0 = FloatVector.zero(S);
        for (int i = 0; i < rows; i++)
            c0 = FloatVector.broadcast(S, g[i * kp + j]).fma(FloatVector.fromArray(S, x, xOff + i * d + p, mk), c0);
        c0.intoArray(grad, offW + j * d + p, mk);
    }
}
