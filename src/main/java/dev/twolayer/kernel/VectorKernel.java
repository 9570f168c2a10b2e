package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;
import jdk.incubator.vector.FloatVector;

import java.util.Arrays;

/**
 * Hand-vectorized kernel (jdk.incubator.vector): register-blocked broadcast-FMA GEMMs for {@code Z = X W^T + b} and
 * {@code dW = G^T X}, with the activation, output layer and masks fused into cheap passes over the padded Z.
 *
 * <p>Per call: W^T (gathered; plus I for identity mapping), b and A are packed into the workspace with hidden units
 * padded to a multiple of the lane count (pads are zero, so no vector loop has a tail over k); then
 * <ol>
 *   <li>Z = X W^T + b (4 x 4 register tiles, hidden-unit panel outer), then y = relu(Z) A^T + c (dot per row);
 *       blocks of a few rows instead take dot products with W's rows directly and skip packing W^T
 *       ({@link #dotForward});</li>
 *   <li>residuals, loss and dLoss/dy in a scalar pass over the block (O(rows m));</li>
 *   <li>dA = E^T H, G = (E A) masked by relu'(Z) (written over Z), db = column sums of G, in one pass;</li>
 *   <li>dW = G^T X (4 x 4 register tiles accumulated across the batch): vectors over the inputs straight into the
 *       gradient when d >= 4 lanes, else vectors over hidden units into dW^T, then gathered into the gradient.</li>
 * </ol>
 * Nothing is allocated per call. The species is a {@code static final} constant of a per-width body class, so each
 * width is fully intrinsified by C2; widths above the CPU's preferred one work but are slow.
 */
public final class VectorKernel implements Kernel {
    private final int bitSize;
    private final VectorBody body;

    /** The CPU's preferred width ({@code FloatVector.SPECIES_PREFERRED}). */
    public VectorKernel() {
        this(0);
    }

    /**
     * @param bitSize vector width in bits: 128, 256 or 512, or 0 for the CPU's preferred width
     * @throws IllegalArgumentException for other widths
     * @throws UnsupportedOperationException when 0 is given and the preferred width is none of 128, 256, 512
     */
    public VectorKernel(int bitSize) {
        int bits = bitSize == 0 ? FloatVector.SPECIES_PREFERRED.vectorBitSize() : bitSize;
        this.body = switch (bits) {
            case 512 -> new VectorBody512();
            case 256 -> new VectorBody256();
            case 128 -> new VectorBody128();
            default -> {
                if (bitSize == 0)
                    throw new UnsupportedOperationException("preferred vector width " + bits
                            + " bits is not supported (need 128, 256 or 512)");
                throw new IllegalArgumentException("vector width must be 0 (preferred), 128, 256 or 512 bits, got "
                        + bitSize);
            }
        };
        this.bitSize = bits;
    }

    /** Vector width in bits. */
    public int bitSize() { return bitSize; }

    @Override public String name() { return "vector-" + bitSize; }

    @Override
    public Workspace newWorkspace(ModelSpec spec, int maxRows) {
        return new VectorWorkspace(spec, maxRows, body.lanes());
    }

    @Override
    public void forward(ModelSpec spec, float[] params, float[] x, int row0, int rows, float[] out, Workspace ws) {
        VectorWorkspace w = check(spec, params, x, row0, rows, ws);
        int m = spec.m();
        if (out.length < rows * m)
            throw new IllegalArgumentException("output array has length " + out.length + ", needs rows*m = "
                    + rows * m);
        float c0 = spec.outputBias() ? params[spec.offsetC()] : 0f;
        float slope = (float) spec.leakySlope();
        forwardZ(spec, params, x, row0, rows, w, m == 1, c0, slope, out);
        if (m > 1) body.outputs(w.z, rows, w.kp, m, w.ap, params, spec.outputBias() ? spec.offsetC() : -1, slope, out, w.laneSum);
    }

    @Override
    public double forwardBackward(ModelSpec spec, float[] params, float[] x, float[] y, float[] weights,
                                  int row0, int rows, double lossScale, float[] grad, Workspace ws) {
        VectorWorkspace w = check(spec, params, x, row0, rows, ws);
        int d = spec.d(), k = spec.k(), m = spec.m(), kp = w.kp;
        if (y.length < (long) (row0 + rows) * m)
            throw new IllegalArgumentException("target array has length " + y.length + ", needs (row0+rows)*m = "
                    + (long) (row0 + rows) * m);
        if (weights != null && weights.length < row0 + rows)
            throw new IllegalArgumentException("weight array has length " + weights.length
                    + ", needs row0+rows = " + (row0 + rows));
        if (grad.length < spec.paramCount())
            throw new IllegalArgumentException("gradient array has length " + grad.length + ", spec needs "
                    + spec.paramCount());

        float slope = (float) spec.leakySlope();
        float c0 = spec.outputBias() ? params[spec.offsetC()] : 0f;
        forwardZ(spec, params, x, row0, rows, w, m == 1, c0, slope, w.y);
        if (m > 1) body.outputs(w.z, rows, kp, m, w.ap, params, spec.outputBias() ? spec.offsetC() : -1, slope, w.y, w.laneSum);

        // residuals, loss, dLoss/dy = 2 lossScale w_i r_io; dc = sum_i dLoss/dy_i
        double loss = 0;
        float[] e = w.e, out = w.y;
        boolean outBias = spec.outputBias();
        int offC = spec.offsetC();
        if (outBias) Arrays.fill(grad, offC, offC + m, 0f);
        for (int i = 0; i < rows; i++) {
            double wi = weights == null ? 1.0 : weights[row0 + i];
            float ei = (float) (2.0 * lossScale * wi);
            double sq = 0;
            int t = (row0 + i) * m;
            for (int o = 0; o < m; o++) {
                float r = out[i * m + o] - y[t + o];
                sq += (double) r * r;
                e[i * m + o] = ei * r;
            }
            loss += wi * sq;
        }
        if (outBias) {
            for (int o = 0; o < m; o++) {
                double s = 0;
                for (int i = 0; i < rows; i++) s += e[i * m + o];
                grad[offC + o] = (float) s;
            }
        }

        boolean trainA = spec.outputTrainable();
        body.hiddenGrad(w.z, rows, kp, m, e, w.ap, slope, trainA, w.dap, w.dbp);
        int offA = spec.offsetA();
        if (trainA) for (int o = 0; o < m; o++) System.arraycopy(w.dap, o * kp, grad, offA + o * k, k);
        else Arrays.fill(grad, offA, offA + m * k, 0f);
        if (spec.hiddenBias()) System.arraycopy(w.dbp, 0, grad, spec.offsetB(), k);

        if (d >= 4 * w.lanes) {
            // vectors over the inputs (full 4-vector panels exist), written straight into the gradient
            body.weightGradDirect(x, row0 * d, rows, d, w.z, kp, k, grad, spec.offsetW());
        } else {
            // few inputs: vectors over hidden units, dW^T into the W^T buffer (free now), then transposed
            body.weightGrad(x, row0 * d, rows, d, w.z, kp, w.wt);
            body.unpackTransposed(w.wt, d, k, kp, w.colStarts, grad, spec.offsetW());
        }
        return loss * lossScale;
    }

