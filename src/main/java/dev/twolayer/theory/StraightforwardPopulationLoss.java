package dev.twolayer.theory;

/**
 * A direct transcription of the section-0 formulas, pair by pair with {@link GaussianKernelFunctions}: every
 * ordered pair recomputes norms and its own arccos, and each call allocates. It is the reference that
 * {@link GaussianPopulationLoss} is tested against and the baseline for its speed comparison; do not use it in
 * experiments.
 */
public final class StraightforwardPopulationLoss {
    private final int n, m, d;
    private final double[] v, b;
    private final double slope;
    private final boolean identityMapping;

    /** Same meaning as the {@link GaussianPopulationLoss} constructor arguments (teacher weights null = ones). */
    public StraightforwardPopulationLoss(int n, int d, double[] teacherRows, double[] teacherWeights, double slope,
                                         boolean identityMapping) {
        this.n = n;
        this.d = d;
        this.m = teacherRows.length / d;
        this.v = teacherRows.clone();
        this.b = teacherWeights == null ? ones(m) : teacherWeights.clone();
        this.slope = slope;
        this.identityMapping = identityMapping;
    }

    private static double[] ones(int len) {
        double[] x = new double[len];
        java.util.Arrays.fill(x, 1.0);
        return x;
    }

    private double[] studentRows(double[] w) {
        double[] u = w.clone();
        if (identityMapping) for (int i = 0; i < n; i++) u[i * d + i] += 1;
        return u;
    }

    /** F(W, a); a null = ones. */
    public double loss(double[] w, double[] a) {
        double[] u = studentRows(w), aa = a == null ? ones(n) : a;
        double f = 0;
        for (int i = 0; i < n; i++)
            for (int i2 = 0; i2 < n; i2++)
                f += 0.5 * aa[i] * aa[i2] * GaussianKernelFunctions.leakyKernel(u, i * d, u, i2 * d, d, slope);
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
                f -= aa[i] * b[j] * GaussianKernelFunctions.leakyKernel(u, i * d, v, j * d, d, slope);
        for (int j = 0; j < m; j++)
            for (int j2 = 0; j2 < m; j2++)
                f += 0.5 * b[j] * b[j2] * GaussianKernelFunctions.leakyKernel(v, j * d, v, j2 * d, d, slope);
        return f;
    }

    /** dF/dW (n x d) as a new array; a null = ones. */
    public double[] gradient(double[] w, double[] a) {
        double[] u = studentRows(w), aa = a == null ? ones(n) : a;
        double[] grad = new double[n * d], g = new double[d];
        for (int i = 0; i < n; i++) {
            for (int i2 = 0; i2 < n; i2++) {
                GaussianKernelFunctions.leakyGradient(u, i * d, u, i2 * d, d, slope, g, 0);
                for (int k = 0; k < d; k++) grad[i * d + k] += aa[i] * aa[i2] * g[k];
            }
            for (int j = 0; j < m; j++) {
                GaussianKernelFunctions.leakyGradient(u, i * d, v, j * d, d, slope, g, 0);
                for (int k = 0; k < d; k++) grad[i * d + k] -= aa[i] * b[j] * g[k];
            }
        }
        return grad;
    }

    /** dF/da (n) as a new array; a null = ones. */
    public double[] outputWeightGradient(double[] w, double[] a) {
        double[] u = studentRows(w), aa = a == null ? ones(n) : a;
        double[] grad = new double[n];
        for (int i = 0; i < n; i++) {
            for (int i2 = 0; i2 < n; i2++)
                grad[i] += aa[i2] * GaussianKernelFunctions.leakyKernel(u, i * d, u, i2 * d, d, slope);
            for (int j = 0; j < m; j++)
                grad[i] -= b[j] * GaussianKernelFunctions.leakyKernel(u, i * d, v, j * d, d, slope);
        }
        return grad;
    }

    /**
     * Plain GD with the section-1 rules but none of the care: fresh arrays every step. Returns the number of steps
     * taken (stops at {@code gradTol} or {@code maxSteps}); the final W is left in {@code w}.
     */
    public long gradientDescent(double[] w, double step, double gradTol, long maxSteps) {
        for (long t = 0; t < maxSteps; t++) {
            double[] grad = gradient(w, null);
            if (GaussianPopulationLoss.maxRowNorm(grad, n, d) <= gradTol) return t;
            for (int p = 0; p < w.length; p++) w[p] -= step * grad[p];
        }
        return maxSteps;
    }
}
