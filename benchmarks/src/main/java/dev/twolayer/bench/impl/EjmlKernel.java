package dev.twolayer.bench.impl;

import dev.twolayer.model.ModelSpec;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * Baseline: the kernel's products done by EJML's single-precision dense row-major GEMM (ejml-fdense).
 * Matrices are EJML views whose data/numRows/numCols fields are pointed at the workspace arrays, so nothing is
 * allocated per call; the input block is copied once because EJML has no row offsets.
 */
public final class EjmlKernel extends GemmBaselineKernel {

    static final class EjmlBuffers extends Buffers {
        final FMatrixRMaj xm = new FMatrixRMaj(1, 1), wm = new FMatrixRMaj(1, 1), am = new FMatrixRMaj(1, 1),
                zm = new FMatrixRMaj(1, 1), hm = new FMatrixRMaj(1, 1), outm = new FMatrixRMaj(1, 1),
                dOutm = new FMatrixRMaj(1, 1), dHm = new FMatrixRMaj(1, 1), gAm = new FMatrixRMaj(1, 1),
                gWm = new FMatrixRMaj(1, 1);
        final float[] xBlock, aCopy;

        EjmlBuffers(ModelSpec spec, int maxRows) {
            super(spec, maxRows);
            xBlock = new float[maxRows * spec.d()];
            aCopy = new float[spec.m() * spec.k()];
        }
    }

    /** Points {@code m} at {@code data} as a rows x cols row-major matrix (data may be longer). */
    private static FMatrixRMaj view(FMatrixRMaj m, float[] data, int rows, int cols) {
        m.data = data;
        m.numRows = rows;
        m.numCols = cols;
        return m;
    }

    @Override public String name() { return "ejml"; }

    @Override public Workspace newWorkspace(ModelSpec spec, int maxRows) { return new EjmlBuffers(spec, maxRows); }

    @Override
    protected void hidden(ModelSpec s, float[] params, float[] x, int row0, int rows, float[] z, Buffers b) {
        EjmlBuffers ws = (EjmlBuffers) b;
        System.arraycopy(x, row0 * s.d(), ws.xBlock, 0, rows * s.d());
        CommonOps_FDRM.multTransB(view(ws.xm, ws.xBlock, rows, s.d()), view(ws.wm, params, s.k(), s.d()),
                view(ws.zm, z, rows, s.k()));
    }

    @Override
    protected void output(ModelSpec s, float[] params, float[] h, int rows, float[] out, Buffers b) {
        EjmlBuffers ws = (EjmlBuffers) b;
        System.arraycopy(params, s.offsetA(), ws.aCopy, 0, s.m() * s.k());
        CommonOps_FDRM.multTransB(view(ws.hm, h, rows, s.k()), view(ws.am, ws.aCopy, s.m(), s.k()),
                view(ws.outm, out, rows, s.m()));
    }

    @Override
    protected void gradA(ModelSpec s, float[] dOut, float[] h, int rows, float[] gA, Buffers b) {
        EjmlBuffers ws = (EjmlBuffers) b;
        CommonOps_FDRM.multTransA(view(ws.dOutm, dOut, rows, s.m()), view(ws.hm, h, rows, s.k()),
                view(ws.gAm, gA, s.m(), s.k()));
    }

    @Override
    protected void backHidden(ModelSpec s, float[] params, float[] dOut, int rows, float[] dH, Buffers b) {
        EjmlBuffers ws = (EjmlBuffers) b; // aCopy still holds A from output()
        CommonOps_FDRM.mult(view(ws.dOutm, dOut, rows, s.m()), view(ws.am, ws.aCopy, s.m(), s.k()),
                view(ws.dHm, dH, rows, s.k()));
    }

    @Override
    protected void gradW(ModelSpec s, float[] dZ, float[] x, int row0, int rows, float[] grad, Buffers b) {
        EjmlBuffers ws = (EjmlBuffers) b; // xBlock still holds the block from hidden()
        CommonOps_FDRM.multTransA(view(ws.dHm, dZ, rows, s.k()), view(ws.xm, ws.xBlock, rows, s.d()),
                view(ws.gWm, grad, s.k(), s.d()));
    }
}
