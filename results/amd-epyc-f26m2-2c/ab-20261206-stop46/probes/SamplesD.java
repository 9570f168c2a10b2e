import dev.twolayer.kernel.*;
import dev.twolayer.model.*;
import jdk.incubator.vector.*;
import java.util.SplittableRandom;

/** Prototype: samples in lanes for d inputs, k < L, one output; whole SGD step. */
public class SamplesD {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final int L = S.length();
    final int d, k, rows, blocks, np;
    final float[] xt, z, e, acc, grad;
    final int[] idx;
    final int offB, offA, offC;
    SamplesD(int d, int k, int rows) {
        this.d = d; this.k = k; this.rows = rows;
        blocks = (rows + L - 1) / L; np = blocks * L;
        xt = new float[d * np]; z = new float[k * np]; e = new float[np];
        acc = new float[(d + 2) * k * L]; grad = new float[k * d + 2 * k + 1];
        idx = new int[L]; for (int l = 0; l < L; l++) idx[l] = l * d;
        offB = k * d; offA = offB + k; offC = offA + k;
    }
    int mode, phase = 9; // 0 gather, 1 scalar transpose
    void transpose(float[] x) {
        if (mode == 0) {
            for (int b = 0; b < blocks; b++) {
                int r0 = b * L;
                if (r0 + L <= rows)
                    for (int i = 0; i < d; i++) FloatVector.fromArray(S, x, r0 * d + i, idx, 0).intoArray(xt, i * np + r0);
                else for (int rr = r0; rr < r0 + L; rr++) for (int i = 0; i < d; i++) xt[i * np + rr] = rr < rows ? x[rr * d + i] : 0f;
            }
        } else {
            for (int r = 0; r < np; r++) for (int i = 0; i < d; i++) xt[i * np + r] = r < rows ? x[r * d + i] : 0f;
        }
    }
    double step(float[] p, float[] x, float[] t, float lossScale, float lr) {
        transpose(x);
        FloatVector lossV = FloatVector.zero(S), dcV = FloatVector.zero(S);
        float e2 = 2f * lossScale;
        float c = p[offC];
        if (phase == 0) return 0;
        for (int b = 0; b < blocks; b++) {
            int o = b * L;
            FloatVector y = FloatVector.broadcast(S, c);
            for (int j = 0; j < k; j++) {
                FloatVector zj = FloatVector.broadcast(S, p[offB + j]);
                for (int i = 0; i < d; i++) zj = FloatVector.fromArray(S, xt, i * np + o).fma(FloatVector.broadcast(S, p[j * d + i]), zj);
                zj.intoArray(z, j * np + o);
                y = zj.max(0f).fma(FloatVector.broadcast(S, p[offA + j]), y);
            }
            VectorMask<Float> mk = S.indexInRange(o, rows);
            FloatVector r = y.sub(FloatVector.fromArray(S, t, o, mk)).blend(0f, mk.not());
            lossV = r.fma(r, lossV);
            FloatVector ev = r.mul(e2);
            dcV = dcV.add(ev);
            ev.intoArray(e, o);
        }
        if (phase == 1) return lossV.reduceLanes(VectorOperators.ADD);
        for (int j = 0; j < k; j++) {
            // d + 2 accumulators in registers: up to 16 inputs written as an array loop (C2 may not keep them in regs)
            FloatVector da = FloatVector.zero(S), db = da;
            FloatVector w0 = da, w1 = da, w2 = da, w3 = da, w4 = da, w5 = da, w6 = da, w7 = da, w8 = da, w9 = da;
            float aj = p[offA + j];
            for (int b = 0; b < blocks; b++) {
                int o = b * L;
                FloatVector ev = FloatVector.fromArray(S, e, o), zj = FloatVector.fromArray(S, z, j * np + o);
                da = zj.max(0f).fma(ev, da);
                FloatVector g = ev.mul(aj).blend(0f, zj.compare(VectorOperators.LE, 0f));
                db = db.add(g);
                w0 = g.fma(FloatVector.fromArray(S, xt, o), w0);
                if (d > 1) w1 = g.fma(FloatVector.fromArray(S, xt, np + o), w1);
                if (d > 2) w2 = g.fma(FloatVector.fromArray(S, xt, 2 * np + o), w2);
                if (d > 3) w3 = g.fma(FloatVector.fromArray(S, xt, 3 * np + o), w3);
                if (d > 4) w4 = g.fma(FloatVector.fromArray(S, xt, 4 * np + o), w4);
                if (d > 5) w5 = g.fma(FloatVector.fromArray(S, xt, 5 * np + o), w5);
                if (d > 6) w6 = g.fma(FloatVector.fromArray(S, xt, 6 * np + o), w6);
                if (d > 7) w7 = g.fma(FloatVector.fromArray(S, xt, 7 * np + o), w7);
                if (d > 8) w8 = g.fma(FloatVector.fromArray(S, xt, 8 * np + o), w8);
                if (d > 9) w9 = g.fma(FloatVector.fromArray(S, xt, 9 * np + o), w9);
            }
            grad[offA + j] = da.reduceLanes(VectorOperators.ADD);
            grad[offB + j] = db.reduceLanes(VectorOperators.ADD);
            int g0 = j * d;
            grad[g0] = w0.reduceLanes(VectorOperators.ADD);
            if (d > 1) grad[g0 + 1] = w1.reduceLanes(VectorOperators.ADD);
            if (d > 2) grad[g0 + 2] = w2.reduceLanes(VectorOperators.ADD);
            if (d > 3) grad[g0 + 3] = w3.reduceLanes(VectorOperators.ADD);
            if (d > 4) grad[g0 + 4] = w4.reduceLanes(VectorOperators.ADD);
            if (d > 5) grad[g0 + 5] = w5.reduceLanes(VectorOperators.ADD);
            if (d > 6) grad[g0 + 6] = w6.reduceLanes(VectorOperators.ADD);
            if (d > 7) grad[g0 + 7] = w7.reduceLanes(VectorOperators.ADD);
            if (d > 8) grad[g0 + 8] = w8.reduceLanes(VectorOperators.ADD);
            if (d > 9) grad[g0 + 9] = w9.reduceLanes(VectorOperators.ADD);
        }
        grad[offC] = dcV.reduceLanes(VectorOperators.ADD);
        for (int i = 0; i < grad.length; i++) p[i] -= lr * grad[i];
        return lossV.reduceLanes(VectorOperators.ADD) * lossScale;
    }

    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rows = Integer.parseInt(a[2]);
        ModelSpec spec = ModelSpec.of(d, k);
        Kernel kern = new VectorKernel();
        Kernel.Workspace ws = kern.newWorkspace(spec, rows);
        float[] p0 = Init.he().create(spec, 2024).params();
        float[] p = p0.clone(), q = p0.clone(), g = new float[p.length];
        SplittableRandom r = new SplittableRandom(1);
        float[] x = new float[rows * d], y = new float[rows];
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < y.length; i++) y[i] = (float) r.nextGaussian();
        SamplesD sd = new SamplesD(d, k, rows);
        // check one step's gradient against the kernel
        float[] pk = p0.clone();
        double lk = kern.forwardBackward(spec, pk, x, y, null, 0, rows, 0.5 / rows, g, ws);
        float[] ps = p0.clone();
        double ls = sd.step(ps, x, y, 0.5f / rows, 0f);
        double maxd = 0, maxg = 0;
        for (int i = 0; i < g.length; i++) { maxd = Math.max(maxd, Math.abs(g[i] - sd.grad[i])); maxg = Math.max(maxg, Math.abs(g[i])); }
        System.out.printf("loss %.6f vs %.6f, max |dg| %.3g of max |g| %.3g%n", lk, ls, maxd, maxg);
        int n = Math.max(1000, (int) (4e8 / ((long) rows * (d + 4) * k)));
        double bk = 1e9, bs = 1e9, bt = 1e9;
        for (int rep = 0; rep < 12; rep++) {
            double s = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) s += kern.sgdStep(spec, p, x, y, null, 0, rows, 0.5 / rows, 1e-4f, g, false, ws);
            long t1 = System.nanoTime();
            sd.mode = 0;
            for (int i = 0; i < n; i++) s += sd.step(q, x, y, 0.5f / rows, 1e-4f);
            long t2 = System.nanoTime();
            sd.mode = 1;
            for (int i = 0; i < n; i++) s += sd.step(q, x, y, 0.5f / rows, 1e-4f);
            long t3 = System.nanoTime();
            if (rep >= 3) { bk = Math.min(bk, (t1 - t0) / (double) n); bs = Math.min(bs, (t2 - t1) / (double) n); bt = Math.min(bt, (t3 - t2) / (double) n); }
            if (s == 42) System.out.println();
        }
        double[] ph = new double[3]; java.util.Arrays.fill(ph, 1e9);
        sd.mode = 0;
        for (int rep = 0; rep < 12; rep++) for (int f = 0; f < 3; f++) {
            sd.phase = f == 2 ? 9 : f; double s = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) s += sd.step(q, x, y, 0.5f / rows, 1e-4f);
            if (rep >= 3) ph[f] = Math.min(ph[f], (System.nanoTime() - t0) / (double) n);
            if (s == 42) System.out.println();
        }
        System.out.printf("phases: transpose %.1f, +forward %.1f, all %.1f%n", ph[0], ph[1], ph[2]);
        System.out.printf("d=%d k=%d rows=%d kernel %.1f ns, samples(gather) %.1f ns, samples(scalar T) %.1f ns%n", d, k, rows, bk, bs, bt);
    }
}
