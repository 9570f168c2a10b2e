package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;

/**
 * Forward and backward pass of a two-layer network over a contiguous block of samples.
 *
 * <p>All arrays are flat and row-major: {@code x} holds samples of length {@code spec.d()}, {@code y} targets of
 * length {@code spec.m()}, {@code params} and {@code grad} follow {@link ModelSpec}'s layout. The block is rows
 * {@code [row0, row0 + rows)}. Implementations allocate nothing per call: every scratch buffer lives in the
 * caller-owned {@link Workspace} made by {@link #newWorkspace} for at least {@code rows} rows.
 *
 * <p>Loss of the block: {@code lossScale * sum_i w_i * sum_o (f_o(x_i) - y_io)^2}, with {@code w_i = 1} when
 * {@code weights} is null. The caller folds the loss type and the normaliser into {@code lossScale}
 * (see {@link Loss#scale}), so that blocks of one batch add up to the batch loss exactly.
 *
 * <p>Implementations must be thread-safe given distinct workspaces and gradient buffers.
 */
public interface Kernel {

    /** Short stable name used in logs, benchmarks and results ("scalar", "vector-512", ...). */
    String name();

    /** A workspace for this kernel, good for blocks of up to {@code maxRows} samples of this spec. */
    Workspace newWorkspace(ModelSpec spec, int maxRows);

    /** Writes {@code f(x_i)} for the block into {@code out[0 .. rows*m)}. */
    void forward(ModelSpec spec, float[] params, float[] x, int row0, int rows, float[] out, Workspace ws);

    /**
     * Computes the block's loss and overwrites {@code grad[0 .. spec.paramCount())} with its gradient
     * (zeros for parameters that are not trainable).
     *
     * @param weights per-sample weights (indexed by absolute row), or null for all ones
     * @return the block's loss contribution, in double precision
     */
    double forwardBackward(ModelSpec spec, float[] params, float[] x, float[] y, float[] weights,
                           int row0, int rows, double lossScale, float[] grad, Workspace ws);

    /**
     * One step of plain gradient descent on the block: {@link #forwardBackward} into {@code grad}, then
     * {@code params[i] -= learningRate * grad[i]} for every parameter, in float arithmetic as written (the product
     * rounded to float, then the difference). Parameters and gradient come out bitwise as from those two calls;
     * implementations may update each parameter as soon as its gradient is final, while it is still in registers
     * (VectorKernel does for one input and few rows), instead of in a pass after.
     *
     * @param learningRate step size, finite and {@code >= 0}
     * @return the block's loss at the parameters before the update
     */
    default double sgdStep(ModelSpec spec, float[] params, float[] x, float[] y, float[] weights, int row0, int rows,
                           double lossScale, float learningRate, float[] grad, Workspace ws) {
        KernelChecks.learningRate(learningRate);
        double loss = forwardBackward(spec, params, x, y, weights, row0, rows, lossScale, grad, ws);
        sgdUpdate(params, grad, 0, spec.paramCount(), learningRate);
        return loss;
    }

    /**
     * {@link #sgdStep}, for a caller that may not need the gradient: with {@code keepGradient} false, {@code grad} is
     * scratch and what it holds after the call is unspecified. The parameters and the loss come out bitwise as from
     * {@code sgdStep}. A kernel that steps a parameter from the register holding its gradient can then skip storing
     * it: VectorKernel does for W in calls of a few rows, where a batch-1 step moves 12 bytes a weight instead of 16
     * (forward read, backward read, write; no gradient store). The default takes {@link #sgdStep} either way.
     *
     * @param keepGradient true: {@code grad} holds the gradient after the call, as with {@code sgdStep}
     */
    default double sgdStep(ModelSpec spec, float[] params, float[] x, float[] y, float[] weights, int row0, int rows,
                           double lossScale, float learningRate, float[] grad, boolean keepGradient, Workspace ws) {
        return sgdStep(spec, params, x, y, weights, row0, rows, lossScale, learningRate, grad, ws);
    }

    /** {@code params[i] -= learningRate * grad[i]} for i in {@code [from, to)} (C2 vectorizes this loop). */
    static void sgdUpdate(float[] params, float[] grad, int from, int to, float learningRate) {
        for (int i = from; i < to; i++) params[i] -= learningRate * grad[i];
    }

    /** Opaque, kernel-specific scratch memory; never shared between concurrent calls. */
    interface Workspace {
        /** Largest block this workspace was sized for. */
        int maxRows();
    }
}
