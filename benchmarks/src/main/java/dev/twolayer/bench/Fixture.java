package dev.twolayer.bench;

import dev.twolayer.bench.impl.Impls;
import dev.twolayer.bench.impl.KernelCheck;
import dev.twolayer.bench.impl.NetlibKernel;
import dev.twolayer.kernel.Kernel;
import dev.twolayer.kernel.Loss;
import dev.twolayer.model.Init;
import dev.twolayer.model.ModelSpec;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;

/**
 * Everything one benchmark invocation touches, made once in {@code @Setup}: the kernel (checked against the
 * reference before any timing; a mismatch throws), its workspace, parameters, a batch of random inputs and targets,
 * and the gradient/output buffers. The same fixture drives the JMH benchmarks, the latency histograms and profile.
 */
public final class Fixture implements AutoCloseable {
    /** SGD step size of the train-step benchmark: small, so repeated steps on one batch stay finite. */
    public static final float LEARNING_RATE = 1e-4f;

    public final String impl;
    public final ModelSpec spec;
    public final int batch;
    public final Kernel kernel;
    public final Kernel.Workspace ws;
    public final float[] params, x, y, grad, out;
    public final double lossScale;
    /** Distinct batches in x and y, taken in turn by {@link #trainStep(boolean)}. */
    public final int batches;
    /**
     * Batch-1 fixtures with several samples: targets taken in turn on a cycle of their own ({@link #TARGET_CYCLE},
     * prime), so sample i meets a different target on each visit. With fixed pairs even 64 samples were fitted
     * exactly by the large nets within a run (d=1024 k=4096: steps 1.7x faster from the first iteration to the last,
     * as residuals reached 0 and VectorKernel's step skipped rows whose gradient was 0); conflicting targets keep the
     * residuals off 0, as noisy labels do. Null otherwise.
     */
    private final float[] targets;
    private int next, nextTarget;

    /** Length of the batch-1 target cycle: a prime, so that it and any sample count are coprime. */
    public static final int TARGET_CYCLE = 4099;

    private Fixture(String impl, ModelSpec spec, int batch, int batches, Kernel kernel, long seed) {
        this.impl = impl;
        this.spec = spec;
        this.batch = batch;
        this.batches = batches;
        this.kernel = kernel;
        this.ws = kernel.newWorkspace(spec, batch);
        SplittableRandom rng = new SplittableRandom(seed);
        this.params = Init.he().create(spec, seed).params();
        this.x = gaussian(rng, batches * batch * spec.d());
        this.y = gaussian(rng, batches * batch * spec.m());
        this.targets = batch == 1 && batches > 1 ? gaussian(rng, TARGET_CYCLE * spec.m()) : null;
        this.grad = new float[spec.paramCount()];
        this.out = new float[batch * spec.m()];
        this.lossScale = Loss.HALF_MSE.scale(batch);
    }

    /** Creates and verifies the kernel for {@code impl}; throws (with the reason) if unavailable or wrong. */
    public static Fixture create(String impl, int d, int k, int batch) {
        return create(impl, d, k, batch, 1);
    }

    /**
     * As {@link #create(String, int, int, int)}, with {@code batches} distinct batches of random data that
     * {@link #trainStep(boolean)} takes in turn (1: the same batch every step).
     */
    public static Fixture create(String impl, int d, int k, int batch, int batches) {
        if (d < 1 || k < 1 || batch < 1)
            throw new IllegalArgumentException("d, k and batch must be >= 1, got d=" + d + " k=" + k + " batch=" + batch);
        return create(impl, ModelSpec.of(d, k), batch, batches);
    }

    /** As {@link #create(String, int, int, int, int)} for any spec (model options, several outputs). */
    public static Fixture create(String impl, ModelSpec spec, int batch, int batches) {
        if (spec == null) throw new IllegalArgumentException("spec is null");
        if (batch < 1) throw new IllegalArgumentException("batch must be >= 1, got " + batch);
        if (batches < 1) throw new IllegalArgumentException("batches must be >= 1, got " + batches);
        Kernel kernel = Impls.create(impl, batch);
        // in every fork's log: without a native BLAS installed, netlib falls back to its Java code silently (a grid at
        // stop 37 ran so, its netlib times 2-10x those with OpenBLAS)
        if (kernel instanceof NetlibKernel n) System.out.println("netlib BLAS: " + n.blasName());
        try {
            // a small block of the same spec: cheap even for the slow reference, and tails are exercised
            KernelCheck.verify(kernel, spec, Math.min(batch, 5), 12345);
        } catch (RuntimeException e) {
            Impls.closeQuietly(kernel);
            throw e;
        }
        return new Fixture(impl, spec, batch, batches, kernel, 2024);
    }

    /**
     * One training step as the trainer takes it (plain SGD needs no gradient after the step): {@link #trainStep(boolean)}
     * without keeping the gradient.
     */
    public double trainStep() {
        return trainStep(false);
    }

    /**
     * One training step: forwardBackward over the batch + in-place SGD update of every parameter, by
     * {@link Kernel#sgdStep}: the library baselines and ScalarKernel take its default (the two in sequence, the
     * gradient kept either way), kernels that fuse the update into their backward pass do so, and without
     * {@code keepGradient} may skip storing gradients they step from registers.
     */
    public double trainStep(boolean keepGradient) {
        int row0 = next * batch;
        next = next + 1 == batches ? 0 : next + 1;
        if (targets != null) { // the sample's targets for this visit (see targets)
            int m = spec.m();
            for (int o = 0; o < m; o++) y[row0 * m + o] = targets[nextTarget * m + o];
            nextTarget = nextTarget + 1 == TARGET_CYCLE ? 0 : nextTarget + 1;
        }
        return kernel.sgdStep(spec, params, x, y, null, row0, batch, lossScale, LEARNING_RATE, grad, keepGradient, ws);
    }

    /**
     * For the Vector API impls, runs {@code op} until the JIT has compiled it ({@link JitWarmUp}), before JMH's own
     * warm-up iterations; null for the others, which reach compiled speed within those.
     */
    public JitWarmUp.Result warmUp(DoubleSupplier op) {
        if (!JitWarmUp.needed(impl)) return null;
        JitWarmUp.Result r = JitWarmUp.run(op);
        // in JMH's log beside the fork's iterations
        System.out.printf("JIT warm-up: %d calls in %.2f s, %s%n", r.calls(), r.nanos() / 1e9,
                r.settled() ? "JIT quiet" : "stopped at the cap (JIT still busy, or no CPU-time readings)");
        return r;
    }

    public double forwardBackward() {
        return kernel.forwardBackward(spec, params, x, y, null, 0, batch, lossScale, grad, ws);
    }

    public float[] forward() {
        kernel.forward(spec, params, x, 0, batch, out, ws);
        return out;
    }

    /** Forward of the single sample {@code row} (mod batch). */
    public float[] predict(int row) {
        kernel.forward(spec, params, x, row % batch, 1, out, ws);
        return out;
    }

    @Override
    public void close() {
        Impls.closeQuietly(kernel);
    }

    private static float[] gaussian(SplittableRandom rng, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) a[i] = (float) rng.nextGaussian();
        return a;
    }
}
