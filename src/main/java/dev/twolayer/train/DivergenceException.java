package dev.twolayer.train;

/**
 * Training produced a non-finite loss or gradient. The net's parameters are left at the last iterate whose loss was
 * finite (the optimiser's state is not rolled back).
 */
public class DivergenceException extends RuntimeException {
    private final long step;
    private final double lastFiniteLoss;

    public DivergenceException(long step, double badLoss, double lastFiniteLoss, String what) {
        super("training diverged at step " + step + ": " + what + " (loss " + badLoss + ", last finite loss "
                + lastFiniteLoss + "); try a smaller step size");
        this.step = step;
        this.lastFiniteLoss = lastFiniteLoss;
    }

    /** Number of updates applied when the loss or gradient was first seen non-finite. */
    public long step() { return step; }

    /** The last finite (batch) loss seen before divergence, NaN if there was none. */
    public double lastFiniteLoss() { return lastFiniteLoss; }
}
