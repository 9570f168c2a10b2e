package dev.twolayer.kernel;
import dev.twolayer.model.ModelSpec;
import jdk.incubator.vector.*;
import java.util.Random;
/** d=1 batch-1 step: the kernel's sgdStep (arg "kernel") or a minimal hand-written step of the same operations ("min"). */
public class MinStep {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    final int k; final ModelSpec spec; final VectorKernel kern = new VectorKernel(); final Kernel.Workspace ws;
    final float[] params, grad, x = new float[64], y = new float[64], tg = new float[61];
    int next, nt;
    MinStep(int k) {
        this.k = k; spec = ModelSpec.of(1, k); ws = kern.newWorkspace(spec, 1);
        Random rnd = new Random(1);
        params = new float[spec.paramCount()]; grad = new float[spec.paramCount()];
        for (int i = 0; i < params.length; i++) params[i] = (float) rnd.nextGaussian() * 0.3f;
        for (int i = 0; i < 64; i++) x[i] = (float) rnd.nextGaussian();
        for (int i = 0; i < 61; i++) tg[i] = (float) rnd.nextGaussian();
    }
    double kernelStep() {
        int i = next; next = (next + 1) & 63;
        y[i] = tg[nt]; nt = nt + 1 == 61 ? 0 : nt + 1;
        return kern.sgdStep(spec, params, x, y, null, i, 1, 1.0, 1e-3f, grad, false, ws);
    }
    VectorBody body;
    double bodyStep() {
        int i = next; next = (next + 1) & 63;
        y[i] = tg[nt]; nt = nt + 1 == 61 ? 0 : nt + 1;
        int offB = k, offA = 2 * k, offC = 3 * k; float lr = 1e-3f;
        float t = y[i];
        float yv = body.unitsRow(x, i, t, 2f, params, k, offB, offA, params[offC], 0f, true, null, params, lr);
        float r = yv - t;
        grad[offC] = (float) (0.0 + 2f * r);
        params[offC] -= lr * grad[offC];
        return (0.0 + (double) r * r);
    }
    // copies of VectorKernel's path, mode bits: 1 = checks, 2 = spec-derived values, 4 = rowEnd with sgdUpdate
    int mode;
    double copyStep() {
        int i = next; next = (next + 1) & 63;
        y[i] = tg[nt]; nt = nt + 1 == 61 ? 0 : nt + 1;
        return copySgd(spec, params, x, y, null, i, 1, 1.0, 1e-3f, grad, false, ws);
    }
    double copySgd(ModelSpec spec, float[] params, float[] x, float[] y, float[] weights, int row0, int rows,
                          double lossScale, float learningRate, float[] grad, boolean keepGradient, Kernel.Workspace ws) {
        VectorWorkspace w = (VectorWorkspace) ws;
        if ((mode & 1) != 0) {
            KernelChecks.learningRate(learningRate);
            w = check(spec, params, x, row0, rows, ws);
            checkTargets(spec, y, null, row0, 1, grad);
        }
        int k = spec.k(), offB, offA, offC; float c, slope; boolean trainA, hasC;
        if ((mode & 2) != 0) {
            offB = spec.hiddenBias() ? spec.offsetB() : -1; offA = spec.offsetA(); offC = spec.offsetC();
            c = spec.outputBias() ? params[spec.offsetC()] : 0f; slope = (float) spec.leakySlope(); trainA = spec.outputTrainable();
            hasC = spec.outputBias();
        } else { offB = k; offA = 2 * k; offC = 3 * k; c = params[offC]; slope = 0f; trainA = true; hasC = true; }
        float ei = (float) (2.0 * lossScale), t = y[row0];
        float yv = body.unitsRow(x, row0, t, ei, params, k, offB, offA, c, slope, trainA, null, params, learningRate);
        float r = yv - t;
        if (hasC) {
            grad[offC] = (float) (0.0 + ei * r);
            if ((mode & 4) != 0) Kernel.sgdUpdate(params, grad, offC, offC + 1, learningRate);
            else params[offC] -= learningRate * grad[offC];
        }
        return (0.0 + (double) r * r) * lossScale;
    }
    private static VectorWorkspace check(ModelSpec spec, float[] params, float[] x, int row0, int rows, Kernel.Workspace ws) {
        if (!(ws instanceof VectorWorkspace w))
            throw new IllegalArgumentException("workspace " + (ws == null ? "null" : ws.getClass().getName())
                    + " was not made by a VectorKernel");
        if (w.d != spec.d() || w.k != spec.k() || w.m != spec.m())
            throw new IllegalArgumentException("workspace was made for d=" + w.d + ", k=" + w.k + ", m=" + w.m
                    + ", not for " + spec);
        if (rows < 0 || row0 < 0)
            throw new IllegalArgumentException("row block must be non-negative, got row0=" + row0 + ", rows=" + rows);
        if (rows > w.maxRows)
            throw new IllegalArgumentException("block of " + rows + " rows exceeds the workspace's maxRows "
                    + w.maxRows);
        if (params.length < spec.paramCount())
            throw new IllegalArgumentException("parameter array has length " + params.length + ", spec needs "
                    + spec.paramCount());
        if (x.length < (long) (row0 + rows) * spec.d())
            throw new IllegalArgumentException("input array has length " + x.length + ", needs (row0+rows)*d = "
                    + (long) (row0 + rows) * spec.d());
        return w;
    }
    private static void checkTargets(ModelSpec spec, float[] y, float[] weights, int row0, int rows, float[] grad) {
        int m = spec.m();
        if (y.length < (long) (row0 + rows) * m)
            throw new IllegalArgumentException("target array has length " + y.length + ", needs (row0+rows)*m = "
                    + (long) (row0 + rows) * m);
        if (weights != null && weights.length < row0 + rows)
            throw new IllegalArgumentException("weight array has length " + weights.length
                    + ", needs row0+rows = " + (row0 + rows));
        if (grad.length < spec.paramCount())
            throw new IllegalArgumentException("gradient array has length " + grad.length + ", spec needs "
                    + spec.paramCount());
    }
    double minStep() {
        int i = next; next = (next + 1) & 63;
        y[i] = tg[nt]; nt = nt + 1 == 61 ? 0 : nt + 1;
        float[] w = params; int offB = k, offA = 2 * k, offC = 3 * k; float lr = 1e-3f;
        FloatVector x0 = FloatVector.broadcast(S, x[i]), acc = FloatVector.zero(S);
        for (int j = 0; j < k; j += 16) {
            FloatVector z = FloatVector.fromArray(S, w, j).fma(x0, FloatVector.fromArray(S, w, offB + j));
            acc = z.blend(0f, z.lt(0f)).fma(FloatVector.fromArray(S, w, offA + j), acc);
        }
        float yv = acc.reduceLanes(VectorOperators.ADD) + w[offC];
        float r = yv - y[i], e = 2f * r;
        FloatVector ei = FloatVector.broadcast(S, e), zero = FloatVector.zero(S);
        for (int j = 0; j < k; j += 16) {
            FloatVector wv = FloatVector.fromArray(S, w, j), bv = FloatVector.fromArray(S, w, offB + j), av = FloatVector.fromArray(S, w, offA + j);
            FloatVector z = wv.fma(x0, bv);
            VectorMask<Float> off = z.compare(VectorOperators.LE, 0f);
            FloatVector dA = z.blend(0f, off).fma(ei, zero);
            FloatVector g = av.blend(0f, off).mul(ei);
            FloatVector dW = g.fma(x0, zero);
            wv.sub(dW.mul(lr)).intoArray(w, j);
            bv.sub(g.mul(lr)).intoArray(w, offB + j);
            av.sub(dA.mul(lr)).intoArray(w, offA + j);
        }
        w[offC] -= lr * e;
        return (double) r * r;
    }
    public static void main(String[] a) {
        int k = Integer.parseInt(a[0]); int v = a[1].equals("min") ? 1 : a[1].equals("body") ? 2 : a[1].startsWith("copy") ? 3 : 0;
        MinStep s = new MinStep(k); if (v == 3) s.mode = Integer.parseInt(a[1].substring(4));
        try { var f = VectorKernel.class.getDeclaredField("body"); f.setAccessible(true); s.body = (VectorBody) f.get(s.kern); } catch (Exception e) { throw new RuntimeException(e); }
        double sink = 0;
        for (int i = 0; i < 3_000_000; i++) sink += v == 1 ? s.minStep() : v == 2 ? s.bodyStep() : v == 3 ? s.copyStep() : s.kernelStep();
        double[] ns = new double[21];
        for (int r = 0; r < ns.length; r++) {
            long t0 = System.nanoTime(); int n = 2_000_000;
            for (int i = 0; i < n; i++) sink += v == 1 ? s.minStep() : v == 2 ? s.bodyStep() : v == 3 ? s.copyStep() : s.kernelStep();
            ns[r] = (System.nanoTime() - t0) / (double) n;
        }
        java.util.Arrays.sort(ns);
        System.out.printf("k=%d %s median %.2f ns (min %.2f) %s%n", k, a[1], ns[10], ns[0], sink > 0 ? "" : " ");
    }
}
