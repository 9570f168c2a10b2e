package dev.twolayer.train;

import org.HdrHistogram.Histogram;

import java.util.Optional;

/**
 * Outcome of {@link Trainer#train}: the net itself was trained in place. Losses are full-data losses at checks
 * (the loss type of the config); histories have one entry per check, the first at step 0.
 */
public final class TrainResult {

    /** Step latencies in nanoseconds (gradient + update, checks excluded). */
    public record LatencyStats(long count, long minNanos, double meanNanos, long maxNanos) {}

    private final double finalLoss, finalGradientNorm, finalValidationLoss, bestValidationLoss;
    private final long steps;
    private final StopReason stopReason;
    private final String stopLabel;
    private final long[] checkSteps;
    private final double[] lossHistory, validationHistory;
    private final long wallNanos;
    private final LatencyStats latency;
    private final Object histogram;
    private final String kernelName;
    private final String optimizer;

    TrainResult(double finalLoss, double finalGradientNorm, double finalValidationLoss, double bestValidationLoss,
                long steps, StopReason stopReason, String stopLabel, long[] checkSteps, double[] lossHistory,
                double[] validationHistory, long wallNanos, LatencyStats latency, Object histogram,
                String kernelName, String optimizer) {
        this.finalLoss = finalLoss; this.finalGradientNorm = finalGradientNorm;
        this.finalValidationLoss = finalValidationLoss; this.bestValidationLoss = bestValidationLoss;
        this.steps = steps; this.stopReason = stopReason; this.stopLabel = stopLabel;
        this.checkSteps = checkSteps; this.lossHistory = lossHistory; this.validationHistory = validationHistory;
        this.wallNanos = wallNanos; this.latency = latency; this.histogram = histogram;
        this.kernelName = kernelName; this.optimizer = optimizer;
    }

    /** Full-data training loss at the final iterate. */
    public double finalLoss() { return finalLoss; }
    /** L2 norm of the full-data gradient at the final iterate. */
    public double finalGradientNorm() { return finalGradientNorm; }
    /** Validation loss at the final iterate, NaN without validation. */
    public double finalValidationLoss() { return finalValidationLoss; }
    /** Best validation loss seen at any check, NaN without validation. */
    public double bestValidationLoss() { return bestValidationLoss; }
    /** Updates applied. */
    public long steps() { return steps; }
    public StopReason stopReason() { return stopReason; }
    /** The label a {@link StopRule} returned, present only for {@link StopReason#CALLBACK}. */
    public Optional<String> stopLabel() { return Optional.ofNullable(stopLabel); }
    /** Step index of each check. */
    public long[] checkSteps() { return checkSteps.clone(); }
    /** Full-data training loss at each check. */
    public double[] lossHistory() { return lossHistory.clone(); }
    /** Validation loss at each check (NaN entries without validation). */
    public double[] validationHistory() { return validationHistory.clone(); }
    /** Wall time of the whole run, checks included. */
    public long wallNanos() { return wallNanos; }
    public LatencyStats latency() { return latency; }
    /** Name of the (inner) kernel that computed the gradients. */
    public String kernelName() { return kernelName; }
    public String optimizer() { return optimizer; }

    /** Whether an HdrHistogram of step latencies was recorded (the optional library was present). */
    public boolean hasLatencyHistogram() { return histogram != null; }

    /**
     * The step-latency histogram as an {@code org.HdrHistogram.Histogram}, typed as Object so callers without the
     * library can hold this class; empty when the library is absent or recording was off.
     */
    public Optional<Object> latencyHistogram() { return Optional.ofNullable(histogram); }

    /**
     * The step-latency histogram, typed. Call only when {@link #hasLatencyHistogram()} (or when your code depends on
     * HdrHistogram anyway): this is the only method here that links the library.
     */
    public Optional<Histogram> hdrHistogram() {
        if (histogram == null) return Optional.empty();
        return Optional.of((Histogram) histogram);
    }

    @Override public String toString() {
        return "TrainResult[steps=" + steps + ", stop=" + stopReason + (stopLabel != null ? "(" + stopLabel + ")" : "")
                + ", finalLoss=" + finalLoss + ", gradNorm=" + finalGradientNorm
                + (Double.isNaN(finalValidationLoss) ? "" : ", validationLoss=" + finalValidationLoss)
                + ", wall=" + wallNanos / 1e6 + " ms, kernel=" + kernelName + ", optimizer=" + optimizer + "]";
    }
}
