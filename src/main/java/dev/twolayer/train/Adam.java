package dev.twolayer.train;

/**
 * Adam (Kingma and Ba), PyTorch semantics: {@code m = b1 m + (1-b1) g}, {@code v = b2 v + (1-b2) g^2},
 * {@code p -= lr * (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)}. Moments are kept in float; the bias corrections
 * are computed in double once per step.
 */
public final class Adam implements Optimizer {
    private final int size;
    private final float beta1, beta2;
    private final double beta1d, beta2d, eps;
    private final float[] m, v;
    private long t;

    public Adam(int size, double beta1, double beta2, double eps) {
        if (size < 1) throw new IllegalArgumentException("parameter count must be >= 1, got " + size);
        validate(beta1, beta2, eps);
        this.size = size;
        this.beta1 = (float) beta1; this.beta2 = (float) beta2;
        this.beta1d = beta1; this.beta2d = beta2; this.eps = eps;
        this.m = new float[size];
        this.v = new float[size];
    }

    static void validate(double beta1, double beta2, double eps) {
        if (!(beta1 >= 0 && beta1 < 1)) throw new IllegalArgumentException("Adam beta1 must be in [0, 1), got " + beta1);
        if (!(beta2 >= 0 && beta2 < 1)) throw new IllegalArgumentException("Adam beta2 must be in [0, 1), got " + beta2);
        if (!(eps > 0) || !Double.isFinite(eps)) throw new IllegalArgumentException("Adam eps must be positive and finite, got " + eps);
    }

    @Override public void step(float[] params, float[] grad, double lr) {
        Optimizers.requireSizes(size, params, grad);
        t++;
        double bc1 = 1 - Math.pow(beta1d, t);
        double bc2 = 1 - Math.pow(beta2d, t);
        // p -= (lr / bc1) * m / (sqrt(v) / sqrt(bc2) + eps), as torch.optim.Adam (non-fused) does it
        float stepSize = (float) (lr / bc1);
        float invSqrtBc2 = (float) (1.0 / Math.sqrt(bc2));
        float e = (float) eps;
        float b1 = beta1, b2 = beta2, c1 = 1f - beta1, c2 = 1f - beta2;
        for (int i = 0; i < size; i++) {
            float g = grad[i];
            float mi = b1 * m[i] + c1 * g;
            float vi = b2 * v[i] + c2 * g * g;
            m[i] = mi;
            v[i] = vi;
            params[i] -= stepSize * mi / ((float) Math.sqrt(vi) * invSqrtBc2 + e);
        }
    }

    @Override public void reset() {
        java.util.Arrays.fill(m, 0f);
        java.util.Arrays.fill(v, 0f);
        t = 0;
    }

    /** Number of steps taken since creation or the last reset. */
    public long steps() { return t; }

    @Override public int size() { return size; }
}
