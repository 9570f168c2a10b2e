package dev.twolayer.bench.impl;

import dev.twolayer.kernel.Kernel;
import dev.twolayer.model.ModelSpec;

/**
 * The forward/backward pass of {@link Kernel} written as five matrix products plus elementwise code, so that a
 * linear-algebra library's GEMM can be benchmarked doing exactly the kernel's job. Subclasses supply the products;
 * all intermediate matrices are row-major float arrays in a {@link Buffers} workspace:
 * <pre>
 *   Z   (rows x k) = X W^T          hidden(...)
 *   out (rows x m) = H A^T          output(...)
 *   gA  (m x k)    = dOut^T H       gradA(...)
 *   dH  (rows x k) = dOut A         backHidden(...)
 *   gW  (k x d)    = dZ^T X         gradW(...)
 * </pre>
 * Biases, activation, residuals and the ReLU mask are plain loops shared by every baseline.
 */
public abstract class GemmBaselineKernel implements Kernel {

    /** Row-major scratch shared by all baselines; subclasses extend it with library objects. */
    public static class Buffers implements Workspace {
        public final ModelSpec spec;
        public final int maxRows;
        public final float[] z, h, out, dOut, dH, gA;

        public Buffers(ModelSpec spec, int maxRows) {
            if (maxRows < 1) throw new IllegalArgumentException("maxRows must be >= 1, got " + maxRows);
            this.spec = spec;
            this.maxRows = maxRows;
            int k = spec.k(), m = spec.m();
            z = new float[maxRows * k];
            h = new float[maxRows * k];
            out = new float[maxRows * m];
            dOut = new float[maxRows * m];
            dH = new float[maxRows * k];
            gA = new float[m * k];
        }

        @Override public int maxRows() { return maxRows; }
    }

    /** Z = X W^T for x rows [row0, row0+rows); W is at params[spec.offsetW()], row-major k x d. */
    protected abstract void hidden(ModelSpec s, float[] params, float[] x, int row0, int rows, float[] z, Buffers ws);

    /** out = H A^T; A is at params[spec.offsetA()], row-major m x k. */
    protected abstract void output(ModelSpec s, float[] params, float[] h, int rows, float[] out, Buffers ws);

    /** gA = dOut^T H (m x k, row-major). */
    protected abstract void gradA(ModelSpec s, float[] dOut, float[] h, int rows, float[] gA, Buffers ws);

    /** dH = dOut A (rows x k). */
    protected abstract void backHidden(ModelSpec s, float[] params, float[] dOut, int rows, float[] dH, Buffers ws);

    /** grad[offsetW ..] = dZ^T X (k x d, row-major), overwriting. */
    protected abstract void gradW(ModelSpec s, float[] dZ, float[] x, int row0, int rows, float[] grad, Buffers ws);

    @Override
    public Workspace newWorkspace(ModelSpec spec, int maxRows) {
        return new Buffers(spec, maxRows);
    }

    protected Buffers check(ModelSpec spec, float[] params, float[] x, int row0, int rows, Workspace ws) {
        if (!(ws instanceof Buffers b)) throw new IllegalArgumentException(name() + ": workspace from another kernel: " + ws);
        if (!b.spec.equals(spec)) throw new IllegalArgumentException(name() + ": workspace made for " + b.spec + ", called with " + spec);
        if (rows < 1 || rows > b.maxRows)
            throw new IllegalArgumentException(name() + ": rows " + rows + " outside [1, " + b.maxRows + "] of the workspace");
        if (params.length != spec.paramCount())
            throw new IllegalArgumentException(name() + ": params length " + params.length + " != " + spec.paramCount());
        if (row0 < 0 || (long) (row0 + rows) * spec.d() > x.length)
            throw new IllegalArgumentException(name() + ": rows [" + row0 + ", " + (row0 + rows) + ") exceed x of length " + x.length);
        return b;
    }

