package dev.twolayer.bench.impl;

import dev.twolayer.kernel.Kernel;
import dev.twolayer.model.ModelSpec;

/**
 * The kernel contract written as directly as possible, accumulating in double: the oracle that baselines are
 * checked against when the library's ScalarKernel is not in the build, and an independent check in tests.
 * Allocates per call; never benchmarked.
 */
public final class ReferenceKernel implements Kernel {

    record Ws(int maxRows) implements Workspace {}

    @Override public String name() { return "reference"; }

    @Override public Workspace newWorkspace(ModelSpec spec, int maxRows) { return new Ws(maxRows); }

    private static double[] hiddenPre(ModelSpec s, float[] p, float[] x, int row) {
        int d = s.d(), k = s.k();
        double[] z = new double[k];
        for (int j = 0; j < k; j++) {
            double acc = s.hiddenBias() ? p[s.offsetB() + j] : 0;
            for (int i = 0; i < d; i++) acc += (double) p[s.offsetW() + j * d + i] * x[row * d + i];
            if (s.identityMapping()) acc += x[row * d + j];
            z[j] = acc;
        }
        return z;
    }

    private static double act(ModelSpec s, double z) { return z > 0 ? z : s.leakySlope() * z; }

    private static double out(ModelSpec s, float[] p, double[] z, int o) {
        double acc = s.outputBias() ? p[s.offsetC() + o] : 0;
        for (int j = 0; j < s.k(); j++) acc += p[s.offsetA() + o * s.k() + j] * act(s, z[j]);
        return acc;
    }

    @Override
    public void forward(ModelSpec s, float[] p, float[] x, int row0, int rows, float[] out, Workspace ws) {
        for (int r = 0; r < rows; r++) {
            double[] z = hiddenPre(s, p, x, row0 + r);
            for (int o = 0; o < s.m(); o++) out[r * s.m() + o] = (float) out(s, p, z, o);
        }
    }

    @Override
    public double forwardBackward(ModelSpec s, float[] p, float[] x, float[] y, float[] weights, int row0, int rows,
                                  double lossScale, float[] grad, Workspace ws) {
        int d = s.d(), k = s.k(), m = s.m();
        double[] g = new double[s.paramCount()];
        double loss = 0;
        for (int r = 0; r < rows; r++) {
            int row = row0 + r;
            double w = weights == null ? 1 : weights[row];
            double[] z = hiddenPre(s, p, x, row);
            double[] dz = new double[k];
            for (int o = 0; o < m; o++) {
                double res = out(s, p, z, o) - y[row * m + o];
                loss += w * res * res;
                double go = 2 * lossScale * w * res;
                if (s.outputBias()) g[s.offsetC() + o] += go;
                for (int j = 0; j < k; j++) {
                    if (s.outputTrainable()) g[s.offsetA() + o * k + j] += go * act(s, z[j]);
                    dz[j] += go * p[s.offsetA() + o * k + j];
                }
            }
            for (int j = 0; j < k; j++) {
                double gj = z[j] > 0 ? dz[j] : s.leakySlope() * dz[j];
                if (s.hiddenBias()) g[s.offsetB() + j] += gj;
                for (int i = 0; i < d; i++) g[s.offsetW() + j * d + i] += gj * x[row * d + i];
            }
        }
        for (int i = 0; i < g.length; i++) grad[i] = (float) g[i];
        return loss * lossScale;
    }
}
