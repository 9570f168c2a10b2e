package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;

/**
 * The {@link Kernel} math in double precision on double arrays, with the same layouts and semantics
 * ({@code x}, {@code y}, {@code weights} indexed by absolute row, {@code out} and {@code grad} written from 0).
 * It is the oracle for finite-difference checks and for the accuracy of the float kernels; it allocates freely
 * and is not meant to be fast.
 */
public final class DoubleReferenceKernel {
    private DoubleReferenceKernel() {}

    /** Writes {@code f(x_i)} for rows {@code [row0, row0 + rows)} into {@code out[0 .. rows*m)}. */
    public static void forward(ModelSpec spec, double[] params, double[] x, int row0, int rows, double[] out) {
        check(spec, params, x, row0, rows);
        if (out.length < (long) rows * spec.m())
            throw new IllegalArgumentException("out has length " + out.length + ", need " + (long) rows * spec.m());
        int k = spec.k(), m = spec.m();
        double[] z = new double[k];
        for (int i = 0; i < rows; i++) {
            preActivations(spec, params, x, row0 + i, z);
            for (int o = 0; o < m; o++) out[i * m + o] = output(spec, params, z, o);
        }
    }

    /**
     * The block's loss {@code lossScale * sum_i w_i sum_o (f_o(x_i) - y_io)^2}; overwrites
     * {@code grad[0 .. paramCount)} with its gradient (zeros for A when the output layer is fixed).
     */
    public static double forwardBackward(ModelSpec spec, double[] params, double[] x, double[] y, double[] weights,
                                         int row0, int rows, double lossScale, double[] grad) {
        check(spec, params, x, row0, rows);
        int d = spec.d(), k = spec.k(), m = spec.m();
        if (y.length < (long) (row0 + rows) * m)
            throw new IllegalArgumentException("y has length " + y.length + ", need " + (long) (row0 + rows) * m);
        if (weights != null && weights.length < row0 + rows)
            throw new IllegalArgumentException("weights has length " + weights.length + ", need " + (row0 + rows));
        if (grad.length < spec.paramCount())
            throw new IllegalArgumentException("grad has length " + grad.length + ", need " + spec.paramCount());
        java.util.Arrays.fill(grad, 0, spec.paramCount(), 0.0);
        int oW = spec.offsetW(), oB = spec.offsetB(), oA = spec.offsetA(), oC = spec.offsetC();
        double s = spec.leakySlope();
        double[] z = new double[k];
        double[] g = new double[m];
        double loss = 0;
        for (int i = 0; i < rows; i++) {
            int row = row0 + i;
            double wi = weights == null ? 1.0 : weights[row];
            preActivations(spec, params, x, row, z);
            for (int o = 0; o < m; o++) {
                double r = output(spec, params, z, o) - y[row * m + o];
                loss += lossScale * wi * r * r;
                g[o] = 2 * lossScale * wi * r;
            }
            for (int o = 0; o < m; o++) {
                if (spec.outputTrainable())
                    for (int j = 0; j < k; j++) grad[oA + o * k + j] += g[o] * relu(z[j], s);
                if (spec.outputBias()) grad[oC + o] += g[o];
            }
            for (int j = 0; j < k; j++) {
                double back = 0;
                for (int o = 0; o < m; o++) back += g[o] * params[oA + o * k + j];
                double delta = back * (z[j] > 0 ? 1.0 : s);
                if (spec.hiddenBias()) grad[oB + j] += delta;
                for (int t = 0; t < d; t++) grad[oW + j * d + t] += delta * x[row * d + t];
            }
        }
        return loss;
    }

    /** The block's loss only (no gradient), e.g. for finite differences. */
    public static double loss(ModelSpec spec, double[] params, double[] x, double[] y, double[] weights,
                              int row0, int rows, double lossScale) {
        return forwardBackward(spec, params, x, y, weights, row0, rows, lossScale, new double[spec.paramCount()]);
    }

    /** Pre-activations {@code z} of hidden units for sample {@code row}. */
    public static void preActivations(ModelSpec spec, double[] params, double[] x, int row, double[] z) {
        int d = spec.d(), k = spec.k();
        for (int j = 0; j < k; j++) {
            double sum = 0;
            for (int t = 0; t < d; t++) sum += params[spec.offsetW() + j * d + t] * x[row * d + t];
            if (spec.identityMapping()) sum += x[row * d + j];
            if (spec.hiddenBias()) sum += params[spec.offsetB() + j];
            z[j] = sum;
        }
    }

    private static double output(ModelSpec spec, double[] params, double[] z, int o) {
        int k = spec.k();
        double f = spec.outputBias() ? params[spec.offsetC() + o] : 0;
        for (int j = 0; j < k; j++) f += params[spec.offsetA() + o * k + j] * relu(z[j], spec.leakySlope());
        return f;
    }

    static double relu(double z, double s) { return z > 0 ? z : s * z; }

    /** Widens a float array to double (helper for comparing float kernels against this one). */
    public static double[] widen(float[] a) {
        if (a == null) return null;
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i];
        return out;
    }

    private static void check(ModelSpec spec, double[] params, double[] x, int row0, int rows) {
        if (params.length != spec.paramCount())
            throw new IllegalArgumentException("params has length " + params.length + " but the spec needs "
                    + spec.paramCount());
        if (row0 < 0 || rows < 0) throw new IllegalArgumentException("bad block row0=" + row0 + ", rows=" + rows);
        if (x.length < (long) (row0 + rows) * spec.d())
            throw new IllegalArgumentException("x has length " + x.length + ", need " + (long) (row0 + rows) * spec.d());
    }
}
