package dev.twolayer.train;

import dev.twolayer.data.Dataset;
import dev.twolayer.kernel.Kernel;
import dev.twolayer.kernel.Loss;
import dev.twolayer.kernel.ParallelKernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a training run needs besides the net and the data. Immutable; build with {@link #builder()}. Setters
 * validate their argument at once and {@link Builder#build()} checks combinations, with messages naming the problem.
 *
 * <p>Checks: every {@link #checkInterval()} updates (and after the last one) the trainer evaluates the full-data loss
 * and gradient (and the validation loss), calls the listeners, then the stop rules in this order: loss threshold,
 * gradient norm, early stopping, caller rules, step budget.
 */
public final class TrainConfig {
    private final Optimizer.Factory optimizer;
    private final StepSchedule schedule;
    private final StepSchedule.PerRun perRunSchedule;
    private final int batchSize;
    private final Sampling sampling;
    private final Loss loss;
    private final long seed;
    private final int threads, shardRows, maxShards;
    private final Kernel kernel;
    private final long maxSteps;
    private final int checkInterval;
    private final double gradientNormTolerance, lossThreshold;
    private final Dataset validation;
    private final float[] validationWeights;
    private final int patience;
    private final double minImprovement;
    private final List<StopRule> stopRules;
    private final List<TrainListener> listeners;
    private final boolean recordLatency;

    private TrainConfig(Builder b) {
        optimizer = b.optimizer; schedule = b.schedule; perRunSchedule = b.perRunSchedule;
        batchSize = b.batchSize; sampling = b.sampling; loss = b.loss; seed = b.seed;
        threads = b.threads; shardRows = b.shardRows; maxShards = b.maxShards; kernel = b.kernel;
        maxSteps = b.maxSteps; checkInterval = b.checkInterval;
        gradientNormTolerance = b.gradientNormTolerance; lossThreshold = b.lossThreshold;
        validation = b.validation; validationWeights = b.validationWeights == null ? null : b.validationWeights.clone();
        patience = b.patience; minImprovement = b.minImprovement;
        stopRules = List.copyOf(b.stopRules); listeners = List.copyOf(b.listeners);
        recordLatency = b.recordLatency;
    }

    public static Builder builder() { return new Builder(); }

    /** A builder holding this config's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.optimizer = optimizer; b.schedule = schedule; b.perRunSchedule = perRunSchedule;
        b.batchSize = batchSize; b.sampling = sampling; b.loss = loss; b.seed = seed;
        b.threads = threads; b.shardRows = shardRows; b.maxShards = maxShards; b.kernel = kernel;
        b.maxSteps = maxSteps; b.checkInterval = checkInterval;
        b.gradientNormTolerance = gradientNormTolerance; b.lossThreshold = lossThreshold;
        b.validation = validation; b.validationWeights = validationWeights;
        b.patience = patience; b.minImprovement = minImprovement;
        b.stopRules.addAll(stopRules); b.listeners.addAll(listeners);
        b.recordLatency = recordLatency;
        return b;
    }

    public Optimizer.Factory optimizer() { return optimizer; }
    /** The fixed schedule, or null when a {@link #perRunSchedule()} is used. */
    public StepSchedule schedule() { return schedule; }
    /** The per-run schedule rule, or null when {@link #schedule()} is used. */
    public StepSchedule.PerRun perRunSchedule() { return perRunSchedule; }
    /** Minibatch size; 0 means full batch (as does any value >= n). */
    public int batchSize() { return batchSize; }
    public Sampling sampling() { return sampling; }
    public Loss loss() { return loss; }
    /** Seed of the minibatch sampler (the only randomness in training). */
    public long seed() { return seed; }
    /** Worker threads of the gradient computation; 1 runs on the caller's thread. */
    public int threads() { return threads; }
    /** Rows per shard of the parallel kernel: the unit of the fixed reduction order. */
    public int shardRows() { return shardRows; }
    /** Most shards per block (larger blocks get longer shards); part of the reduction order too. */
    public int maxShards() { return maxShards; }
    /** The kernel, or null for {@code Kernels.best()}. */
    public Kernel kernel() { return kernel; }
    public long maxSteps() { return maxSteps; }
    public int checkInterval() { return checkInterval; }
    /** Stop when the full gradient's L2 norm is at most this; 0 = off. */
    public double gradientNormTolerance() { return gradientNormTolerance; }
    /** Stop when the full training loss is at most this; negative infinity = off. */
    public double lossThreshold() { return lossThreshold; }
    /** Validation set, or null (see also {@link #validationWeights()}). */
    public Dataset validation() { return validation; }
    /** Validation re-weighting of the training samples, or null. */
    public float[] validationWeights() { return validationWeights == null ? null : validationWeights.clone(); }
    float[] validationWeightsShared() { return validationWeights; }
    /** Early stopping patience in checks; 0 = off. */
    public int patience() { return patience; }
    /** A validation loss counts as an improvement when it is below the best by more than this. */
    public double minImprovement() { return minImprovement; }
    public List<StopRule> stopRules() { return stopRules; }
    public List<TrainListener> listeners() { return listeners; }
    /** Whether step latencies are recorded. */
    public boolean recordLatency() { return recordLatency; }

    @Override public String toString() {
        return "TrainConfig[optimizer=" + optimizer + ", schedule=" + (schedule != null ? schedule : "per-run")
                + ", batch=" + (batchSize == 0 ? "full" : batchSize) + ", sampling=" + sampling + ", loss=" + loss
                + ", seed=" + seed + ", threads=" + threads + ", shardRows=" + shardRows + ", maxShards=" + maxShards
                + ", kernel=" + (kernel == null ? "best" : kernel.name()) + ", maxSteps=" + maxSteps
                + ", checkInterval=" + checkInterval + "]";
    }

    public static final class Builder {
        private Optimizer.Factory optimizer = Optimizer.sgd();
        private StepSchedule schedule;
        private StepSchedule.PerRun perRunSchedule;
        private int batchSize = 0;
        private Sampling sampling = Sampling.SHUFFLED_EPOCHS;
        private Loss loss = Loss.HALF_MSE;
        private long seed = 0;
        private int threads = 1, shardRows = ParallelKernel.DEFAULT_SHARD_ROWS, maxShards = ParallelKernel.DEFAULT_MAX_SHARDS;
        private Kernel kernel;
        private long maxSteps = 1000;
        private int checkInterval = 100;
        private double gradientNormTolerance = 0, lossThreshold = Double.NEGATIVE_INFINITY;
        private Dataset validation;
        private float[] validationWeights;
        private int patience = 0;
        private double minImprovement = 0;
        private final List<StopRule> stopRules = new ArrayList<>();
        private final List<TrainListener> listeners = new ArrayList<>();
        private boolean recordLatency = true;

        private Builder() {}

        public Builder optimizer(Optimizer.Factory f) { optimizer = Objects.requireNonNull(f, "optimizer"); return this; }

        /** Constant step size {@code h > 0}. */
        public Builder stepSize(double h) { return schedule(StepSchedule.constant(h)); }

        public Builder schedule(StepSchedule s) {
            schedule = Objects.requireNonNull(s, "schedule"); perRunSchedule = null; return this;
        }

        /** A schedule computed per run from the initial net and the data (e.g. h = 1/lambda_max of the NTK). */
        public Builder schedule(StepSchedule.PerRun rule) {
            perRunSchedule = Objects.requireNonNull(rule, "per-run schedule"); schedule = null; return this;
        }

        /** Minibatch size; 0 (or anything >= n) means full batch. */
        public Builder batchSize(int b) {
            if (b < 0) throw new IllegalArgumentException("batch size must be >= 0 (0 = full batch), got " + b);
            batchSize = b; return this;
        }

        public Builder sampling(Sampling s) { sampling = Objects.requireNonNull(s, "sampling"); return this; }

        public Builder loss(Loss l) { loss = Objects.requireNonNull(l, "loss"); return this; }

        public Builder seed(long s) { seed = s; return this; }

        public Builder threads(int t) {
            if (t < 1) throw new IllegalArgumentException("threads must be >= 1, got " + t);
            threads = t; return this;
        }

        public Builder shardRows(int r) {
            if (r < 1) throw new IllegalArgumentException("shard rows must be >= 1, got " + r);
            shardRows = r; return this;
        }

        public Builder maxShards(int s) {
            if (s < 1) throw new IllegalArgumentException("max shards must be >= 1, got " + s);
            maxShards = s; return this;
        }

        /** The kernel to use; null means {@code Kernels.best()}. */
        public Builder kernel(Kernel k) { kernel = k; return this; }

        public Builder maxSteps(long s) {
            if (s < 0) throw new IllegalArgumentException("max steps must be >= 0, got " + s);
            maxSteps = s; return this;
        }

        public Builder checkInterval(int every) {
            if (every < 1) throw new IllegalArgumentException("check interval must be >= 1 step, got " + every);
            checkInterval = every; return this;
        }

        /** Stop once the L2 norm of the full gradient is at most {@code tol} at a check. */
        public Builder stopWhenGradientNormBelow(double tol) {
            if (!(tol >= 0) || !Double.isFinite(tol))
                throw new IllegalArgumentException("gradient norm tolerance must be finite and >= 0, got " + tol);
            gradientNormTolerance = tol; return this;
        }

        /** Stop once the full training loss is at most {@code threshold} at a check. */
        public Builder stopWhenLossBelow(double threshold) {
            if (Double.isNaN(threshold)) throw new IllegalArgumentException("loss threshold is NaN");
            lossThreshold = threshold; return this;
        }

        /** A separate validation set (replaces validation weights). */
        public Builder validation(Dataset v) { validation = Objects.requireNonNull(v, "validation"); validationWeights = null; return this; }

        /** Validation on the training samples with other weights (the papers' validation weighting). */
        public Builder validationWeights(float[] w) {
            validationWeights = Objects.requireNonNull(w, "validation weights").clone(); validation = null; return this;
        }

        /** Early stopping: stop when the validation loss has not dropped below the best by more than {@code minImprovement} for {@code patience} checks. */
        public Builder earlyStopping(int patience, double minImprovement) {
            if (patience < 1) throw new IllegalArgumentException("early stopping patience must be >= 1 check, got " + patience);
            if (!(minImprovement >= 0) || !Double.isFinite(minImprovement))
                throw new IllegalArgumentException("minimum improvement must be finite and >= 0, got " + minImprovement);
            this.patience = patience; this.minImprovement = minImprovement; return this;
        }

        public Builder stopRule(StopRule r) { stopRules.add(Objects.requireNonNull(r, "stop rule")); return this; }

        public Builder listener(TrainListener l) { listeners.add(Objects.requireNonNull(l, "listener")); return this; }

        public Builder recordLatency(boolean on) { recordLatency = on; return this; }

        public TrainConfig build() {
            if (schedule == null && perRunSchedule == null)
                throw new IllegalArgumentException("no step size: call stepSize(h), schedule(StepSchedule) or schedule(PerRun)");
            if (patience > 0 && validation == null && validationWeights == null)
                throw new IllegalArgumentException("early stopping needs a validation set or validation weights");
            return new TrainConfig(this);
        }
    }
}
