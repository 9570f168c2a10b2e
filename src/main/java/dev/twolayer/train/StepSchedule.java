package dev.twolayer.train;

import dev.twolayer.data.Dataset;
import dev.twolayer.model.TwoLayerNet;

/**
 * Step size (learning rate) as a function of the step index (0 for the first update). The trainer rejects a
 * non-positive or non-finite value at the step where it appears.
 */
@FunctionalInterface
public interface StepSchedule {

    /** Step size for update number {@code step} (0-based). */
    double at(long step);

    /** The same step size for every update. */
    static StepSchedule constant(double h) {
        requirePositive("step size", h);
        return new StepSchedule() {
            @Override public double at(long step) { return h; }
            @Override public String toString() { return "constant(" + h + ")"; }
        };
    }

    /** {@code h0 * factor^(step / every)}: multiply by {@code factor} every {@code every} updates. */
    static StepSchedule stepDecay(double h0, double factor, long every) {
        requirePositive("initial step size", h0);
        requirePositive("decay factor", factor);
        if (every < 1) throw new IllegalArgumentException("decay interval must be >= 1 step, got " + every);
        return new StepSchedule() {
            @Override public double at(long step) { return h0 * Math.pow(factor, (double) (step / every)); }
            @Override public String toString() { return "stepDecay(" + h0 + ", " + factor + ", every " + every + ")"; }
        };
    }

    /**
     * A schedule chosen per run from the initial net and the training data, e.g. the papers' NTK rule
     * {@code h = 1 / lambda_max}: the trainer calls {@link #create} once, before the first step.
     */
    @FunctionalInterface
    interface PerRun {
        StepSchedule create(TwoLayerNet initialNet, Dataset data);
    }

    private static void requirePositive(String what, double v) {
        if (!(v > 0) || !Double.isFinite(v))
            throw new IllegalArgumentException(what + " must be positive and finite, got " + v);
    }
}
