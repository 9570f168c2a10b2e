package dev.twolayer.bench.impl;

import dev.twolayer.model.ModelSpec;
import org.ojalgo.matrix.store.R032Store;

/**
 * Baseline: the kernel's products done by ojAlgo's float store {@link R032Store#fillByMultiplying}.
 * ojAlgo stores are column-major, so a row-major (r x c) array is the column-major (c x r) transpose; operands
 * are copied (or transposed) into stores because ojAlgo cannot wrap caller arrays at an offset. Stores are sized
 * for the block; when the block height changes they are re-made (never inside a fixed-shape benchmark).
 */
public final class OjAlgoKernel extends GemmBaselineKernel {

    static final class OjBuffers extends Buffers {
        int rows = -1;
        R032Store xT, w, zT, aT, hT, outT, dOut, gAT, dOutT, dHT, dZ, gWT;

        OjBuffers(ModelSpec spec, int maxRows) { super(spec, maxRows); }

        void size(int rows) {
            if (rows == this.rows) return;
            int d = spec.d(), k = spec.k(), m = spec.m();
            var f = R032Store.FACTORY;
            xT = f.make(d, rows);      // X^T = row-major X block
            w = f.make(k, d);          // W, transposed from row-major params
            zT = f.make(k, rows);      // Z^T = row-major Z
            aT = f.make(m, k);         // A (col-major), transposed from params
            hT = f.make(k, rows);      // H^T = row-major H
            outT = f.make(m, rows);    // out^T = row-major out
            dOut = f.make(rows, m);    // dOut col-major
            gAT = f.make(k, m);        // gA^T = row-major gA
            dOutT = f.make(m, rows);   // dOut^T = row-major dOut
            dHT = f.make(k, rows);     // dH^T = row-major dH
            dZ = f.make(rows, k);      // dZ col-major
            gWT = f.make(d, k);        // gW^T = row-major gW
            this.rows = rows;
        }
    }

    @Override public String name() { return "ojalgo"; }

    @Override public Workspace newWorkspace(ModelSpec spec, int maxRows) { return new OjBuffers(spec, maxRows); }

    @Override
    protected void hidden(ModelSpec s, float[] params, float[] x, int row0, int rows, float[] z, Buffers b) {
        OjBuffers ws = (OjBuffers) b;
        ws.size(rows);
        int d = s.d(), k = s.k();
        System.arraycopy(x, row0 * d, ws.xT.data, 0, rows * d);
        transpose(params, s.offsetW(), k, d, ws.w.data);
        ws.zT.fillByMultiplying(ws.w, ws.xT);            // Z^T = W X^T
        System.arraycopy(ws.zT.data, 0, z, 0, rows * k);
    }

    @Override
    protected void output(ModelSpec s, float[] params, float[] h, int rows, float[] out, Buffers b) {
        OjBuffers ws = (OjBuffers) b;
        int k = s.k(), m = s.m();
        transpose(params, s.offsetA(), m, k, ws.aT.data);
        System.arraycopy(h, 0, ws.hT.data, 0, rows * k);
        ws.outT.fillByMultiplying(ws.aT, ws.hT);         // out^T = A H^T
        System.arraycopy(ws.outT.data, 0, out, 0, rows * m);
    }

    @Override
    protected void gradA(ModelSpec s, float[] dOut, float[] h, int rows, float[] gA, Buffers b) {
        OjBuffers ws = (OjBuffers) b; // hT still holds H from output()
        int k = s.k(), m = s.m();
        transpose(dOut, 0, rows, m, ws.dOut.data);
        ws.gAT.fillByMultiplying(ws.hT, ws.dOut);        // gA^T = H^T dOut
        System.arraycopy(ws.gAT.data, 0, gA, 0, m * k);
    }

    @Override
    protected void backHidden(ModelSpec s, float[] params, float[] dOut, int rows, float[] dH, Buffers b) {
        OjBuffers ws = (OjBuffers) b;
        int k = s.k(), m = s.m();
        System.arraycopy(dOut, 0, ws.dOutT.data, 0, rows * m);
        // A^T (k x m, col-major) is row-major A as stored in params
        R032Store aTk = ws.gAT; // reuse: same shape k x m, gA already copied out
        System.arraycopy(params, s.offsetA(), aTk.data, 0, m * k);
        ws.dHT.fillByMultiplying(aTk, ws.dOutT);         // dH^T = A^T dOut^T
        System.arraycopy(ws.dHT.data, 0, dH, 0, rows * k);
    }

    @Override
    protected void gradW(ModelSpec s, float[] dZ, float[] x, int row0, int rows, float[] grad, Buffers b) {
        OjBuffers ws = (OjBuffers) b; // xT still holds the block from hidden()
        int d = s.d(), k = s.k();
        transpose(dZ, 0, rows, k, ws.dZ.data);
        ws.gWT.fillByMultiplying(ws.xT, ws.dZ);          // gW^T = X^T dZ
        System.arraycopy(ws.gWT.data, 0, grad, s.offsetW(), k * d);
    }
}
