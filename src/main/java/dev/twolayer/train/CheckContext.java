package dev.twolayer.train;

import dev.twolayer.data.Dataset;
import dev.twolayer.model.TwoLayerNet;

/**
 * What listeners and stop rules see at a check: the state after {@link #step()} updates. One instance is reused for
 * the whole run (no allocation per check); the arrays are the trainer's own and must not be modified.
 */
public final class CheckContext {
    long step;
    TwoLayerNet net;
    Dataset data;
    double trainLoss, gradientNorm, validationLoss = Double.NaN, bestValidationLoss = Double.NaN, stepSize;
    float[] gradient;
    int checksWithoutImprovement;

    CheckContext() {}

    /** Updates applied so far. */
    public long step() { return step; }
    /** The net being trained (its parameters are the current iterate). */
    public TwoLayerNet net() { return net; }
    /** The training data. */
    public Dataset data() { return data; }
    /** Full-data training loss at the current iterate. */
    public double trainLoss() { return trainLoss; }
    /** Full-data gradient at the current iterate (read only). */
    public float[] gradient() { return gradient; }
    /** L2 norm of {@link #gradient()}, accumulated in double. */
    public double gradientNorm() { return gradientNorm; }
    /** Validation loss at the current iterate, NaN without a validation set. */
    public double validationLoss() { return validationLoss; }
    /** Best validation loss so far (NaN without a validation set). */
    public double bestValidationLoss() { return bestValidationLoss; }
    /** Consecutive checks without a validation improvement. */
    public int checksWithoutImprovement() { return checksWithoutImprovement; }
    /** The step size the schedule gives the next update. */
    public double stepSize() { return stepSize; }
}
