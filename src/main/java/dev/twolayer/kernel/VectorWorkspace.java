package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;

/**
 * Scratch memory of {@link VectorKernel}: packed parameters and per-sample buffers, hidden units padded with zeros to
 * a multiple of the lane count so the vector loops need no tails over k.
 */
final class VectorWorkspace implements Kernel.Workspace {
    final int d, k, m, lanes, maxRows;
    /** k rounded up to a multiple of the lane count. */
    final int kp;
    /** One vector's lanes, for fixed-order horizontal sums. */
    final float[] laneSum;
    /** L x L floats: the dot-product forward's partial sums of a block of hidden units. */
    final float[] dotScratch;
    /** W^T packed d x kp (plus I with identity mapping); reused for dW^T in the backward pass. */
    final float[] wt;
    /** Hidden bias padded to kp (zeros when the model has none). */
    final float[] bp;
    /** Output weights packed m x kp. */
    final float[] ap;
    /**
     * The W (k x d) that {@link #wt} was last packed from by a forward-only call, when {@link #packedValid}, with the
     * identity flag it was packed with: a later forward-only call with bitwise the same W skips packing.
     */
    final float[] packedW;
    boolean packedValid, packedIdentity;
    /** Pre-activations Z (maxRows x kp). */
    final float[] z;
    /** Hidden gradients G (maxRows x kp), in panels of one vector of hidden units (see {@link VectorBody}). */
    final float[] gp;
    /** Packed chunks of X for dW (maxRows x d). */
    final float[] xp;
    /** Outputs y (maxRows x m). */
    final float[] y;
    /** dLoss/dy (maxRows x m). */
    final float[] e;
    /** Gather offsets {@code l * d} of W's rows, one per lane. */
    final int[] rowStarts;
    /** Gather offsets {@code l * kp} of W^T's rows, one per lane. */
    final int[] colStarts;
    /** Gradient accumulators for A (m x kp) and b (kp). */
    final float[] dap, dbp;
    /** The call in flight: its arguments and phases (reused, so a call allocates nothing). */
    final VectorKernel.Step step;

    VectorWorkspace(ModelSpec spec, int maxRows, int lanes, VectorBody body) {
        if (maxRows < 1) throw new IllegalArgumentException("workspace needs maxRows >= 1, got " + maxRows);
        this.d = spec.d();
        this.k = spec.k();
        this.m = spec.m();
        this.lanes = lanes;
        this.maxRows = maxRows;
        this.kp = (k + lanes - 1) / lanes * lanes;
        long zSize = (long) maxRows * kp;
        if (zSize > Integer.MAX_VALUE - 16)
            throw new IllegalArgumentException("workspace too large: maxRows " + maxRows + " x padded k " + kp);
        this.laneSum = new float[lanes];
        this.dotScratch = new float[lanes * lanes];
        wt = new float[d * kp];
        packedW = new float[k * d];
        bp = new float[kp];
        ap = new float[m * kp];
        z = new float[(int) zSize];
        gp = new float[(int) zSize];
        if ((long) maxRows * d > Integer.MAX_VALUE - 16)
            throw new IllegalArgumentException("workspace too large: maxRows " + maxRows + " x d " + d);
        xp = new float[maxRows * d];
        y = new float[maxRows * m];
        e = new float[maxRows * m];
        dap = new float[m * kp];
        dbp = new float[kp];
        rowStarts = new int[lanes];
        colStarts = new int[lanes];
        for (int l = 0; l < lanes; l++) { rowStarts[l] = l * d; colStarts[l] = l * kp; }
        step = new VectorKernel.Step(body, this);
    }

    @Override public int maxRows() { return maxRows; }
}
