package dev.twolayer.model;

/**
 * Shape and options of a two-layer network {@code f(x) = A relu_s(W x + b) + c}.
 *
 * <p>Parameters live in one flat float array (see {@link #offsetW()} etc.) so that optimisers, gradient
 * reductions and serialisation treat them as a single vector. Layout, all row-major:
 * <pre>
 *   W : k x d   at offsetW() = 0
 *   b : k       at offsetB()   (length 0 when hiddenBias is off)
 *   A : m x k   at offsetA()   (always present; when outputTrainable is off its gradient is written as 0)
 *   c : m       at offsetC()   (length 0 when outputBias is off)
 * </pre>
 * With {@code identityMapping} the pre-activation is {@code (e_j + w_j) . x}, which requires {@code k == d}.
 *
 * @param d               inputs
 * @param k               hidden units
 * @param m               outputs (1 in all the papers' settings)
 * @param hiddenBias      whether b exists and is trained
 * @param outputBias      whether c exists and is trained
 * @param outputTrainable whether A is trained (fixed, e.g. all ones, otherwise)
 * @param leakySlope      s in [0, 1): relu_s(z) = z for z > 0, s z otherwise
 * @param identityMapping pre-activation (I + W) x instead of W x
 */
public record ModelSpec(int d, int k, int m, boolean hiddenBias, boolean outputBias, boolean outputTrainable,
                        double leakySlope, boolean identityMapping) {

    public ModelSpec {
        if (d < 1) throw new IllegalArgumentException("input dimension d must be >= 1, got " + d);
        if (k < 1) throw new IllegalArgumentException("hidden width k must be >= 1, got " + k);
        if (m < 1) throw new IllegalArgumentException("output count m must be >= 1, got " + m);
        if (!(leakySlope >= 0 && leakySlope < 1))
            throw new IllegalArgumentException("leaky slope must be in [0, 1), got " + leakySlope);
        if (identityMapping && k != d)
            throw new IllegalArgumentException("identity mapping needs k == d, got d=" + d + ", k=" + k);
        long total = (long) k * d + (hiddenBias ? k : 0) + (long) m * k + (outputBias ? m : 0);
        if (total > Integer.MAX_VALUE - 16)
            throw new IllegalArgumentException("too many parameters: " + total);
    }

    /** The common case: d inputs, k hidden units, one output, all biases, everything trainable, plain ReLU. */
    public static ModelSpec of(int d, int k) {
        return new ModelSpec(d, k, 1, true, true, true, 0.0, false);
    }

    public static Builder builder(int d, int k) {
        return new Builder(d, k);
    }

    public Builder toBuilder() {
        Builder b = new Builder(d, k);
        b.m = m; b.hiddenBias = hiddenBias; b.outputBias = outputBias; b.outputTrainable = outputTrainable;
        b.leakySlope = leakySlope; b.identityMapping = identityMapping;
        return b;
    }

    public int offsetW() { return 0; }
    public int offsetB() { return k * d; }
    public int sizeB() { return hiddenBias ? k : 0; }
    public int offsetA() { return offsetB() + sizeB(); }
    public int offsetC() { return offsetA() + m * k; }
    public int sizeC() { return outputBias ? m : 0; }
    /** Length of the flat parameter (and gradient) vector. */
    public int paramCount() { return offsetC() + sizeC(); }

    /** FLOPs of one forward+backward pass over {@code rows} samples, counting an FMA as 2 (the 4*B*d*k rule plus the output layer). */
    public double flopsForwardBackward(int rows) {
        return (double) rows * (4.0 * d * k + 4.0 * m * k + 2.0 * k);
    }

    /** FLOPs of one forward pass over {@code rows} samples. */
    public double flopsForward(int rows) {
        return (double) rows * (2.0 * d * k + 2.0 * m * k);
    }

    public static final class Builder {
        private final int d, k;
        private int m = 1;
        private boolean hiddenBias = true, outputBias = true, outputTrainable = true, identityMapping = false;
        private double leakySlope = 0.0;

        private Builder(int d, int k) { this.d = d; this.k = k; }

        public Builder outputs(int m) { this.m = m; return this; }
        public Builder hiddenBias(boolean on) { this.hiddenBias = on; return this; }
        public Builder outputBias(boolean on) { this.outputBias = on; return this; }
        public Builder biases(boolean on) { this.hiddenBias = on; this.outputBias = on; return this; }
        public Builder outputTrainable(boolean on) { this.outputTrainable = on; return this; }
        public Builder leakySlope(double s) { this.leakySlope = s; return this; }
        public Builder identityMapping(boolean on) { this.identityMapping = on; return this; }

        public ModelSpec build() {
            return new ModelSpec(d, k, m, hiddenBias, outputBias, outputTrainable, leakySlope, identityMapping);
        }
    }
}
