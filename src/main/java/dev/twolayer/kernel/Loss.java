package dev.twolayer.kernel;

/** Loss types and the scale factor that kernels apply to {@code sum_i w_i * sum_o r_io^2}. */
public enum Loss {
    /** 1/2 (weighted) mean over samples of the squared error summed over outputs: the papers' loss. */
    HALF_MSE(0.5),
    /** (Weighted) mean over samples of the squared error summed over outputs. */
    MSE(1.0);

    private final double factor;

    Loss(double factor) { this.factor = factor; }

    public double factor() { return factor; }

    /**
     * Scale for a batch whose normaliser is {@code totalWeight}: the number of samples when unweighted, the sum of
     * sample weights otherwise (so weights that already sum to 1 are used as given).
     */
    public double scale(double totalWeight) {
        if (!(totalWeight > 0) || !Double.isFinite(totalWeight))
            throw new IllegalArgumentException("total sample weight must be positive and finite, got " + totalWeight);
        return factor / totalWeight;
    }
}
