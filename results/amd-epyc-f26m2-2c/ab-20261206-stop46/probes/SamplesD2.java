
import dev.twolayer.kernel.*;
import dev.twolayer.model.*;
import jdk.incubator.vector.*;
import java.util.SplittableRandom;

public class SamplesD2 {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final VectorSpecies<Integer> SI = IntVector.SPECIES_512;
    static final int L = S.length();
    static int A = Integer.getInteger("align", 12);
    static final int[] TRANSPOSE_INT = new int[2 * 4 * L];
    static {
        for (int b = 0; b < 4; b++) {
            int bit = 1 << b;
            for (int c = 0; c < L; c++) {
                TRANSPOSE_INT[2 * b * L + c] = (c & bit) == 0 ? c : L + (c ^ bit);
                TRANSPOSE_INT[(2 * b + 1) * L + c] = (c & bit) == 0 ? (c | bit) : L + c;
            }
        }
    }
    final int d, k, rows, blocks, np;
    final float[] xt, z, e, g, y, grad, acc;
    final int offB, offA, offC;
    SamplesD2(int d, int k, int rows) {
        this.d = d; this.k = k; this.rows = rows;
        blocks = (rows + L - 1) / L; np = blocks * L;
        xt = new float[d * np + 16]; z = new float[k * np + 16]; e = new float[np + 16]; g = new float[k * np + 16]; y = new float[np];
        grad = new float[k * d + 2 * k + 1]; acc = new float[16 * L];
        offB = k * d; offA = offB + k; offC = offA + k;
    }
    long tT, tF, tB;
    void transpose(float[] x) {
        for (int b = 0; b < blocks; b++) {
            int r0 = b * L;
            if ((r0 + L - 1) * d + L <= x.length) transpose16(x, r0 * d, d, xt, A + r0, np, L, d);
            else for (int rr = r0; rr < r0 + L; rr++) for (int i = 0; i < d; i++) xt[A + i * np + rr] = rr < rows ? x[rr * d + i] : 0f;
        }
    }
    /** z for units u0..u3 (clamped), blocks b..b+3 */
    void zTile44(float[] p, int j0, int b) {
        int u0 = Math.min(j0, k - 1), u1 = Math.min(j0 + 1, k - 1), u2 = Math.min(j0 + 2, k - 1), u3 = Math.min(j0 + 3, k - 1);
        FloatVector c00 = FloatVector.broadcast(S, p[offB + u0]), c01 = c00, c02 = c00, c03 = c00;
        FloatVector c10 = FloatVector.broadcast(S, p[offB + u1]), c11 = c10, c12 = c10, c13 = c10;
        FloatVector c20 = FloatVector.broadcast(S, p[offB + u2]), c21 = c20, c22 = c20, c23 = c20;
        FloatVector c30 = FloatVector.broadcast(S, p[offB + u3]), c31 = c30, c32 = c30, c33 = c30;
        int o = b * L;
        for (int i = 0; i < d; i++) {
            int xo = A + i * np + o;
            FloatVector x0 = FloatVector.fromArray(S, xt, xo), x1 = FloatVector.fromArray(S, xt, xo + L);
            FloatVector x2 = FloatVector.fromArray(S, xt, xo + 2 * L), x3 = FloatVector.fromArray(S, xt, xo + 3 * L);
            FloatVector v = FloatVector.broadcast(S, p[u0 * d + i]);
            c00 = x0.fma(v, c00); c01 = x1.fma(v, c01); c02 = x2.fma(v, c02); c03 = x3.fma(v, c03);
            v = FloatVector.broadcast(S, p[u1 * d + i]);
            c10 = x0.fma(v, c10); c11 = x1.fma(v, c11); c12 = x2.fma(v, c12); c13 = x3.fma(v, c13);
            v = FloatVector.broadcast(S, p[u2 * d + i]);
            c20 = x0.fma(v, c20); c21 = x1.fma(v, c21); c22 = x2.fma(v, c22); c23 = x3.fma(v, c23);
            v = FloatVector.broadcast(S, p[u3 * d + i]);
            c30 = x0.fma(v, c30); c31 = x1.fma(v, c31); c32 = x2.fma(v, c32); c33 = x3.fma(v, c33);
        }
        c00.intoArray(z, A + u0 * np + o); c01.intoArray(z, A + u0 * np + o + L); c02.intoArray(z, A + u0 * np + o + 2 * L); c03.intoArray(z, A + u0 * np + o + 3 * L);
        c10.intoArray(z, A + u1 * np + o); c11.intoArray(z, A + u1 * np + o + L); c12.intoArray(z, A + u1 * np + o + 2 * L); c13.intoArray(z, A + u1 * np + o + 3 * L);
        c20.intoArray(z, A + u2 * np + o); c21.intoArray(z, A + u2 * np + o + L); c22.intoArray(z, A + u2 * np + o + 2 * L); c23.intoArray(z, A + u2 * np + o + 3 * L);
        c30.intoArray(z, A + u3 * np + o); c31.intoArray(z, A + u3 * np + o + L); c32.intoArray(z, A + u3 * np + o + 2 * L); c33.intoArray(z, A + u3 * np + o + 3 * L);
    }
    void zTile44b(float[] wb, float[] p, int j0, int b) {
        int u0 = Math.min(j0, k - 1), u1 = Math.min(j0 + 1, k - 1), u2 = Math.min(j0 + 2, k - 1), u3 = Math.min(j0 + 3, k - 1);
        FloatVector c00 = FloatVector.broadcast(S, p[offB + u0]), c01 = c00, c02 = c00, c03 = c00;
        FloatVector c10 = FloatVector.broadcast(S, p[offB + u1]), c11 = c10, c12 = c10, c13 = c10;
        FloatVector c20 = FloatVector.broadcast(S, p[offB + u2]), c21 = c20, c22 = c20, c23 = c20;
        FloatVector c30 = FloatVector.broadcast(S, p[offB + u3]), c31 = c30, c32 = c30, c33 = c30;
        int o = b * L;
        for (int i = 0; i < d; i++) {
            int xo = A + i * np + o;
            FloatVector x0 = FloatVector.fromArray(S, xt, xo), x1 = FloatVector.fromArray(S, xt, xo + L);
            FloatVector x2 = FloatVector.fromArray(S, xt, xo + 2 * L), x3 = FloatVector.fromArray(S, xt, xo + 3 * L);
            FloatVector v = FloatVector.fromArray(S, wb, A + (u0 * d + i) * L);
            c00 = x0.fma(v, c00); c01 = x1.fma(v, c01); c02 = x2.fma(v, c02); c03 = x3.fma(v, c03);
            v = FloatVector.fromArray(S, wb, A + (u1 * d + i) * L);
            c10 = x0.fma(v, c10); c11 = x1.fma(v, c11); c12 = x2.fma(v, c12); c13 = x3.fma(v, c13);
            v = FloatVector.fromArray(S, wb, A + (u2 * d + i) * L);
            c20 = x0.fma(v, c20); c21 = x1.fma(v, c21); c22 = x2.fma(v, c22); c23 = x3.fma(v, c23);
            v = FloatVector.fromArray(S, wb, A + (u3 * d + i) * L);
            c30 = x0.fma(v, c30); c31 = x1.fma(v, c31); c32 = x2.fma(v, c32); c33 = x3.fma(v, c33);
        }
        c00.intoArray(z, A + u0 * np + o); c01.intoArray(z, A + u0 * np + o + L); c02.intoArray(z, A + u0 * np + o + 2 * L); c03.intoArray(z, A + u0 * np + o + 3 * L);
        c10.intoArray(z, A + u1 * np + o); c11.intoArray(z, A + u1 * np + o + L); c12.intoArray(z, A + u1 * np + o + 2 * L); c13.intoArray(z, A + u1 * np + o + 3 * L);
        c20.intoArray(z, A + u2 * np + o); c21.intoArray(z, A + u2 * np + o + L); c22.intoArray(z, A + u2 * np + o + 2 * L); c23.intoArray(z, A + u2 * np + o + 3 * L);
        c30.intoArray(z, A + u3 * np + o); c31.intoArray(z, A + u3 * np + o + L); c32.intoArray(z, A + u3 * np + o + 2 * L); c33.intoArray(z, A + u3 * np + o + 3 * L);
    }
    void zTile41(float[] p, int j0, int b) {
        int u0 = Math.min(j0, k - 1), u1 = Math.min(j0 + 1, k - 1), u2 = Math.min(j0 + 2, k - 1), u3 = Math.min(j0 + 3, k - 1);
        FloatVector c0 = FloatVector.broadcast(S, p[offB + u0]), c1 = FloatVector.broadcast(S, p[offB + u1]);
        FloatVector c2 = FloatVector.broadcast(S, p[offB + u2]), c3 = FloatVector.broadcast(S, p[offB + u3]);
        int o = b * L;
        for (int i = 0; i < d; i++) {
            FloatVector x0 = FloatVector.fromArray(S, xt, A + i * np + o);
            c0 = x0.fma(FloatVector.broadcast(S, p[u0 * d + i]), c0);
            c1 = x0.fma(FloatVector.broadcast(S, p[u1 * d + i]), c1);
            c2 = x0.fma(FloatVector.broadcast(S, p[u2 * d + i]), c2);
            c3 = x0.fma(FloatVector.broadcast(S, p[u3 * d + i]), c3);
        }
        c0.intoArray(z, A + u0 * np + o); c1.intoArray(z, A + u1 * np + o); c2.intoArray(z, A + u2 * np + o); c3.intoArray(z, A + u3 * np + o);
    }
    /** dW for units u0..u3 x inputs i0..i3 over all blocks: 16 accumulators, then reduced. */
    void dwTile44(int j0, int i0) {
        int u0 = Math.min(j0, k - 1), u1 = Math.min(j0 + 1, k - 1), u2 = Math.min(j0 + 2, k - 1), u3 = Math.min(j0 + 3, k - 1);
        int p0 = Math.min(i0, d - 1), p1 = Math.min(i0 + 1, d - 1), p2 = Math.min(i0 + 2, d - 1), p3 = Math.min(i0 + 3, d - 1);
        FloatVector a00 = FloatVector.zero(S), a01 = a00, a02 = a00, a03 = a00, a10 = a00, a11 = a00, a12 = a00, a13 = a00;
        FloatVector a20 = a00, a21 = a00, a22 = a00, a23 = a00, a30 = a00, a31 = a00, a32 = a00, a33 = a00;
        for (int o = 0; o < np; o += L) {
            FloatVector x0 = FloatVector.fromArray(S, xt, A + p0 * np + o), x1 = FloatVector.fromArray(S, xt, A + p1 * np + o);
            FloatVector x2 = FloatVector.fromArray(S, xt, A + p2 * np + o), x3 = FloatVector.fromArray(S, xt, A + p3 * np + o);
            FloatVector gv = FloatVector.fromArray(S, g, A + u0 * np + o);
            a00 = gv.fma(x0, a00); a01 = gv.fma(x1, a01); a02 = gv.fma(x2, a02); a03 = gv.fma(x3, a03);
            gv = FloatVector.fromArray(S, g, A + u1 * np + o);
            a10 = gv.fma(x0, a10); a11 = gv.fma(x1, a11); a12 = gv.fma(x2, a12); a13 = gv.fma(x3, a13);
            gv = FloatVector.fromArray(S, g, A + u2 * np + o);
            a20 = gv.fma(x0, a20); a21 = gv.fma(x1, a21); a22 = gv.fma(x2, a22); a23 = gv.fma(x3, a23);
            gv = FloatVector.fromArray(S, g, A + u3 * np + o);
            a30 = gv.fma(x0, a30); a31 = gv.fma(x1, a31); a32 = gv.fma(x2, a32); a33 = gv.fma(x3, a33);
        }
        // 16 totals: the accumulators transposed, then added as vectors (lane t = accumulator t)
        a00.intoArray(acc, 0); a01.intoArray(acc, L); a02.intoArray(acc, 2 * L); a03.intoArray(acc, 3 * L);
        a10.intoArray(acc, 4 * L); a11.intoArray(acc, 5 * L); a12.intoArray(acc, 6 * L); a13.intoArray(acc, 7 * L);
        a20.intoArray(acc, 8 * L); a21.intoArray(acc, 9 * L); a22.intoArray(acc, 10 * L); a23.intoArray(acc, 11 * L);
        a30.intoArray(acc, 12 * L); a31.intoArray(acc, 13 * L); a32.intoArray(acc, 14 * L); a33.intoArray(acc, 15 * L);
        transpose16(acc, 0, L, acc, 0, L, L, L);
        FloatVector s = FloatVector.fromArray(S, acc, 0);
        for (int l = 1; l < L; l++) s = s.add(FloatVector.fromArray(S, acc, l * L));
        s.intoArray(acc, 0);
        grad[u0 * d + p0] = acc[0]; grad[u0 * d + p1] = acc[1]; grad[u0 * d + p2] = acc[2]; grad[u0 * d + p3] = acc[3];
        grad[u1 * d + p0] = acc[4]; grad[u1 * d + p1] = acc[5]; grad[u1 * d + p2] = acc[6]; grad[u1 * d + p3] = acc[7];
        grad[u2 * d + p0] = acc[8]; grad[u2 * d + p1] = acc[9]; grad[u2 * d + p2] = acc[10]; grad[u2 * d + p3] = acc[11];
        grad[u3 * d + p0] = acc[12]; grad[u3 * d + p1] = acc[13]; grad[u3 * d + p2] = acc[14]; grad[u3 * d + p3] = acc[15];
    }
    double step(float[] p, float[] x, float[] t, float lossScale, float lr) {
        long t0 = System.nanoTime();
        transpose(x);
        long t1 = System.nanoTime();
        int b = 0;
        for (; b + 4 <= blocks; b += 4) for (int j0 = 0; j0 < k; j0 += 4) zTile44(p, j0, b);
        for (; b < blocks; b++) for (int j0 = 0; j0 < k; j0 += 4) zTile41(p, j0, b);
        FloatVector lossV = FloatVector.zero(S), dcV = FloatVector.zero(S);
        float e2 = 2f * lossScale, c = p[offC];
        for (int o = 0; o < np; o += L) {
            FloatVector yv = FloatVector.broadcast(S, c);
            for (int j = 0; j < k; j++) yv = FloatVector.fromArray(S, z, A + j * np + o).max(0f).fma(FloatVector.broadcast(S, p[offA + j]), yv);
            VectorMask<Float> mk = S.indexInRange(o, rows);
            FloatVector r = yv.sub(FloatVector.fromArray(S, t, o, mk)).blend(0f, mk.not());
            lossV = r.fma(r, lossV);
            FloatVector ev = r.mul(e2);
            dcV = dcV.add(ev);
            ev.intoArray(e, A + o);
        }
        long t2 = System.nanoTime();
        for (int j = 0; j < k; j++) {
            FloatVector da = FloatVector.zero(S), db = da;
            float aj = p[offA + j];
            for (int o = 0; o < np; o += L) {
                FloatVector ev = FloatVector.fromArray(S, e, A + o), zj = FloatVector.fromArray(S, z, A + j * np + o);
                da = zj.max(0f).fma(ev, da);
                FloatVector gv = ev.mul(aj).blend(0f, zj.compare(VectorOperators.LE, 0f));
                db = db.add(gv);
                gv.intoArray(g, A + j * np + o);
            }
            grad[offA + j] = da.reduceLanes(VectorOperators.ADD);
            grad[offB + j] = db.reduceLanes(VectorOperators.ADD);
        }
        for (int j0 = 0; j0 < k; j0 += 4) for (int i0 = 0; i0 < d; i0 += 4) dwTile44(j0, i0);
        grad[offC] = dcV.reduceLanes(VectorOperators.ADD);
        for (int i = 0; i < grad.length; i++) p[i] -= lr * grad[i];
        long t3 = System.nanoTime();
        tT += t1 - t0; tF += t2 - t1; tB += t3 - t2;
        return lossV.reduceLanes(VectorOperators.ADD) * lossScale;
    }

    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rows = Integer.parseInt(a[2]);
        ModelSpec spec = ModelSpec.of(d, k);
        Kernel kern = new VectorKernel();
        Kernel.Workspace ws = kern.newWorkspace(spec, rows);
        float[] p0 = Init.he().create(spec, 2024).params();
        float[] p = p0.clone(), q = p0.clone(), gr = new float[p.length];
        SplittableRandom r = new SplittableRandom(1);
        float[] x = new float[rows * d], y = new float[rows];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = (float) r.nextGaussian();
        SamplesD2 sd = new SamplesD2(d, k, rows);
        float[] pk = p0.clone();
        double lk = kern.forwardBackward(spec, pk, x, y, null, 0, rows, 0.5 / rows, gr, ws);
        float[] ps = p0.clone();
        double ls = sd.step(ps, x, y, 0.5f / rows, 0f);
        double maxd = 0, maxg = 0;
        for (int i = 0; i < gr.length; i++) { maxd = Math.max(maxd, Math.abs(gr[i] - sd.grad[i])); maxg = Math.max(maxg, Math.abs(gr[i])); }
        System.out.printf("loss %.6f vs %.6f, max |dg| %.3g of max |g| %.3g%n", lk, ls, maxd, maxg);
        int n = Math.max(1000, (int) (4e8 / ((long) rows * (d + 4) * k)));
        double bk = 1e9, bs = 1e9;
        double[] ph = new double[3];
        for (int rep = 0; rep < 12; rep++) {
            double s = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) s += kern.sgdStep(spec, p, x, y, null, 0, rows, 0.5 / rows, 1e-4f, gr, false, ws);
            long t1 = System.nanoTime();
            sd.tT = sd.tF = sd.tB = 0;
            for (int i = 0; i < n; i++) s += sd.step(q, x, y, 0.5f / rows, 1e-4f);
            long t2 = System.nanoTime();
            if (rep >= 3) { bk = Math.min(bk, (t1 - t0) / (double) n);
                double v = (t2 - t1) / (double) n;
                if (v < bs) { bs = v; ph[0] = sd.tT / (double) n; ph[1] = sd.tF / (double) n; ph[2] = sd.tB / (double) n; } }
            if (s == 42) System.out.println();
        }
        System.out.printf("d=%d k=%d rows=%d kernel %.1f ns, samples %.1f ns (%.2fx); transpose %.0f, forward %.0f, backward %.0f (with nanoTime)%n", d, k, rows, bk, bs, bk / bs, ph[0], ph[1], ph[2]);
    }
    private static void transpose16(float[] w, int s, int d, float[] wt, int o, int width, int nIn, int nOut) {
        IntVector zero = IntVector.zero(SI);
        IntVector r0 = 0 < nIn ? FloatVector.fromArray(S, w, s).reinterpretAsInts() : zero;
        IntVector r1 = 1 < nIn ? FloatVector.fromArray(S, w, s + d).reinterpretAsInts() : zero;
        IntVector r2 = 2 < nIn ? FloatVector.fromArray(S, w, s + 2 * d).reinterpretAsInts() : zero;
        IntVector r3 = 3 < nIn ? FloatVector.fromArray(S, w, s + 3 * d).reinterpretAsInts() : zero;
        IntVector r4 = 4 < nIn ? FloatVector.fromArray(S, w, s + 4 * d).reinterpretAsInts() : zero;
        IntVector r5 = 5 < nIn ? FloatVector.fromArray(S, w, s + 5 * d).reinterpretAsInts() : zero;
        IntVector r6 = 6 < nIn ? FloatVector.fromArray(S, w, s + 6 * d).reinterpretAsInts() : zero;
        IntVector r7 = 7 < nIn ? FloatVector.fromArray(S, w, s + 7 * d).reinterpretAsInts() : zero;
        IntVector r8 = 8 < nIn ? FloatVector.fromArray(S, w, s + 8 * d).reinterpretAsInts() : zero;
        IntVector r9 = 9 < nIn ? FloatVector.fromArray(S, w, s + 9 * d).reinterpretAsInts() : zero;
        IntVector r10 = 10 < nIn ? FloatVector.fromArray(S, w, s + 10 * d).reinterpretAsInts() : zero;
        IntVector r11 = 11 < nIn ? FloatVector.fromArray(S, w, s + 11 * d).reinterpretAsInts() : zero;
        IntVector r12 = 12 < nIn ? FloatVector.fromArray(S, w, s + 12 * d).reinterpretAsInts() : zero;
        IntVector r13 = 13 < nIn ? FloatVector.fromArray(S, w, s + 13 * d).reinterpretAsInts() : zero;
        IntVector r14 = 14 < nIn ? FloatVector.fromArray(S, w, s + 14 * d).reinterpretAsInts() : zero;
        IntVector r15 = 15 < nIn ? FloatVector.fromArray(S, w, s + 15 * d).reinterpretAsInts() : zero;
        IntVector lo0 = IntVector.fromArray(SI, TRANSPOSE_INT, 0);
        IntVector hi0 = IntVector.fromArray(SI, TRANSPOSE_INT, 16);
        IntVector t0_0 = lo0.selectFrom(r0, r1), t0_1 = hi0.selectFrom(r0, r1);
        IntVector t0_2 = lo0.selectFrom(r2, r3), t0_3 = hi0.selectFrom(r2, r3);
        IntVector t0_4 = lo0.selectFrom(r4, r5), t0_5 = hi0.selectFrom(r4, r5);
        IntVector t0_6 = lo0.selectFrom(r6, r7), t0_7 = hi0.selectFrom(r6, r7);
        IntVector t0_8 = lo0.selectFrom(r8, r9), t0_9 = hi0.selectFrom(r8, r9);
        IntVector t0_10 = lo0.selectFrom(r10, r11), t0_11 = hi0.selectFrom(r10, r11);
        IntVector t0_12 = lo0.selectFrom(r12, r13), t0_13 = hi0.selectFrom(r12, r13);
        IntVector t0_14 = lo0.selectFrom(r14, r15), t0_15 = hi0.selectFrom(r14, r15);
        IntVector lo1 = IntVector.fromArray(SI, TRANSPOSE_INT, 32);
        IntVector hi1 = IntVector.fromArray(SI, TRANSPOSE_INT, 48);
        IntVector t1_0 = lo1.selectFrom(t0_0, t0_2), t1_2 = hi1.selectFrom(t0_0, t0_2);
        IntVector t1_1 = lo1.selectFrom(t0_1, t0_3), t1_3 = hi1.selectFrom(t0_1, t0_3);
        IntVector t1_4 = lo1.selectFrom(t0_4, t0_6), t1_6 = hi1.selectFrom(t0_4, t0_6);
        IntVector t1_5 = lo1.selectFrom(t0_5, t0_7), t1_7 = hi1.selectFrom(t0_5, t0_7);
        IntVector t1_8 = lo1.selectFrom(t0_8, t0_10), t1_10 = hi1.selectFrom(t0_8, t0_10);
        IntVector t1_9 = lo1.selectFrom(t0_9, t0_11), t1_11 = hi1.selectFrom(t0_9, t0_11);
        IntVector t1_12 = lo1.selectFrom(t0_12, t0_14), t1_14 = hi1.selectFrom(t0_12, t0_14);
        IntVector t1_13 = lo1.selectFrom(t0_13, t0_15), t1_15 = hi1.selectFrom(t0_13, t0_15);
        IntVector lo2 = IntVector.fromArray(SI, TRANSPOSE_INT, 64);
        IntVector hi2 = IntVector.fromArray(SI, TRANSPOSE_INT, 80);
        IntVector t2_0 = lo2.selectFrom(t1_0, t1_4), t2_4 = hi2.selectFrom(t1_0, t1_4);
        IntVector t2_1 = lo2.selectFrom(t1_1, t1_5), t2_5 = hi2.selectFrom(t1_1, t1_5);
        IntVector t2_2 = lo2.selectFrom(t1_2, t1_6), t2_6 = hi2.selectFrom(t1_2, t1_6);
        IntVector t2_3 = lo2.selectFrom(t1_3, t1_7), t2_7 = hi2.selectFrom(t1_3, t1_7);
        IntVector t2_8 = lo2.selectFrom(t1_8, t1_12), t2_12 = hi2.selectFrom(t1_8, t1_12);
        IntVector t2_9 = lo2.selectFrom(t1_9, t1_13), t2_13 = hi2.selectFrom(t1_9, t1_13);
        IntVector t2_10 = lo2.selectFrom(t1_10, t1_14), t2_14 = hi2.selectFrom(t1_10, t1_14);
        IntVector t2_11 = lo2.selectFrom(t1_11, t1_15), t2_15 = hi2.selectFrom(t1_11, t1_15);
        IntVector lo3 = IntVector.fromArray(SI, TRANSPOSE_INT, 96);
        IntVector hi3 = IntVector.fromArray(SI, TRANSPOSE_INT, 112);
        lo3.selectFrom(t2_0, t2_8).reinterpretAsFloats().intoArray(wt, o);
        if (nOut > 8) hi3.selectFrom(t2_0, t2_8).reinterpretAsFloats().intoArray(wt, o + 8 * width);
        if (nOut > 1) lo3.selectFrom(t2_1, t2_9).reinterpretAsFloats().intoArray(wt, o + width);
        if (nOut > 9) hi3.selectFrom(t2_1, t2_9).reinterpretAsFloats().intoArray(wt, o + 9 * width);
        if (nOut > 2) lo3.selectFrom(t2_2, t2_10).reinterpretAsFloats().intoArray(wt, o + 2 * width);
        if (nOut > 10) hi3.selectFrom(t2_2, t2_10).reinterpretAsFloats().intoArray(wt, o + 10 * width);
        if (nOut > 3) lo3.selectFrom(t2_3, t2_11).reinterpretAsFloats().intoArray(wt, o + 3 * width);
        if (nOut > 11) hi3.selectFrom(t2_3, t2_11).reinterpretAsFloats().intoArray(wt, o + 11 * width);
        if (nOut > 4) lo3.selectFrom(t2_4, t2_12).reinterpretAsFloats().intoArray(wt, o + 4 * width);
        if (nOut > 12) hi3.selectFrom(t2_4, t2_12).reinterpretAsFloats().intoArray(wt, o + 12 * width);
        if (nOut > 5) lo3.selectFrom(t2_5, t2_13).reinterpretAsFloats().intoArray(wt, o + 5 * width);
        if (nOut > 13) hi3.selectFrom(t2_5, t2_13).reinterpretAsFloats().intoArray(wt, o + 13 * width);
        if (nOut > 6) lo3.selectFrom(t2_6, t2_14).reinterpretAsFloats().intoArray(wt, o + 6 * width);
        if (nOut > 14) hi3.selectFrom(t2_6, t2_14).reinterpretAsFloats().intoArray(wt, o + 14 * width);
        if (nOut > 7) lo3.selectFrom(t2_7, t2_15).reinterpretAsFloats().intoArray(wt, o + 7 * width);
        if (nOut > 15) hi3.selectFrom(t2_7, t2_15).reinterpretAsFloats().intoArray(wt, o + 15 * width);
    }

}
