package dev.twolayer.kernel;

/**
 * The vector loops of {@link VectorKernel} for one fixed species. Subclasses differ only in a {@code static final}
 * species (the JIT intrinsifies Vector API calls only when the species is a constant), and are generated from
 * {@link VectorBody512} by {@code src/main/sh/gen-vector-bodies.sh}.
 *
 * <p>Layouts: x rows of length d starting at {@code xOff}; Z/G rows x kp; W^T and dW^T d x kp; A packed m x kp. All
 * padded columns of W^T, b and A are zero, so padded columns of Z, H and G are zero too.
 */
abstract class VectorBody {

    /** Lane count of the species. */
    abstract int lanes();

    /**
     * W^T (d x kp, pads zero) from W (k x d at offset 0 of {@code w}); {@code rowStarts[l] = l * d} for the lanes.
     */
    abstract void packTransposed(float[] w, int k, int d, int kp, int[] rowStarts, float[] wt);

    /** grad[off + j*d + p] = dwt[p*kp + j] for j < k; {@code colStarts[l] = l * kp} for the lanes. */
    abstract void unpackTransposed(float[] dwt, int d, int k, int kp, int[] colStarts, float[] grad, int off);

    /**
     * Z = X W^T + b for {@code rows} samples. When {@code fuseY} (m == 1), also {@code y[i] = yInit + relu(z_i) . a}.
     */
    abstract void forwardZ(float[] x, int xOff, int rows, int d, int kp, float[] wt, float[] bp, float[] z,
                           boolean fuseY, float[] ap, float yInit, float slope, float[] y, float[] lanes);

    /**
     * As {@link #forwardZ} but straight from W (k x d at offset 0 of {@code w}, no packing) by dot products along the
     * inputs, plus x itself when {@code identity}; pads of each Z row are written as zeros. For blocks of a few rows,
     * where packing W^T would cost more than the product itself.
     */
    abstract void forwardZDot(float[] w, int k, float[] x, int xOff, int rows, int d, int kp, float[] bp,
                              boolean identity, float[] z, boolean fuseY, float[] ap, float yInit, float slope,
                              float[] y, float[] lanes);

    /** y[i*m+o] = c_o + relu(z_i) . a_o, for m outputs ({@code cOff < 0}: no output bias). */
    abstract void outputs(float[] z, int rows, int kp, int m, float[] ap, float[] params, int cOff, float slope,
                          float[] y, float[] lanes);

    /**
     * Hidden-layer gradients from dLoss/dy {@code e} (rows x m): dA (when {@code trainA}) into dap, G = (E A) masked
     * by relu' written over z in place, db = column sums of G into dbp.
     */
    abstract void hiddenGrad(float[] z, int rows, int kp, int m, float[] e, float[] ap, float slope, boolean trainA,
                             float[] dap, float[] dbp);

    /** dW^T = X^T G (d x kp) into {@code dwt}. */
    abstract void weightGrad(float[] x, int xOff, int rows, int d, float[] g, int kp, float[] dwt);

    /**
     * dW = G^T X (k x d) straight into {@code grad[offW ..]}, vectors over the inputs (used when d >= lanes; the
     * last partial vector of each row is masked).
     */
    abstract void weightGradDirect(float[] x, int xOff, int rows, int d, float[] g, int kp, int k, float[] grad,
                                   int offW);
}
