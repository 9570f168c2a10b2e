package dev.twolayer.bench.impl;

import dev.twolayer.model.ModelSpec;
import dev.ludovic.netlib.blas.BLAS;

/**
 * Baseline: the kernel's products done by netlib-java's {@code sgemm} (dev.ludovic.netlib). {@link BLAS#getInstance()}
 * picks a native BLAS when one is installed, else its Vector API implementation, else plain Java; {@link #blasName()}
 * says which. BLAS is column-major, so each row-major product {@code C = A B} is issued as {@code C^T = B^T A^T};
 * row offsets are passed straight through, so nothing is copied.
 */
public final class NetlibKernel extends GemmBaselineKernel {

    private final BLAS blas;

    public NetlibKernel() { this(BLAS.getInstance()); }

    public NetlibKernel(BLAS blas) { this.blas = blas; }

    /** The BLAS implementation in use (e.g. "VectorBLAS", "JNIBLAS", "Java11BLAS"). */
    public String blasName() { return blas.getClass().getSimpleName(); }

    @Override public String name() { return "netlib"; }

    @Override
    protected void hidden(ModelSpec s, float[] params, float[] x, int row0, int rows, float[] z, Buffers ws) {
        int d = s.d(), k = s.k();
        // Z^T (k x rows) = W (k x d; stored as col-major d x k -> "T") * X^T (d x rows; row-major X as-is -> "N")
        blas.sgemm("T", "N", k, rows, d, 1f, params, s.offsetW(), d, x, row0 * d, d, 0f, z, 0, k);
    }

    @Override
    protected void output(ModelSpec s, float[] params, float[] h, int rows, float[] out, Buffers ws) {
        int k = s.k(), m = s.m();
        blas.sgemm("T", "N", m, rows, k, 1f, params, s.offsetA(), k, h, 0, k, 0f, out, 0, m);
    }

    @Override
    protected void gradA(ModelSpec s, float[] dOut, float[] h, int rows, float[] gA, Buffers ws) {
        int k = s.k(), m = s.m();
        // gA^T (k x m) = H^T (k x rows) * dOut (rows x m)
        blas.sgemm("N", "T", k, m, rows, 1f, h, 0, k, dOut, 0, m, 0f, gA, 0, k);
    }

    @Override
    protected void backHidden(ModelSpec s, float[] params, float[] dOut, int rows, float[] dH, Buffers ws) {
        int k = s.k(), m = s.m();
        // dH^T (k x rows) = A^T (k x m) * dOut^T (m x rows)
        blas.sgemm("N", "N", k, rows, m, 1f, params, s.offsetA(), k, dOut, 0, m, 0f, dH, 0, k);
    }

    @Override
    protected void gradW(ModelSpec s, float[] dZ, float[] x, int row0, int rows, float[] grad, Buffers ws) {
        int d = s.d(), k = s.k();
        // gW^T (d x k) = X^T (d x rows) * dZ (rows x k)
        blas.sgemm("N", "T", d, k, rows, 1f, x, row0 * d, d, dZ, 0, k, 0f, grad, s.offsetW(), d);
    }
}