    private static VectorWorkspace check(ModelSpec spec, float[] params, float[] x, int row0, int rows, Workspace ws) {
        if (!(ws instanceof VectorWorkspace w))
            throw new IllegalArgumentException("workspace " + (ws == null ? "null" : ws.getClass().getName())
                    + " was not made by a VectorKernel");
        if (w.d != spec.d() || w.k != spec.k() || w.m != spec.m())
            throw new IllegalArgumentException("workspace was made for d=" + w.d + ", k=" + w.k + ", m=" + w.m
                    + ", not for " + spec);
        if (rows < 0 || row0 < 0)
            throw new IllegalArgumentException("row block must be non-negative, got row0=" + row0 + ", rows=" + rows);
        if (rows > w.maxRows)
            throw new IllegalArgumentException("block of " + rows + " rows exceeds the workspace's maxRows "
                    + w.maxRows);
        if (params.length < spec.paramCount())
            throw new IllegalArgumentException("parameter array has length " + params.length + ", spec needs "
                    + spec.paramCount());
        if (x.length < (long) (row0 + rows) * spec.d())
            throw new IllegalArgumentException("input array has length " + x.length + ", needs (row0+rows)*d = "
                    + (long) (row0 + rows) * spec.d());
        return w;
    }

    /**
     * Whether a block of {@code rows} samples takes the dot-product forward ({@link VectorBody#forwardZDot}) rather
     * than packing W^T for the register-blocked GEMM. Packing touches all k*d weights once with gathers; the dot form
     * streams W once per row and pays one lane sum per hidden unit and row, and the GEMM's 4 x 4 tiles reuse each
     * loaded vector 4 times. Measured (512-bit, VectorPhaseTiming): one row at d=256, k=1024 takes 11 us by dots
     * against 125 us to pack and multiply; the two break even near 4-8 rows, and near d = 2 vectors at one row. The
     * choice depends on the block shape only, so results stay independent of thread count (shards depend on rows).
     */
    static boolean dotForward(int rows, int d, int lanes) {
        return rows <= DOT_MAX_ROWS && d >= 2 * lanes;
    }

    /** Blocks of at most this many rows may use the dot-product forward (see {@link #dotForward}). */
    static final int DOT_MAX_ROWS = 4;

    /** Z (and y when {@code fuseY}) for the block, by whichever forward suits its shape. */
    private void forwardZ(ModelSpec spec, float[] params, float[] x, int row0, int rows, VectorWorkspace w,
                          boolean fuseY, float c0, float slope, float[] y) {
        int d = spec.d();
        packSmall(spec, params, w);
        if (dotForward(rows, d, w.lanes)) {
            body.forwardZDot(params, spec.k(), x, row0 * d, rows, d, w.kp, w.bp, spec.identityMapping(), w.z, fuseY,
                    w.ap, c0, slope, y, w.laneSum);
        } else {
            packWeights(spec, params, w);
            body.forwardZ(x, row0 * d, rows, d, w.kp, w.wt, w.bp, w.z, fuseY, w.ap, c0, slope, y, w.laneSum);
        }
    }

    /** W^T (+ I) into the padded workspace panel; pads are written as zeros. */
    void packWeights(ModelSpec spec, float[] params, VectorWorkspace w) {
        int d = spec.d(), k = spec.k(), kp = w.kp;
        float[] wt = w.wt;
        body.packTransposed(params, k, d, kp, w.rowStarts, wt);
        if (spec.identityMapping()) for (int p = 0; p < d; p++) wt[p * kp + p] += 1f;
    }

    /** b and A into the padded workspace panels. */
    void packSmall(ModelSpec spec, float[] params, VectorWorkspace w) {
        int k = spec.k(), m = spec.m(), kp = w.kp;
        if (spec.hiddenBias()) System.arraycopy(params, spec.offsetB(), w.bp, 0, k);
        else Arrays.fill(w.bp, 0, k, 0f);
        int offA = spec.offsetA();
        for (int o = 0; o < m; o++) System.arraycopy(params, offA + o * k, w.ap, o * kp, k);
        // bp and ap pads are never written, so they stay zero from allocation
    }
}
