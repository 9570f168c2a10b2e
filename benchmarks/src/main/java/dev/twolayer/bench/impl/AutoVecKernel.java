package dev.twolayer.bench.impl;

import dev.twolayer.kernel.Kernel;
import dev.twolayer.model.ModelSpec;

import java.util.Arrays;

/**
 * Plain Java written for C2's auto-vectoriser (SuperWord): every hot loop is a unit-stride axpy
 * ({@code dst[j] += a * src[j]}) with no cross-iteration reduction, because C2 does not vectorise strictly ordered
 * float sums. That needs W transposed (d x k), which is redone into the workspace on every call (O(k d), small
 * next to the O(rows k d) products for batches beyond a few rows). Answers: how far does plain Java get?
 */
public final class AutoVecKernel implements Kernel {

    static final class Ws implements Workspace {
        final ModelSpec spec;
        final int maxRows;
        final float[] wT, z, h, dOut, dz;

        Ws(ModelSpec spec, int maxRows) {
            this.spec = spec;
            this.maxRows = maxRows;
            int k = spec.k();
            wT = new float[spec.d() * k];
            z = new float[maxRows * k];
            h = new float[maxRows * k];
            dOut = new float[maxRows * spec.m()];
            dz = new float[k];
        }

        @Override public int maxRows() { return maxRows; }
    }

    @Override public String name() { return "autovec"; }

    @Override
    public Workspace newWorkspace(ModelSpec spec, int maxRows) {
        if (maxRows < 1) throw new IllegalArgumentException("maxRows must be >= 1, got " + maxRows);
        return new Ws(spec, maxRows);
    }

    private Ws check(ModelSpec s, float[] params, float[] x, int row0, int rows, Workspace workspace) {
        if (!(workspace instanceof Ws ws)) throw new IllegalArgumentException("autovec: workspace from another kernel: " + workspace);
        if (!ws.spec.equals(s)) throw new IllegalArgumentException("autovec: workspace made for " + ws.spec + ", called with " + s);
        if (rows < 1 || rows > ws.maxRows)
            throw new IllegalArgumentException("autovec: rows " + rows + " outside [1, " + ws.maxRows + "] of the workspace");
        if (params.length != s.paramCount())
            throw new IllegalArgumentException("autovec: params length " + params.length + " != " + s.paramCount());
        if (row0 < 0 || (long) (row0 + rows) * s.d() > x.length)
            throw new IllegalArgumentException("autovec: rows [" + row0 + ", " + (row0 + rows) + ") exceed x of length " + x.length);
        return ws;
    }

    /** Fills ws.z (pre-activations) and ws.h (activations) for the block. */
    private static void hidden(ModelSpec s, float[] p, float[] x, int row0, int rows, Ws ws) {
        int d = s.d(), k = s.k();
        float[] wT = ws.wT, z = ws.z, h = ws.h;
        for (int j = 0; j < k; j++)
            for (int i = 0; i < d; i++) wT[i * k + j] = p[s.offsetW() + j * d + i];
        float slope = (float) s.leakySlope();
        for (int r = 0; r < rows; r++) {
            int zr = r * k, xr = (row0 + r) * d;
            if (s.hiddenBias()) System.arraycopy(p, s.offsetB(), z, zr, k);
            else Arrays.fill(z, zr, zr + k, 0f);
            for (int i = 0; i < d; i++) {
                float xi = x[xr + i];
                int wr = i * k;
                for (int j = 0; j < k; j++) z[zr + j] += xi * wT[wr + j];   // axpy: vectorises
            }
            if (s.identityMapping()) for (int j = 0; j < k; j++) z[zr + j] += x[xr + j];
            for (int j = 0; j < k; j++) {
                float v = z[zr + j];
                h[zr + j] = v > 0f ? v : slope * v;
            }
        }
    }

    private static float outputOf(ModelSpec s, float[] p, float[] h, int r, int o) {
        int k = s.k(), ar = s.offsetA() + o * k, hr = r * k;
        float acc = s.outputBias() ? p[s.offsetC() + o] : 0f;
        for (int j = 0; j < k; j++) acc += p[ar + j] * h[hr + j];
        return acc;
    }

    @Override
    public void forward(ModelSpec s, float[] params, float[] x, int row0, int rows, float[] out, Workspace workspace) {
        Ws ws = check(s, params, x, row0, rows, workspace);
        if (out.length < rows * s.m()) throw new IllegalArgumentException("autovec: out too short for " + rows + " rows");
        hidden(s, params, x, row0, rows, ws);
        for (int r = 0; r < rows; r++)
            for (int o = 0; o < s.m(); o++) out[r * s.m() + o] = outputOf(s, params, ws.h, r, o);
    }

    @Override
    public double forwardBackward(ModelSpec s, float[] p, float[] x, float[] y, float[] weights, int row0, int rows,
                                  double lossScale, float[] grad, Workspace workspace) {
        Ws ws = check(s, p, x, row0, rows, workspace);
        if (grad.length != s.paramCount()) throw new IllegalArgumentException("autovec: grad length " + grad.length + " != " + s.paramCount());
        int d = s.d(), k = s.k(), m = s.m();
        hidden(s, p, x, row0, rows, ws);
        Arrays.fill(grad, 0f);
        float[] h = ws.h, z = ws.z, dz = ws.dz;
        float slope = (float) s.leakySlope();
        double loss = 0;
        for (int r = 0; r < rows; r++) {
            double w = weights == null ? 1.0 : weights[row0 + r];
            double rowSum = 0;
            Arrays.fill(dz, 0f);
            int hr = r * k;
            for (int o = 0; o < m; o++) {
                float res = outputOf(s, p, h, r, o) - y[(row0 + r) * m + o];
                rowSum += (double) res * res;
                float g = (float) (2.0 * lossScale * w * res);
                if (s.outputBias()) grad[s.offsetC() + o] += g;
                int ar = s.offsetA() + o * k;
                if (s.outputTrainable())
                    for (int j = 0; j < k; j++) grad[ar + j] += g * h[hr + j];           // axpy
                for (int j = 0; j < k; j++) dz[j] += g * p[ar + j];                      // axpy
            }
            loss += w * rowSum;
            for (int j = 0; j < k; j++) dz[j] = z[hr + j] > 0f ? dz[j] : slope * dz[j];
            if (s.hiddenBias()) for (int j = 0; j < k; j++) grad[s.offsetB() + j] += dz[j];
            int xr = (row0 + r) * d;
            for (int j = 0; j < k; j++) {
                float g = dz[j];
                int gr = s.offsetW() + j * d;
                for (int i = 0; i < d; i++) grad[gr + i] += g * x[xr + i];              // axpy
            }
        }
        return loss * lossScale;
    }

    @Override public String toString() { return name(); }
}
