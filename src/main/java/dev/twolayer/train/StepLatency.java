package dev.twolayer.train;

/** Records per-step latencies: always min/mean/max, plus an HdrHistogram when the library is present. */
final class StepLatency {
    private final Object histogram;
    private long count, min = Long.MAX_VALUE, max = Long.MIN_VALUE;
    private double sum;

    StepLatency(boolean useHdr) {
        histogram = useHdr && HdrSupport.AVAILABLE ? HdrBridge.newHistogram() : null;
    }

    void record(long nanos) {
        if (nanos < 0) nanos = 0;
        count++;
        sum += nanos;
        if (nanos < min) min = nanos;
        if (nanos > max) max = nanos;
        if (histogram != null) HdrBridge.record(histogram, nanos);
    }

    TrainResult.LatencyStats stats() {
        return count == 0 ? new TrainResult.LatencyStats(0, 0, Double.NaN, 0)
                : new TrainResult.LatencyStats(count, min, sum / count, max);
    }

    Object histogram() { return histogram; }
}
