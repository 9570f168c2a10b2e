package dev.twolayer.train;

/** Why a training run ended. */
public enum StopReason {
    /** The step budget ({@link TrainConfig#maxSteps()}) was used up. */
    MAX_STEPS,
    /** The L2 norm of the full-data gradient fell to or below the tolerance at a check. */
    GRADIENT_NORM,
    /** The full-data training loss fell to or below the threshold at a check. */
    LOSS_THRESHOLD,
    /** The validation loss did not improve by more than the minimum for {@code patience} checks. */
    EARLY_STOPPED,
    /** A caller-supplied {@link StopRule} asked to stop; its label is in {@link TrainResult#stopLabel()}. */
    CALLBACK
}
