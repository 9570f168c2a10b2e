package dev.twolayer.train;

import dev.twolayer.data.Dataset;
import dev.twolayer.kernel.Kernel;
import dev.twolayer.kernel.Kernels;
import dev.twolayer.kernel.Loss;
import dev.twolayer.kernel.ParallelKernel;
import dev.twolayer.model.ModelSpec;
import dev.twolayer.model.Seeds;
import dev.twolayer.model.TwoLayerNet;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Trains a {@link TwoLayerNet} in place: full-batch GD or minibatch SGD with any {@link Optimizer}, checks every
 * {@link TrainConfig#checkInterval()} updates (full-data loss and gradient, validation, listeners, stop rules).
 *
 * <p>After warm-up a step allocates nothing: the kernel workspace, gradient, parameter backup and minibatch gather
 * buffers (inputs, targets and weights copied into contiguous arrays) are made once per run.
 *
 * <p>Determinism: the minibatch rows depend on the seed alone and the gradient of a batch is reduced over shards of
 * {@link TrainConfig#shardRows()} rows in a fixed order, so a seed and config give bitwise the same parameters for
 * any thread count.
 */
public final class Trainer {
    private Trainer() {}

    /** Seed stream of the minibatch sampler (other streams of the seed are free for the caller). */
    static final long SAMPLER_STREAM = 0x5A4D;

    /**
     * Trains {@code net} on {@code data} as {@code cfg} says.
     *
     * @throws IllegalArgumentException if the data (or validation data) do not fit the net's shape, or the schedule
     *                                  gives a step size that is not positive and finite
     * @throws DivergenceException      if a loss or gradient becomes NaN or infinite; the net is left at the last
     *                                  iterate whose loss was finite
     */
    public static TrainResult train(TwoLayerNet net, Dataset data, TrainConfig cfg) {
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(cfg, "config");
        ModelSpec spec = net.spec();
        requireShape("training data", data, spec);
        Dataset validation = cfg.validation();
        if (cfg.validationWeightsShared() != null) {
            float[] vw = cfg.validationWeightsShared();
            if (vw.length != data.size())
                throw new IllegalArgumentException("validation weights have " + vw.length
                        + " entries but the training data has n = " + data.size() + " rows");
            validation = data.withWeights(vw);
        }
        if (validation != null) requireShape("validation data", validation, spec);

        Kernel inner = cfg.kernel() != null ? cfg.kernel() : Kernels.best();
        int largestBlock = Math.max(data.size(), validation == null ? 0 : validation.size());
        try (ParallelKernel parallel = usesParallel(cfg, largestBlock)
                ? new ParallelKernel(inner, cfg.threads(), cfg.shardRows(), cfg.maxShards()) : null) {
            Kernel kernel = parallel != null ? parallel : inner;
            return new Run(net, data, validation, cfg, kernel, inner.name()).run();
        }
    }

    /**
     * Whether to compute through the sharded {@link ParallelKernel}: always with several threads, and with one thread
     * whenever some block the run evaluates (a batch, the full data at checks, the validation set) spans more than one
     * shard, so that the reduction order (and thus every bit of the result) does not depend on the thread count.
     * Blocks of one shard go straight to the plain kernel either way.
     */
    private static boolean usesParallel(TrainConfig cfg, int largestBlock) {
        return cfg.threads() > 1 || largestBlock > cfg.shardRows();
    }

    private static void requireShape(String what, Dataset data, ModelSpec spec) {
        if (data.inputDim() != spec.d() || data.targetDim() != spec.m())
            throw new IllegalArgumentException(what + " has shape (n=" + data.size() + ", d=" + data.inputDim() + ", m="
                    + data.targetDim() + ") but the network expects inputs of dimension d=" + spec.d()
                    + " and targets of dimension m=" + spec.m() + " (" + spec + ")");
    }

    /** One training run: all buffers of the run, made once. */
    private static final class Run {
        final TwoLayerNet net;
        final ModelSpec spec;
        final float[] params;
        final Dataset data, validation;
        final TrainConfig cfg;
        final Kernel kernel;
        final String kernelName;
        final Loss loss;
        final double dataWeight;
        final int n, d, m, batch;
        final boolean fullBatch;
        final Kernel.Workspace stepWs, evalWs;
        final float[] grad, evalGrad;
        /** The iterate before the last update (restored on divergence), and a spare for the fused SGD step. */
        float[] backup, spare;
        /** Plain SGD: the kernel updates the parameters inside its backward pass ({@link Kernel#sgdStep}). */
        final boolean fusedSgd;
        final float[] bx, by, bw;
        final int[] rows;
        final BatchSampler sampler;
        final Optimizer optimizer;
        final StepSchedule schedule;
        final StepLatency latency;
        final CheckContext ctx = new CheckContext();
        final List<TrainListener> listeners;

        // history at checks, grown by doubling (checks only, never per step)
        long[] histSteps = new long[16];
        double[] histLoss = new double[16], histVal = new double[16];
        int checks;

        Run(TwoLayerNet net, Dataset data, Dataset validation, TrainConfig cfg, Kernel kernel, String kernelName) {
            this.net = net; this.spec = net.spec(); this.params = net.params();
            this.data = data; this.validation = validation; this.cfg = cfg;
            this.kernel = kernel; this.kernelName = kernelName; this.loss = cfg.loss();
            this.dataWeight = data.totalWeight();
            this.n = data.size(); this.d = spec.d(); this.m = spec.m();
            this.fullBatch = cfg.batchSize() == 0 || cfg.batchSize() >= n;
            this.batch = fullBatch ? n : cfg.batchSize();
            int evalRows = Math.max(n, validation == null ? 0 : validation.size());
            this.evalWs = kernel.newWorkspace(spec, evalRows);
            this.stepWs = fullBatch ? evalWs : kernel.newWorkspace(spec, batch);
            int p = spec.paramCount();
            this.grad = new float[p];
            this.evalGrad = fullBatch && validation == null ? grad : new float[p];
            this.backup = new float[p];
            if (fullBatch) {
                bx = by = bw = null; rows = null; sampler = null;
            } else {
                bx = new float[batch * d];
                by = new float[batch * m];
                bw = data.weights() != null && cfg.sampling() == Sampling.SHUFFLED_EPOCHS ? new float[batch] : null;
                rows = new int[batch];
                sampler = new BatchSampler(cfg.sampling(), n, data.weights(), Seeds.derive(cfg.seed(), SAMPLER_STREAM));
            }
            this.optimizer = cfg.optimizer().create(p);
            this.fusedSgd = optimizer instanceof Sgd;
            this.spare = fusedSgd ? new float[p] : null;
            this.schedule = cfg.schedule() != null ? cfg.schedule()
                    : Objects.requireNonNull(cfg.perRunSchedule().create(net, data), "per-run schedule returned null");
            this.latency = new StepLatency(cfg.recordLatency());
            this.listeners = cfg.listeners();
            ctx.net = net; ctx.data = data;
        }

        TrainResult run() {
            long start = System.nanoTime();
            for (TrainListener l : listeners) l.onStart(net, data, cfg);
            long maxSteps = cfg.maxSteps();
            int interval = cfg.checkInterval();
            double lastFinite = Double.NaN;
            StopReason reason = null;
            String label = null;
            double bestVal = Double.NaN, lastVal = Double.NaN;
            int sinceBest = 0;
            double trainLoss = Double.NaN, gradNorm = Double.NaN;

            for (long t = 0; ; t++) {
                boolean haveStepGrad = false;
                long gradNanos = 0;
                if (t % interval == 0 || t == maxSteps) {
                    // ---- check: full-data loss and gradient at the current iterate
                    long c0 = System.nanoTime();
                    float[] g = fullBatch ? grad : evalGrad;
                    trainLoss = fullLoss(data, g);
                    if (fullBatch) { haveStepGrad = true; gradNanos = System.nanoTime() - c0; }
                    requireFinite(t, trainLoss, lastFinite, g, "full-data loss");
                    lastFinite = trainLoss;
                    gradNorm = norm(g);
                    if (validation != null) {
                        lastVal = fullLoss(validation, evalGrad);
                        if (!Double.isFinite(lastVal)) diverge(t, lastVal, lastFinite, "validation loss is not finite");
                        if (Double.isNaN(bestVal) || lastVal < bestVal - cfg.minImprovement()) { bestVal = lastVal; sinceBest = 0; }
                        else sinceBest++;
                    }
                    ctx.step = t; ctx.trainLoss = trainLoss; ctx.gradient = g; ctx.gradientNorm = gradNorm;
                    ctx.validationLoss = lastVal; ctx.bestValidationLoss = bestVal; ctx.checksWithoutImprovement = sinceBest;
                    ctx.stepSize = t < maxSteps ? stepSize(t) : Double.NaN;
                    record(t, trainLoss, lastVal);
                    for (TrainListener l : listeners) l.onCheck(ctx);

                    if (trainLoss <= cfg.lossThreshold()) reason = StopReason.LOSS_THRESHOLD;
                    else if (gradNorm <= cfg.gradientNormTolerance()) reason = StopReason.GRADIENT_NORM;
                    else if (cfg.patience() > 0 && sinceBest >= cfg.patience()) reason = StopReason.EARLY_STOPPED;
                    else {
                        for (StopRule r : cfg.stopRules()) {
                            String why = r.check(ctx);
                            if (why != null) { reason = StopReason.CALLBACK; label = why; break; }
                        }
                        if (reason == null && t == maxSteps) reason = StopReason.MAX_STEPS;
                    }
                    if (reason != null) {
                        TrainResult result = new TrainResult(trainLoss, gradNorm, lastVal, bestVal, t, reason, label,
                                Arrays.copyOf(histSteps, checks), Arrays.copyOf(histLoss, checks),
                                Arrays.copyOf(histVal, checks), System.nanoTime() - start, latency.stats(),
                                latency.histogram(), kernelName, cfg.optimizer().description());
                        for (TrainListener l : listeners) l.onFinish(result);
                        return result;
                    }
                }

                // ---- one update
                long s0 = System.nanoTime();
                double h = stepSize(t);
                double batchLoss;
                if (haveStepGrad || !fusedSgd) {
                    if (haveStepGrad) batchLoss = trainLoss;
                    else {
                        batchLoss = fullBatch ? fullLoss(data, grad, 0f) : minibatchLoss(0f);
                        requireFinite(t, batchLoss, lastFinite, grad, "minibatch loss");
                        lastFinite = batchLoss;
                    }
                    System.arraycopy(params, 0, backup, 0, params.length);
                    optimizer.step(params, grad, h);
                } else {
                    // the kernel steps as it goes, bitwise as Sgd would after it: this iterate waits in the spare
                    // until its loss and the new parameters prove finite, then becomes the backup. The kernel need
                    // not store the gradient (VectorKernel then skips W's: 12 bytes a weight moved, not 16), so the
                    // new parameters are checked instead: with a step > 0 a non-finite gradient entry makes its
                    // parameter non-finite (and so does an update that overflows)
                    System.arraycopy(params, 0, spare, 0, params.length);
                    batchLoss = fullBatch ? fullLoss(data, grad, (float) h) : minibatchLoss((float) h);
                    try {
                        requireFinite(t, batchLoss, lastFinite, params, "minibatch loss",
                                "a parameter is not finite after the step");
                    } catch (DivergenceException e) {
                        // diverge() restored the previous iterate; at step 0 there is none: undo the update
                        if (t == 0) System.arraycopy(spare, 0, params, 0, params.length);
                        throw e;
                    }
                    lastFinite = batchLoss;
                    float[] b = backup;
                    backup = spare;
                    spare = b;
                }
                latency.record(System.nanoTime() - s0 + gradNanos);
            }
        }

        double stepSize(long t) {
            double h = schedule.at(t);
            if (!(h > 0) || !Double.isFinite(h))
                throw new IllegalArgumentException("step size schedule " + schedule + " gave " + h + " at step " + t
                        + "; step sizes must be positive and finite");
            return h;
        }

        double fullLoss(Dataset set, float[] g) {
            return fullLoss(set, g, 0f);
        }

        /**
         * Loss and gradient of the whole of {@code set} (weighted by its weights), gradient into {@code g}; with
         * {@code sgdStep} > 0 also the SGD step of that size ({@link Kernel#sgdStep}).
         */
        double fullLoss(Dataset set, float[] g, float sgdStep) {
            double scale = loss.scale(set == data ? dataWeight : set.totalWeight());
            Kernel.Workspace ws = set == data && fullBatch ? stepWs : evalWs;
            if (sgdStep > 0)
                return kernel.sgdStep(spec, params, set.x(), set.y(), set.weights(), 0, set.size(), scale, sgdStep, g,
                        false, ws);
            return kernel.forwardBackward(spec, params, set.x(), set.y(), set.weights(), 0, set.size(), scale, g, ws);
        }

        /**
         * Samples a minibatch, gathers it into the contiguous buffers and computes its loss and gradient into grad;
         * with {@code sgdStep} > 0 also the SGD step of that size.
         */
        double minibatchLoss(float sgdStep) {
            int r = sampler.next(rows, batch);
            float[] x = data.x(), y = data.y(), w = data.weights();
            for (int i = 0; i < r; i++) {
                int row = rows[i];
                System.arraycopy(x, row * d, bx, i * d, d);
                System.arraycopy(y, row * m, by, i * m, m);
                if (bw != null) bw[i] = w[row];
            }
            // weighted shuffled batches are normalised by their expected weight, so they estimate the full loss unbiasedly
            double norm = bw != null ? r * dataWeight / n : r;
            if (sgdStep > 0)
                return kernel.sgdStep(spec, params, bx, by, bw, 0, r, loss.scale(norm), sgdStep, grad, false, stepWs);
            return kernel.forwardBackward(spec, params, bx, by, bw, 0, r, loss.scale(norm), grad, stepWs);
        }

        void requireFinite(long t, double value, double lastFinite, float[] g, String what) {
            requireFinite(t, value, lastFinite, g, what, "gradient has a non-finite entry");
        }

        void requireFinite(long t, double value, double lastFinite, float[] v, String what, String whatV) {
            if (!Double.isFinite(value)) diverge(t, value, lastFinite, what + " is not finite");
            float acc = 0f;
            for (float e : v) acc += e * 0f;   // NaN iff some entry is NaN or infinite
            if (acc != 0f) diverge(t, value, lastFinite, whatV);
        }

        void diverge(long t, double bad, double lastFinite, String what) {
            if (t > 0) System.arraycopy(backup, 0, params, 0, params.length);  // back to the last finite iterate
            throw new DivergenceException(t, bad, lastFinite, what);
        }

        static double norm(float[] g) {
            double s = 0;
            for (float v : g) s += (double) v * v;
            return Math.sqrt(s);
        }

        void record(long t, double loss, double val) {
            if (checks == histSteps.length) {
                histSteps = Arrays.copyOf(histSteps, 2 * checks);
                histLoss = Arrays.copyOf(histLoss, 2 * checks);
                histVal = Arrays.copyOf(histVal, 2 * checks);
            }
            histSteps[checks] = t; histLoss[checks] = loss; histVal[checks] = val;
            checks++;
        }
    }
}