    @Override
    public void forward(ModelSpec s, float[] params, float[] x, int row0, int rows, float[] out, Workspace workspace) {
        Buffers ws = check(s, params, x, row0, rows, workspace);
        if (out.length < rows * s.m()) throw new IllegalArgumentException(name() + ": out too short for " + rows + " rows");
        hiddenActivations(s, params, x, row0, rows, ws);
        output(s, params, ws.h, rows, ws.out, ws);
        int m = s.m();
        for (int i = 0; i < rows; i++)
            for (int o = 0; o < m; o++)
                out[i * m + o] = ws.out[i * m + o] + (s.outputBias() ? params[s.offsetC() + o] : 0f);
    }

    @Override
    public double forwardBackward(ModelSpec s, float[] params, float[] x, float[] y, float[] weights, int row0, int rows,
                                  double lossScale, float[] grad, Workspace workspace) {
        Buffers ws = check(s, params, x, row0, rows, workspace);
        if (grad.length != s.paramCount()) throw new IllegalArgumentException(name() + ": grad length " + grad.length + " != " + s.paramCount());
        int k = s.k(), m = s.m();
        hiddenActivations(s, params, x, row0, rows, ws);
        output(s, params, ws.h, rows, ws.out, ws);

        // residuals, loss and dLoss/dOut = 2 * lossScale * w_i * r_io
        double loss = 0;
        for (int i = 0; i < rows; i++) {
            double w = weights == null ? 1.0 : weights[row0 + i];
            double rowSum = 0;
            for (int o = 0; o < m; o++) {
                float f = ws.out[i * m + o] + (s.outputBias() ? params[s.offsetC() + o] : 0f);
                float r = f - y[(row0 + i) * m + o];
                rowSum += (double) r * r;
                ws.dOut[i * m + o] = (float) (2.0 * lossScale * w * r);
            }
            loss += w * rowSum;
        }

        // output layer gradients
        if (s.outputTrainable()) {
            gradA(s, ws.dOut, ws.h, rows, ws.gA, ws);
            System.arraycopy(ws.gA, 0, grad, s.offsetA(), m * k);
        } else {
            java.util.Arrays.fill(grad, s.offsetA(), s.offsetA() + m * k, 0f);
        }
        if (s.outputBias()) columnSums(ws.dOut, rows, m, grad, s.offsetC());

        // back through the activation: dZ = dH * relu_s'(Z), in place in dH
        backHidden(s, params, ws.dOut, rows, ws.dH, ws);
        float slope = (float) s.leakySlope();
        float[] dH = ws.dH, z = ws.z;
        for (int i = 0, n = rows * k; i < n; i++) dH[i] = z[i] > 0f ? dH[i] : slope * dH[i];
        if (s.hiddenBias()) columnSums(dH, rows, k, grad, s.offsetB());
        gradW(s, dH, x, row0, rows, grad, ws);
        return loss * lossScale;
    }

    /** Z = X W^T (+ b) (+ X when identity-mapped), H = relu_s(Z). */
    private void hiddenActivations(ModelSpec s, float[] params, float[] x, int row0, int rows, Buffers ws) {
        int k = s.k(), d = s.d();
        hidden(s, params, x, row0, rows, ws.z, ws);
        float[] z = ws.z, h = ws.h;
        float slope = (float) s.leakySlope();
        for (int i = 0; i < rows; i++) {
            int zr = i * k;
            if (s.hiddenBias()) for (int j = 0; j < k; j++) z[zr + j] += params[s.offsetB() + j];
            if (s.identityMapping()) for (int j = 0; j < k; j++) z[zr + j] += x[(row0 + i) * d + j];
            for (int j = 0; j < k; j++) {
                float v = z[zr + j];
                h[zr + j] = v > 0f ? v : slope * v;
            }
        }
    }

    private static void columnSums(float[] mat, int rows, int cols, float[] dst, int off) {
        java.util.Arrays.fill(dst, off, off + cols, 0f);
        for (int i = 0; i < rows; i++)
            for (int j = 0; j < cols; j++) dst[off + j] += mat[i * cols + j];
    }

    /** dst[c*rows + r] = src[srcOff + r*cols + c]: row-major (rows x cols) to its transpose. */
    protected static void transpose(float[] src, int srcOff, int rows, int cols, float[] dst) {
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) dst[c * rows + r] = src[srcOff + r * cols + c];
    }

    @Override public String toString() { return name(); }
}
