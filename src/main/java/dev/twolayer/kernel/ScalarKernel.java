package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;

import java.util.Arrays;

/**
 * The readable reference {@link Kernel}: plain loops, one sample at a time, float arithmetic like the fast kernels
 * (sums accumulated in float, the loss returned in double). It is the correctness oracle for every other float
 * kernel, so clarity wins over speed.
 *
 * <p>For sample i: {@code z_j = w_j . x_i (+ x_ij with identity mapping) (+ b_j)}, {@code h_j = relu_s(z_j)},
 * {@code f_o = sum_j A_oj h_j (+ c_o)}, residual {@code r_o = f_o - y_io}. With {@code g_o = 2 lossScale w_i r_o}:
 * {@code dA_oj += g_o h_j}, {@code dc_o += g_o}, {@code delta_j = relu_s'(z_j) sum_o g_o A_oj},
 * {@code db_j += delta_j}, {@code dW_jt += delta_j x_it}, where {@code relu_s'(z) = 1} for {@code z > 0} and
 * {@code s} otherwise (so {@code relu'(0) = 0} for the plain ReLU).
 */
public final class ScalarKernel implements Kernel {

    @Override public String name() { return "scalar"; }

    @Override public String toString() { return "ScalarKernel"; }

    /** Pre-activations, activations and scaled residuals for up to {@code maxRows} samples. */
    static final class Work implements Workspace {
        final int maxRows, k, m;
        final float[] z, h, g;

        Work(ModelSpec spec, int maxRows) {
            this.maxRows = maxRows;
            this.k = spec.k();
            this.m = spec.m();
            this.z = new float[maxRows * k];
            this.h = new float[maxRows * k];
            this.g = new float[maxRows * m];
        }

        @Override public int maxRows() { return maxRows; }

        void requireFits(ModelSpec spec) {
            if (spec.k() > k || spec.m() > m)
                throw new IllegalArgumentException("workspace was made for k=" + k + ", m=" + m
                        + " but the spec has k=" + spec.k() + ", m=" + spec.m());
        }
    }

    @Override
    public Workspace newWorkspace(ModelSpec spec, int maxRows) {
        KernelChecks.newWorkspace(spec, maxRows);
        return new Work(spec, maxRows);
    }

    @Override
    public void forward(ModelSpec spec, float[] params, float[] x, int row0, int rows, float[] out, Workspace ws) {
        KernelChecks.forward(spec, params, x, row0, rows, out, ws);
        Work w = KernelChecks.workspace(ws, Work.class, name());
        w.requireFits(spec);
        hidden(spec, params, x, row0, rows, w);
        output(spec, params, rows, w, out);
    }

    @Override
    public double forwardBackward(ModelSpec spec, float[] params, float[] x, float[] y, float[] weights,
                                  int row0, int rows, double lossScale, float[] grad, Workspace ws) {
        KernelChecks.forwardBackward(spec, params, x, y, weights, row0, rows, lossScale, grad, ws);
        Work w = KernelChecks.workspace(ws, Work.class, name());
        w.requireFits(spec);
        final int d = spec.d(), k = spec.k(), m = spec.m();
        final int oW = spec.offsetW(), oB = spec.offsetB(), oA = spec.offsetA(), oC = spec.offsetC();
        final float slope = (float) spec.leakySlope();

        hidden(spec, params, x, row0, rows, w);

        // Output layer, residuals and the loss; g holds 2 * lossScale * w_i * r_io (dLoss/df_o for sample i).
        double weightedSquares = 0;
        for (int i = 0; i < rows; i++) {
            int hi = i * k;
            float squares = 0f;
            for (int o = 0; o < m; o++) {
                float f = spec.outputBias() ? params[oC + o] : 0f;
                int a = oA + o * k;
                for (int j = 0; j < k; j++) f += params[a + j] * w.h[hi + j];
                float r = f - y[(row0 + i) * m + o];
                squares += r * r;
                w.g[i * m + o] = r;
            }
            double sampleWeight = weights == null ? 1.0 : weights[row0 + i];
            weightedSquares += sampleWeight * squares;
            float scale = (float) (2.0 * lossScale * sampleWeight);
            for (int o = 0; o < m; o++) w.g[i * m + o] *= scale;
        }

        Arrays.fill(grad, 0, spec.paramCount(), 0f);
        for (int i = 0; i < rows; i++) {
            int hi = i * k, gi = i * m, xi = (row0 + i) * d;
            // Output layer gradients.
            for (int o = 0; o < m; o++) {
                float go = w.g[gi + o];
                if (spec.outputTrainable()) {
                    int a = oA + o * k;
                    for (int j = 0; j < k; j++) grad[a + j] += go * w.h[hi + j];
                }
                if (spec.outputBias()) grad[oC + o] += go;
            }
            // Back through the ReLU into the hidden layer.
            for (int j = 0; j < k; j++) {
                float back = 0f;
                for (int o = 0; o < m; o++) back += w.g[gi + o] * params[oA + o * k + j];
                float delta = w.z[hi + j] > 0f ? back : slope * back;
                if (spec.hiddenBias()) grad[oB + j] += delta;
                int wj = oW + j * d;
                for (int t = 0; t < d; t++) grad[wj + t] += delta * x[xi + t];
            }
        }
        return lossScale * weightedSquares;
    }

    /** z and h for the block. */
    private static void hidden(ModelSpec spec, float[] params, float[] x, int row0, int rows, Work w) {
        final int d = spec.d(), k = spec.k();
        final int oW = spec.offsetW(), oB = spec.offsetB();
        final float slope = (float) spec.leakySlope();
        for (int i = 0; i < rows; i++) {
            int xi = (row0 + i) * d;
            for (int j = 0; j < k; j++) {
                int wj = oW + j * d;
                float z = 0f;
                for (int t = 0; t < d; t++) z += params[wj + t] * x[xi + t];
                if (spec.identityMapping()) z += x[xi + j];
                if (spec.hiddenBias()) z += params[oB + j];
                w.z[i * k + j] = z;
                w.h[i * k + j] = z > 0f ? z : slope * z;
            }
        }
    }

    private static void output(ModelSpec spec, float[] params, int rows, Work w, float[] out) {
        final int k = spec.k(), m = spec.m();
        final int oA = spec.offsetA(), oC = spec.offsetC();
        for (int i = 0; i < rows; i++) {
            for (int o = 0; o < m; o++) {
                float f = spec.outputBias() ? params[oC + o] : 0f;
                int a = oA + o * k;
                for (int j = 0; j < k; j++) f += params[a + j] * w.h[i * k + j];
                out[i * m + o] = f;
            }
        }
    }
}
