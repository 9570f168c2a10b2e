package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;
import jdk.incubator.vector.FloatVector;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hand-vectorized kernel (jdk.incubator.vector): register-blocked broadcast-FMA GEMMs for {@code Z = X W^T + b} and
 * {@code dW = G^T X}, with the activation, output layer and masks fused into cheap passes over the padded Z.
 *
 * <p>Per call: W^T (gathered into panels of 4 vectors of hidden units; plus I for identity mapping), b and A are
 * packed into the workspace with hidden units padded to a multiple of the lane count (pads are zero, so no vector
 * loop has a tail over k); then
 * <ol>
 *   <li>Z = X W^T + b (6 x 4 and 4 x 4 register tiles, hidden-unit panel outer), then y = relu(Z) A^T + c (dot per
 *       row); blocks of a few rows instead take dot products with W's rows directly and skip packing W^T, and later
 *       write dW row by row with W's SGD step fused (the dot form, {@link #dotForward}; with one output such calls
 *       skip the phases below and the padded copies, {@link #dotOneOutput}, and one row of at most L hidden units
 *       is two calls, {@link #dotRowShape}, as is one row of 2 to L-1 inputs, a masked vector a row of W); with
 *       one output, fewer hidden units than lanes and d of 1-4 vectors, longer blocks transpose X and compute Z^T
 *       and y with samples in lanes, then Z's rows, bitwise the same (the transposed forward,
 *       {@link #transposedShape}); at 16 lanes, up to 8
 *       hidden units and rows of more than 4 vectors, Z runs by dot tiles of two rows and 8 units from W as it is,
 *       with lane sums (not the same bits, but the same for any split of the rows: {@link #dotTilesShape});</li>
 *   <li>residuals, loss and dLoss/dy in a scalar pass over the block (O(rows m));</li>
 *   <li>dA = E^T H, G = (E A) masked by relu'(Z) (into panels of one vector of hidden units), db = column sums of
 *       G, in one pass;</li>
 *   <li>dW = G^T X (6 x 4 / 4 x 4 register tiles accumulated across the batch): vectors over the inputs straight
 *       into the gradient when d >= 4 lanes (X packed chunk by chunk, tiles over blocks of 128 rows; an SGD step
 *       steps W from each finished tile) or k < L <= d, else vectors over hidden units into dW^T, then transposed
 *       into the gradient.</li>
 * </ol>
 * Steps 1-4 run per chunk of rows sized so that the chunk's X, Z and G stay in L2 (see
 * {@link VectorWorkspace#defaultChunkRows}); dA, db and dW tiles start from the previous chunks' sums, so every sum
 * runs over the rows in the same order as in one pass, and the result does not depend on the chunk size.
 * With one input and one output (the papers' 1-D setting) and long enough calls, the samples form replaces steps 1-4
 * (see {@link #samplesShape}): vectors run over samples, y in one pass by rows, then dA, db and dW of each hidden
 * unit as lane partial sums over the call, lane-summed once per call; shorter calls take the units form (see
 * {@link #unitsForm}), which fuses {@link #sgdStep}'s update too. So it does with fewer hidden units than lanes and d
 * up to a few vectors, by X^T transposed in registers and Z^T by tiles. With 2 to 4 inputs and one output, calls past a
 * few rows take its loops with W's columns taken apart by permutes (the columns form, {@link #columnsShape}); a few
 * rows with d below a vector read W as it is (the segment form, {@link #segmentShape}). Nothing is allocated per
 * call. The species is
 * a {@code static final} constant of a per-width body class, so each width is fully intrinsified by C2; widths above
 * the CPU's preferred one work but are slow.
 *
 * <p>Use one width per JVM where speed matters. With kernels of two widths in one JVM, C2 now and then leaves some of
 * the vector code on the Vector API's Java fallback, which allocates and is slow: on JDK 25 (Zen 4), a 512-bit d=1
 * k=40 batch-1 step that follows 256-bit steps in the same JVM allocated 1.2-1.4 KB a call and took 103-194 ns
 * instead of 55-63, in 13 of 15 JVMs (with 512-bit steps before it instead: 0 bytes, 4 of 4). The second width a JVM
 * makes logs one WARNING (System.Logger {@code dev.twolayer.kernel.VectorKernel}). The benchmarks run each kernel in
 * a JVM of its own. That was stop 29's kernel: at stop 54's, the same step after 256-bit steps allocated nothing in 4
 * of 4 JVMs, nor did d=1 k=8 and 20, d=16 k=8 and 64 and d=64 k=8 after 128- or 256-bit steps (20 JVMs); the
 * warning stays. Narrower vectors each kernel does use: the units form's one-row step loads and stores a tail of half
 * or a quarter of a vector by vectors of that width, plainly rather than masked (see VectorBody512's HALF), and gives
 * every vector it merges from them its class by {@code check}; AllocationTest's one-row checks cover those tails.
 */
public final class VectorKernel implements Kernel {
    private static final System.Logger LOG = System.getLogger(VectorKernel.class.getName());
    /** The widths of the kernels made in this JVM, one bit each (the bit size itself: 128, 256, 512). */
    private static final AtomicInteger WIDTHS_MADE = new AtomicInteger();

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
        int before = WIDTHS_MADE.getAndUpdate(w -> w | bits);
        String warning = mixedWidthWarning(before, bits);
        if (warning != null) LOG.log(System.Logger.Level.WARNING, warning);
    }

    /**
     * The warning a JVM logs when it makes a kernel of {@code bits} after kernels of the widths in {@code before} (one
     * bit each), or null: once, when the second width appears (see the class comment).
     */
    static String mixedWidthWarning(int before, int bits) {
        if (Integer.bitCount(before) != 1 || (before & bits) != 0) return null;
        return "VectorKernel: a " + bits + "-bit kernel in a JVM that already runs " + before + "-bit ones. With two"
                + " widths in one JVM the JIT may leave some vector code on the Vector API's allocating Java fallback"
                + " (seen: 1.6-3.5x slower steps on JDK 25); for speed, run one width per JVM";
    }

    /** Vector width in bits. */
    public int bitSize() { return bitSize; }

    @Override public String name() { return "vector-" + bitSize; }

    @Override
    public Workspace newWorkspace(ModelSpec spec, int maxRows) {
        return new VectorWorkspace(spec, maxRows, body.lanes(), body);
    }

    /**
     * For tests: a workspace that cuts calls into chunks of {@code chunkRows} rows (0: the default, which fits L2),
     * without {@code tinyPath}, runs tiny blocks through the vector loops too, and without {@code samplesPath}
     * never takes the samples, units, segment, columns, transposed or dot-tile form (only the usual ones).
     */
    VectorWorkspace newWorkspace(ModelSpec spec, int maxRows, int chunkRows, boolean tinyPath, boolean samplesPath) {
        return new VectorWorkspace(spec, maxRows, body.lanes(), body, chunkRows, tinyPath, samplesPath);
    }

    @Override
    public void forward(ModelSpec spec, float[] params, float[] x, int row0, int rows, float[] out, Workspace ws) {
        forward(spec, params, x, row0, rows, out, check(spec, params, x, row0, rows, ws), INLINE, 1);
    }

    /**
     * {@link #forward} with its phases cut into {@code parts} pieces run by {@code runner} (possibly in parallel).
     * Every output element is computed by the same operations in the same order for any {@code parts}, so the result
     * is bitwise the same.
     */
    void forward(ModelSpec spec, float[] params, float[] x, int row0, int rows, float[] out, VectorWorkspace w,
                 PartRunner runner, int parts) {
        int m = spec.m();
        if (out.length < rows * m)
            throw new IllegalArgumentException("output array has length " + out.length + ", needs rows*m = "
                    + rows * m);
        if (unitsForm(rows, w)) {
            body.unitsOutput(x, row0, rows, params, spec.k(), hiddenBiasOffset(spec), spec.offsetA(), outputBias0(spec,
                    params), (float) spec.leakySlope(), out);
            return;
        }
        if (tinyBlock(spec, rows, w)) {
            TINY.forward(spec, params, x, row0, rows, out, w.tiny);
            return;
        }
        if (segmentForm(rows, w)) {
            segmentsForward(spec, params, x, row0, rows, out, w);
            return;
        }
        if (dotOneOutput(spec, rows, w)) {
            body.forwardZDot(params, spec.k(), x, row0 * spec.d(), rows, spec.d(), w.kp, hiddenBiasOffset(spec),
                    spec.identityMapping(), w.z, true, spec.offsetA(), outputBias0(spec, params),
                    (float) spec.leakySlope(), out, VectorWorkspace.ALIGN);
            return;
        }
        if (columnsForm(rows, w)) {
            columnsForward(spec, params, x, row0, rows, out, w);
            return;
        }
        Step st = w.step;
        boolean samples = samplesForm(rows, w);
        int chunks = chunks(rows, samples, w);
        for (int c = 0; c < chunks; c++) {
            int c0 = chunkStart(rows, c, chunks, samples, w), n = chunkStart(rows, c + 1, chunks, samples, w) - c0;
            // one chunk: y straight into out; else through the chunk-sized buffer
            st.set(spec, params, x, row0 + c0, n, rows, chunks == 1 ? out : w.y, false);
            if (samples) run(runner, st, Step.SAMPLES_Y, Math.min(parts, (n + w.lanes - 1) / w.lanes));
            else forwardPhases(st, runner, parts, c == 0);
            if (chunks > 1) System.arraycopy(w.y, 0, out, c0 * m, n * m);
        }
        st.clear();
    }

    /**
     * Chunks of a call of {@code rows} rows. The batch is cut so that each chunk's X, Z and G stay in L2 through the
     * forward and backward passes; sums over rows continue from chunk to chunk in row order, so the result is bitwise
     * that of one pass over the whole batch. The samples form has its own chunk size (whole blocks of L samples).
     */
    private static int chunks(int rows, boolean samples, VectorWorkspace w) {
        int size = samples ? w.samplesRows : w.chunkRows;
        return rows <= size ? 1 : (rows + size - 1) / size;
    }

    /**
     * First row of chunk c of {@code chunks}: balanced, so no chunk is a sliver when chunks > 1; in the samples form
     * whole chunks of {@code samplesRows}, so that every chunk but the last holds whole blocks of L samples.
     */
    private static int chunkStart(int rows, int c, int chunks, boolean samples, VectorWorkspace w) {
        if (c == 0 || c == chunks) return c == 0 ? 0 : rows; // the common ends without a division (see rowStart)
        return samples ? Math.min(rows, c * w.samplesRows) : (int) ((long) rows * c / chunks);
    }

    @Override
    public double forwardBackward(ModelSpec spec, float[] params, float[] x, float[] y, float[] weights,
                                  int row0, int rows, double lossScale, float[] grad, Workspace ws) {
        return forwardBackward(spec, params, x, y, weights, row0, rows, lossScale, grad,
                check(spec, params, x, row0, rows, ws), INLINE, 1, false, true, 0f);
    }

    /**
     * In the units form (one input, few rows) the step is fused into the backward pass: each vector of units is
     * updated from the registers that hold its gradient. So is W's step in the dot form (a few rows,
     * {@link VectorBody#weightGradRows}): each dW vector is stored once and W stepped from the same register. The
     * GEMM form's direct dW tiles (d of 4 vectors or more, fewer than L units with d of a vector or more, or calls of
     * a few rows: see directTiles) step W from each finished tile (6 units x 4 vectors at d of 4 vectors or more)
     * while L1 holds it, on the call's last chunk; the pass after steps the rest (b, A, c, and W where dW goes
     * through dW^T). That pass had read W and dW again from L2 or beyond: 3-4% of a step at d, k >= 256, batch 256;
     * the fused step ran 1.00-1.04x as fast there, within 0.5% at batch 4096 (Xeon, variants alternated step by step
     * in one JVM). Batch-1 steps with d of a vector or more never take the tiles (the dot form): there, an earlier
     * step of each finished block ran 1.1-2.2x slower, its loads waiting on the tiles' stores. Bitwise as
     * {@code forwardBackward} then {@link Kernel#sgdUpdate}.
     */
    @Override
    public double sgdStep(ModelSpec spec, float[] params, float[] x, float[] y, float[] weights, int row0, int rows,
                          double lossScale, float learningRate, float[] grad, Workspace ws) {
        return sgdStep(spec, params, x, y, weights, row0, rows, lossScale, learningRate, grad, true, ws);
    }

    /**
     * Without {@code keepGradient}, what is stepped from registers is not stored: dW in the dot form (a few rows, d of
     * a vector or more; with one output db and dA too) and in the GEMM form's direct tiles (d of 4 vectors or more;
     * masked vectors at a row's end and units outside whole groups are stored), dW, db and dA in the units form (one
     * input, a few rows). Other forms write the whole gradient. One-row calls of the dot form with rows of W of whole
     * vectors, 4 of them (of 32 floats or more; of 16 floats from W of 1 MiB) or more, also leave the rows whose unit
     * has a zero gradient (its ReLU off) untouched: W - lr * 0 is W, bitwise. Not with a leaky slope, where no unit's
     * gradient is zero (see skipList): there rows of 4 vectors are all stepped.
     */
    @Override
    public double sgdStep(ModelSpec spec, float[] params, float[] x, float[] y, float[] weights, int row0, int rows,
                          double lossScale, float learningRate, float[] grad, boolean keepGradient, Workspace ws) {
        KernelChecks.learningRate(learningRate);
        VectorWorkspace w = check(spec, params, x, row0, rows, ws);
        if (rows == 1 && weights == null && unitsForm(1, w)) {
            // the trainer's batch-1 step at one input straight to its one method: through forwardBackward (too large
            // for C2 to inline) it paid a call of 16 arguments and that method's preamble. JMH, Zen 4: k=8 42.0 ->
            // 39.6 ns a step, k=64 51.1 -> 49.4
            checkTargets(spec, y, null, row0, 1, grad);
            return unitsRowStep(spec, params, x, y, row0, lossScale, grad, true, keepGradient, learningRate);
        }
        if (rows == 1 && weights == null && dotRowShape(spec, w.lanes)) { // likewise
            checkTargets(spec, y, null, row0, 1, grad);
            return dotRowStep(spec, params, x, y, row0, lossScale, grad, true, keepGradient, learningRate, w);
        }
        return forwardBackward(spec, params, x, y, weights, row0, rows, lossScale, grad, w, INLINE, 1, true,
                keepGradient, learningRate);
    }

    private static void checkTargets(ModelSpec spec, float[] y, float[] weights, int row0, int rows, float[] grad) {
        int m = spec.m();
        if (y.length < (long) (row0 + rows) * m)
            throw new IllegalArgumentException("target array has length " + y.length + ", needs (row0+rows)*m = "
                    + (long) (row0 + rows) * m);
        if (weights != null && weights.length < row0 + rows)
            throw new IllegalArgumentException("weight array has length " + weights.length
                    + ", needs row0+rows = " + (row0 + rows));
        if (grad.length < spec.paramCount())
            throw new IllegalArgumentException("gradient array has length " + grad.length + ", spec needs "
                    + spec.paramCount());
    }

    /** One row of the units form (one input and output, no sample weights): y and e in registers. */
    private double unitsRowStep(ModelSpec spec, float[] params, float[] x, float[] y, int row0, double lossScale,
                                float[] grad, boolean update, boolean keep, float lr) {
        // the residual's operations as in residuals (the same bits)
        int k = spec.k(), offB = hiddenBiasOffset(spec), offA = spec.offsetA();
        float ei = (float) (2.0 * lossScale), t = y[row0];
        float yv = body.unitsRow(x, row0, t, ei, params, k, offB, offA, outputBias0(spec, params),
                (float) spec.leakySlope(), spec.outputTrainable(), update && !keep ? null : grad,
                update ? params : null, lr);
        return rowEnd(spec, params, grad, ei, yv - t, lossScale, update, lr);
    }

    /**
     * The end of a one-row step with residual r = y - t: c's gradient (and step) and the loss, by residuals' and the
     * phases' operations (the same bits).
     */
    private static double rowEnd(ModelSpec spec, float[] params, float[] grad, float ei, float r, double lossScale,
                                 boolean update, float lr) {
        if (spec.outputBias()) {
            int offC = spec.offsetC();
            grad[offC] = (float) (0.0 + ei * r);
            if (update) Kernel.sgdUpdate(params, grad, offC, offC + 1, lr);
        }
        return (0.0 + (double) r * r) * lossScale;
    }

    /**
     * One row of the dot form with at most L hidden units ({@link #dotRowShape}): two calls, y and e not stored.
     * The same operations as the dot form's calls (forward with y, residuals, hiddenGradDot, weightGradRows: the same
     * bits), whose set-up was most of a batch-1 step there. JMH, Zen 4, batch 1, k=8: d=16 0.101 -> 0.070 us, d=64
     * 0.144 -> 0.106 (4 forks a side).
     */
    private double dotRowStep(ModelSpec spec, float[] params, float[] x, float[] y, int row0, double lossScale,
                              float[] grad, boolean update, boolean keep, float lr, VectorWorkspace w) {
        // the residual's operations as in residuals (the same bits)
        int d = spec.d(), k = spec.k(), offB = hiddenBiasOffset(spec), offA = spec.offsetA();
        float slope = (float) spec.leakySlope(), ei = (float) (2.0 * lossScale), t = y[row0];
        float r = body.dotRowOutput(x, row0 * d, d, params, k, offB, offA, outputBias0(spec, params), slope,
                spec.identityMapping(), w.z) - t;
        body.dotRowGrad(x, row0 * d, d, ei * r, params, k, offB, offA, slope, spec.outputTrainable(),
                update && !keep ? null : grad, update ? params : null, lr, w.z, w.gp, skipList(spec, w));
        return rowEnd(spec, params, grad, ei, r, lossScale, update, lr);
    }

    /**
     * The segment form's forward pass (z into the workspace, y into {@code y}); returns the W it read: the parameters,
     * or for d not a power of two the workspace's copy with rows padded to one (which the backward pass steps).
     */
    private float[] segmentsForward(ModelSpec spec, float[] params, float[] x, int row0, int rows, float[] y,
                                    VectorWorkspace w) {
        int k = spec.k(), d = spec.d(), dp = w.segmentStride;
        float[] wSeg = dp == d ? params : w.paddedW;
        if (dp != d) body.padRows(params, k, d, dp, wSeg);
        body.forwardSegments(wSeg, k, d, dp, x, row0 * d, rows, w.kp, params, hiddenBiasOffset(spec),
                spec.offsetA(), outputBias0(spec, params), (float) spec.leakySlope(), w.z, y, w.segment);
        return wSeg;
    }

    /**
     * The columns form's forward pass: W^T packed into the workspace, b and A padded into bp and ap (which
     * columnsGrad reads too), y into {@code y}.
     */
    private void columnsForward(ModelSpec spec, float[] params, float[] x, int row0, int rows, float[] y,
                                VectorWorkspace w) {
        int k = spec.k(), d = spec.d();
        body.packColumns(params, k, d, w.kp, w.wt, VectorWorkspace.ALIGN);
        w.packedValid = false; // wt no longer holds what packedW says
        packSmall(spec, params, w); // no masked loads in the columns form (see VectorBody512#columnsHidden)
        body.columnsOutput(x, row0 * d, rows, d, w.wt, VectorWorkspace.ALIGN, w.kp, w.bp, w.ap,
                outputBias0(spec, params), (float) spec.leakySlope(), y, w.columns);
    }

    /** The output bias's gradient {@code dc} (one output) into grad, and with {@code update} its step. */
    private static void outputBiasStep(ModelSpec spec, float[] params, float[] grad, double dc, boolean update,
                                       float lr) {
        if (!spec.outputBias()) return;
        int offC = spec.offsetC();
        grad[offC] = (float) dc;
        if (update) Kernel.sgdUpdate(params, grad, offC, offC + 1, lr);
    }

    /**
     * The list the batch-1 step of W fills with the units it moves (see VectorBody#weightGradRows), or null with a
     * leaky slope: every unit then has g != 0, and the list only costs (d=64 k=64 batch 1, leaky: 1.13x the time of
     * the step without it; JMH ModelOptionsBenchmark). Without a list, rows of 4 vectors are stepped straight and
     * longer rows by a branch per unit, which a leaky net's units all take the same way.
     */
    static int[] skipList(ModelSpec spec, VectorWorkspace w) {
        return spec.leakySlope() == 0.0 ? w.units : null;
    }

    /**
     * Shapes whose batch-1 calls take {@link #dotRowStep}: one output, and at most one vector of hidden units with rows
     * of W of 1 to 4 whole vectors or of 5 to L-1 inputs (one vector a row, masked), or any number of hidden units
     * with rows of more than L/2 and less than L inputs, or fewer than 2L units with rows of 5 or more inputs that
     * the segment form would pad (also rows of 2 to 4 inputs: see the end). With identity mapping
     * (k = d) that is k = d = L or below: left to the five calls, such a step took 0.117 us against the plain net's
     * 0.079, now 0.079 (d = k = 16; JMH ModelOptionsBenchmark, 4 forks a side). Rows shorter than a vector took the
     * scalar loops (tinyBlock) or the segment form. JMH, Zen 4, batch 1, A B B A, their time over this form's: d = k
     * = 5, 6, 7, 8, 12, 14: 1.18, 1.16, 1.22, 1.65, 2.73, 4.20x; but (before W's flat step, below) d = 4 k = 16
     * 0.52x, d = 3 k = 16 0.69x, d = 2 k = 8 0.95x (a row's vector then spans 4 rows or more: the segment form folds
     * several units a vector). With more than L
     * units, from d = L/2 + 1, where the segment form too takes a unit a vector and copies W into padded rows and back
     * each call: d=10 k=64 2.03x, d=12 k=64 1.83x, k=1024 2.01x, d=15 k=256 2.36x; but d=6 k=64 (two units a vector
     * there) 0.47x. Since W's step of such rows went flat (weightGradFlat, stop 53), the rows that the segment form
     * pads (d = 5, 6, 7 at 16 lanes) take this form up to 2L - 1 units. JMH, Zen 4, batch 1, A B B A, padded
     * segments -> this form: d=5 k=20 1.71x, k=31 1.13x; d=6 k=24 1.80x; d=7 k=20 1.82x, k=28 1.54x. From 2L units
     * the segment form won or tied: d=7 k=32 0.88x, k=64 0.84x, k=1024 0.92x; d=5 k=64 1.07x, k=256 0.71x; d=6
     * k=64 1.03x, k=256 0.94x, k=1024 0.91x. Rows the segment form takes as they are (d = 8) stay there.
     * Rows of 2 to 4 inputs likewise, from a vector of weights (k d >= L): fewer than L units (which took the scalar
     * loops, tinyBlock), and at d = 3 (padded in the segment form) fewer than 2L. JMH at 16 lanes, two rounds of A B B
     * A: d=2 k=8 1.26x and 1.38x, d=4 k=4 1.16x (k=8 1.85x, 1.54x); d=3 k=8 1.67x, 1.54x, k=16 1.21x, 1.49x, k=20
     * 1.86x, 1.43x, k=31 1.38x, 1.44x; but d=2 k=3 0.84x (scalar loops), and the unpadded segments of L units or more
     * gained little or lost: d=2 k=20 1.12x, 1.18x, d=4 k=16 0.86x, 1.02x, k=20 1.05x, 1.07x. First only at 16 lanes;
     * at 8 and 4 (stop 56, Zen 4, 4-fork medians, the previous forms' time over this one's): 8 lanes d=2 k=4 1.42x,
     * k=7 1.69x, d=3 k=3 1.23x, k=4 1.49x, k=12 1.45x, k=15 1.39x, d=4 k=2 1.10x, k=4 1.73x, k=6 1.75x, k=7 2.07x;
     * 4 lanes d=2 k=2 1.16x, k=3 1.42x, d=3 k=2 1.24x, k=4 1.68x, k=7 1.63x.
     */
    static boolean dotRowShape(ModelSpec spec, int lanes) {
        int d = spec.d(), k = spec.k();
        if (spec.m() != 1) return false;
        if (d >= lanes) return k <= lanes && d % lanes == 0 && d <= 4 * lanes;
        boolean padded = segmentStride(d) != d;
        if (d <= 4) return d >= 2 && k * d >= lanes && (k < lanes || padded && k < 2 * lanes);
        return k <= lanes || 2 * d > lanes || padded && k < 2 * lanes;
    }

    /**
     * {@link #forwardBackward} (and with {@code update}, {@link #sgdStep}; {@code keep} false: grad's W part may be
     * left stale) with its phases cut into {@code parts} pieces (bitwise the same result for any).
     */
    double forwardBackward(ModelSpec spec, float[] params, float[] x, float[] y, float[] weights, int row0, int rows,
                           double lossScale, float[] grad, VectorWorkspace w, PartRunner runner, int parts,
                           boolean update, boolean keep, float lr) {
        int k = spec.k(), m = spec.m(), kp = w.kp;
        checkTargets(spec, y, weights, row0, rows, grad);
        double[] dc = w.dcSum;
        Arrays.fill(dc, 0.0);
        if (unitsForm(rows, w)) {
            int offB = hiddenBiasOffset(spec), offA = spec.offsetA();
            if (rows == 1 && weights == null)
                return unitsRowStep(spec, params, x, y, row0, lossScale, grad, update, keep, lr);
            body.unitsOutput(x, row0, rows, params, k, offB, offA, outputBias0(spec, params), (float) spec.leakySlope(),
                    w.y);
            double loss = residuals(w, y, weights, row0, rows, m, lossScale, dc);
            body.unitsGrad(x, row0, rows, w.e, params, k, offB, offA, (float) spec.leakySlope(),
                    spec.outputTrainable(), update && !keep ? null : grad, update ? params : null, lr, w.tail);
            outputBiasStep(spec, params, grad, dc[0], update, lr);
            return loss * lossScale;
        }
        // before the tiny blocks, which take some of its shapes (rows shorter than a vector): as sgdStep does
        if (rows == 1 && weights == null && dotRowShape(spec, w.lanes))
            return dotRowStep(spec, params, x, y, row0, lossScale, grad, update, keep, lr, w);
        if (tinyBlock(spec, rows, w)) {
            double loss = TINY.forwardBackward(spec, params, x, y, weights, row0, rows, lossScale, grad, w.tiny);
            if (update) Kernel.sgdUpdate(params, grad, 0, spec.paramCount(), lr);
            return loss;
        }
        boolean segments = segmentForm(rows, w);
        if (segments || dotOneOutput(spec, rows, w)) {
            // the dot form in a few straight calls, nothing packed or copied, no phases: for a batch-1 step the
            // phase machinery (packing b and A, copying dA and db out, stepping them in a pass after) cost about a
            // third of the step at d=16 k=64. The segment form (d below L) likewise, with its own forward and dW
            int d = spec.d(), offB = hiddenBiasOffset(spec), offA = spec.offsetA();
            float slope = (float) spec.leakySlope();
            float[] wSeg = segments ? segmentsForward(spec, params, x, row0, rows, w.y, w) : null; // the W it read
            if (!segments)
                body.forwardZDot(params, k, x, row0 * d, rows, d, kp, offB, spec.identityMapping(), w.z, true, offA,
                        outputBias0(spec, params), slope, w.y, VectorWorkspace.ALIGN);
            double loss = residuals(w, y, weights, row0, rows, 1, lossScale, dc);
            float[] upd = update ? params : null;
            body.hiddenGradDot(w.z, rows, kp, k, w.e, params, offB, offA, slope, spec.outputTrainable(),
                    update && !keep ? null : grad, upd, lr, w.gp, w.tail);
            if (segments) {
                int dp = w.segmentStride;
                boolean padded = wSeg != params;
                float[] dw = update && !keep ? null : padded ? w.paddedGrad : grad;
                body.weightGradSegments(x, row0 * d, rows, d, dp, w.gp, k, dw, update ? wSeg : null, lr, w.segment);
                if (padded && update) body.unpadRows(wSeg, k, d, dp, params);
                if (padded && dw != null) body.unpadRows(dw, k, d, dp, grad);
            } else
                body.weightGradRows(x, row0 * d, rows, d, w.gp, k, grad, spec.offsetW(), 0, kp, false, upd, keep, lr,
                        VectorWorkspace.ALIGN, skipList(spec, w));
            outputBiasStep(spec, params, grad, dc[0], update, lr);
            return loss * lossScale;
        }
        if (columnsForm(rows, w)) {
            // the units form's two passes with d inputs: W^T packed (by permutes), then vectors over the units
            int d = spec.d(), offB = hiddenBiasOffset(spec), offA = spec.offsetA();
            float slope = (float) spec.leakySlope();
            columnsForward(spec, params, x, row0, rows, w.y, w);
            double loss = residuals(w, y, weights, row0, rows, 1, lossScale, dc);
            body.columnsGrad(x, row0 * d, rows, d, w.e, w.wt, VectorWorkspace.ALIGN, kp, w.bp, w.ap, k, offB, offA,
                    slope, spec.outputTrainable(), update && !keep ? null : grad, update ? params : null, lr,
                    w.columns);
            outputBiasStep(spec, params, grad, dc[0], update, lr);
            return loss * lossScale;
        }

        Step st = w.step;
        double loss = 0;
        float[] e = w.e, out = w.y;
        boolean lanes = residualLanes(m, weights, rows); // residualLanes' sums, continued from chunk to chunk
        boolean plainResiduals = (long) spec.d() * spec.k() >= PLAIN_RESIDUALS_MIN_DK;
        float ei = (float) (2.0 * lossScale);
        if (lanes) Arrays.fill(w.residualLanes, 0.0);
        boolean samples = samplesForm(rows, w);
        int chunks = chunks(rows, samples, w), L = w.lanes;
        for (int c = 0; c < chunks; c++) {
            int c0 = chunkStart(rows, c, chunks, samples, w), n = chunkStart(rows, c + 1, chunks, samples, w) - c0;
            st.set(spec, params, x, row0 + c0, n, rows, w.y, true);
            st.grad = grad;
            st.update = update;
            st.keep = keep;
            st.lr = lr;
            st.accumulate = c > 0;
            st.lastChunk = c == chunks - 1;
            if (samples) run(runner, st, Step.SAMPLES_Y, Math.min(parts, (n + L - 1) / L));
            else forwardPhases(st, runner, parts, c == 0);

            if (lanes && plainResiduals) plainResidualLanes(out, y, row0 + c0, 0, n, ei, e, w.residualLanes, c0, L);
            else if (lanes) body.residualLanes(out, y, row0 + c0, n, ei, e, w.residualLanes, c0);
            else loss = residuals(loss, y, weights, row0 + c0, n, m, lossScale, out, e, dc);

            // dA, G, db and dW, all split by hidden units: no reduction across parts
            if (samples) {
                Arrays.fill(e, n, (n + L - 1) / L * L, 0f); // the last block's empty lanes add nothing
                run(runner, st, Step.SAMPLES_GRAD, Math.min(parts, spec.d() == 1 ? kp / L : (k + 3) / 4));
                if (st.lastChunk && spec.d() > 1) samplesSums(spec, grad, w);
            } else run(runner, st, Step.BACKWARD, Math.min(parts, (kp + st.unitGrain - 1) / st.unitGrain));
        }
        if (lanes) loss = laneTotals(w, dc);
        if (spec.outputBias()) for (int o = 0; o < m; o++) grad[spec.offsetC() + o] = (float) dc[o];
        int offA = spec.offsetA();
        if (spec.outputTrainable()) for (int o = 0; o < m; o++) System.arraycopy(w.dap, o * kp, grad, offA + o * k, k);
        else Arrays.fill(grad, offA, offA + m * k, 0f);
        if (spec.hiddenBias()) System.arraycopy(w.dbp, 0, grad, spec.offsetB(), k);
        if (update) {
            // the dot form's backward took W's step (weightGradRows), and so did the direct dW tiles. A long step is
            // split over the parts, which run on the other threads too: done by the caller alone, it was the serial
            // part of a multi-threaded step (1M parameters: 12 MB moved). Elementwise, so any split gives the same bits
            st.updateFrom = st.dot || !samples && st.directWeightStep() ? spec.offsetB() : 0;
            int n = spec.paramCount() - st.updateFrom;
            run(runner, st, Step.UPDATE, n >= UPDATE_SPLIT_MIN ? parts : 1);
        }
        st.clear();
        return loss * lossScale;
    }

    /**
     * Residuals of rows [row, row + n) against y, dLoss/dy = 2 lossScale w_i r_io into {@code e}, its sums over the
     * rows added to {@code dc}; returns {@code loss} plus sum_i w_i sum_o r_io^2, added row by row (so chunks sum as
     * one pass). O(rows m), on the calling thread. Calls of {@link #LANES_MIN_ROWS} rows or more with one output and
     * no sample weights take {@link VectorBody#residualLanes} instead.
     */
    private static double residuals(double loss, float[] y, float[] weights, int row, int n, int m, double lossScale,
                                    float[] out, float[] e, double[] dc) {
        if (m == 1 && weights == null) {
            // the same operations without the per-row weight and the round trip of dc[0] through memory, whose
            // store-to-load latency chained the rows: w_i = 1 makes 2 lossScale w_i, 0 + r^2 and w_i sq exact
            float ei = (float) (2.0 * lossScale);
            double dc0 = dc[0];
            for (int i = 0; i < n; i++) {
                float r = out[i] - y[row + i];
                loss += (double) r * r;
                float ev = ei * r;
                e[i] = ev;
                dc0 += ev;
            }
            dc[0] = dc0;
            return loss;
        }
        for (int i = 0; i < n; i++, row++) {
            double wi = weights == null ? 1.0 : weights[row];
            float ei = (float) (2.0 * lossScale * wi);
            double sq = 0;
            for (int o = 0; o < m; o++) {
                float r = out[i * m + o] - y[row * m + o];
                sq += (double) r * r;
                e[i * m + o] = ei * r;
                dc[o] += e[i * m + o];
            }
            loss += wi * sq;
        }
        return loss;
    }

    /**
     * A call's residuals in one piece (rows [row0, row0 + rows), out and e in the workspace, dc zero): by
     * {@link VectorBody#residualLanes} where {@link #residualLanes(int, float[], int)}, else {@link #residuals(double,
     * float[], float[], int, int, int, double, float[], float[], double[])}. Returns the sum of the squared (weighted)
     * residuals.
     */
    private double residuals(VectorWorkspace w, float[] y, float[] weights, int row0, int rows, int m,
                             double lossScale, double[] dc) {
        if (!residualLanes(m, weights, rows)) return residuals(0, y, weights, row0, rows, m, lossScale, w.y, w.e, dc);
        double[] lanes = w.residualLanes;
        Arrays.fill(lanes, 0.0);
        body.residualLanes(w.y, y, row0, rows, (float) (2.0 * lossScale), w.e, lanes, 0);
        return laneTotals(w, dc);
    }

    /** The workspace's residual lanes added up: dc[0] the sum of dLoss/dy; returns the sum of the squares. */
    private static double laneTotals(VectorWorkspace w, double[] dc) {
        dc[0] = laneTotal(w.residualLanes, w.lanes, w.lanes);
        return laneTotal(w.residualLanes, 0, w.lanes);
    }

    /**
     * The samples form with d inputs, after the last chunk: its lane sums' totals into dW (in the gradient), db and
     * dA (dbp and dap), on the calling thread.
     */
    private void samplesSums(ModelSpec spec, float[] grad, VectorWorkspace w) {
        int k = spec.k(), kd = k * spec.d();
        body.samplesSumsD(w.samplesAcc, VectorWorkspace.ALIGN, k * (spec.d() + 2), w.samplesSums);
        System.arraycopy(w.samplesSums, 0, grad, spec.offsetW(), kd);
        System.arraycopy(w.samplesSums, kd, w.dbp, 0, k);
        System.arraycopy(w.samplesSums, kd + k, w.dap, 0, k);
    }

    /**
     * Whether a call's residuals are summed by lanes ({@link VectorBody#residualLanes}): one output, no sample weights
     * and at least {@link #LANES_MIN_ROWS} rows, by the call's rows alone (so its chunks sum as one pass).
     */
    static boolean residualLanes(int m, float[] weights, int rows) {
        return m == 1 && weights == null && rows >= LANES_MIN_ROWS;
    }

    /**
     * d k from which a chunked step sums its residuals' lanes by {@link #plainResidualLanes}, not by the body's
     * vectors. There a step is slow and its residuals the least of its work: a few calls of a short loop a step, too
     * few calls and back-edges for C2 to compile the Vector API loop soon, and until it does the loop runs as C1's
     * code, which allocates its vectors. On the Xeon of stop 47 (family 6 model 207), d=1024 k=4096 batch 256
     * allocated 79 KB a step for its first 78 s, and d=1024 k=1024 batch 4096 1.25 MB a step for more than 35 s. The
     * plain loop allocates nothing in any tier, and from this d k its rows cost under 0.1% of the step's (a row's step
     * is 4 d k FLOPs, 2.6 us at 100 GFLOP/s).
     */
    static final int PLAIN_RESIDUALS_MIN_DK = 1 << 16;

    /**
     * {@link VectorBody#residualLanes} as plain Java for rows [from, to): each row i into lane (at + i) mod L, the same
     * sums in the same order, so bitwise the same lanes and e. The bodies take their rows before and after their whole
     * vectors of lanes by it.
     */
    static void plainResidualLanes(float[] out, float[] y, int yOff, int from, int to, float ei, float[] e,
                                   double[] lanes, int at, int L) {
        for (int i = from, l = (at + from) % L; i < to; i++, l = l + 1 == L ? 0 : l + 1) {
            float r = out[i] - y[yOff + i], ev = ei * r;
            e[i] = ev;
            lanes[l] += (double) r * r;
            lanes[L + l] += ev;
        }
    }

    /**
     * Rows from which the residuals are summed by lanes: below, their set-up (the lanes cleared, loaded, stored and
     * summed) cost more than the one running sum's latency (in-JVM, 32 rows: 28 ns against 17; 4096 rows: 0.52 us
     * against 2.2).
     */
    static final int LANES_MIN_ROWS = 64;

    /**
     * The sum of a[from, from + n) (n a power of two) in a fixed order, lane i and lane i + n/2 first, and so on by
     * halves; the lanes are summed in place. (By a recursion, a d=1 k=8 batch-32 step took about 40 ns longer.)
     */
    static double laneTotal(double[] a, int from, int n) {
        for (int h = n / 2; h >= 1; h /= 2)
            for (int i = from; i < from + h; i++) a[i] += a[i + h];
        return a[from];
    }

    private static int hiddenBiasOffset(ModelSpec spec) {
        return spec.hiddenBias() ? spec.offsetB() : -1;
    }

    private static float outputBias0(ModelSpec spec, float[] params) {
        return spec.outputBias() ? params[spec.offsetC()] : 0f;
    }

    /**
     * Z and y for the block. A few rows: the dot form, inline. Enough panels of hidden units for every part: each part
     * packs its panels of W^T and computes Z for them (so W^T never moves between threads), then y by rows. Else W^T
     * is packed by vectors of hidden units, then Z and y by rows.
     */
    private void forwardPhases(Step st, PartRunner runner, int parts, boolean firstChunk) {
        VectorWorkspace w = st.w;
        if (firstChunk) {
            if (st.backward) w.packedValid = false;
            packSmall(st.spec, st.params, w);
            st.wtReady = false;
        }
        int rows = st.rows, L = w.lanes, panels = (w.kp + 4 * L - 1) / (4 * L);
        int rowParts = Math.min(parts, rows);
        st.dot = dotForward(st.callRows, st.spec.d(), L); // per call: every chunk sums Z in the same order
        st.privateX = false;
        st.transposed = !st.dot && transposedForward(st.callRows, w);
        st.ensurePartScratch(parts);
        if (st.transposed) {
            // nothing packed: W is read as it is (W^T in the workspace stays what it was)
            st.unitGrain = L;
            run(runner, st, Step.Z_ROWS, rowParts);
        } else if (!st.dot && w.dotTiles) {
            // W copied as it is to the workspace's aligned start, once a call: with ObjectAlignmentInBytes=64 the
            // caller's parameters start 16 bytes past a line, and 8 of the tiles' 10 loads then spanned two lines (the
            // tiles took 1.2-1.3x as long: d=256 and 1024, Zen 4). Only these tiles read wt in such a workspace. Its
            // rows are dotTilesStride apart (see there)
            if (!st.wtReady) {
                int ws = dotTilesStride(w.d), offW = st.spec.offsetW();
                for (int u = 0; u < w.k; u++)
                    System.arraycopy(st.params, offW + u * w.d, w.wt, VectorWorkspace.ALIGN + u * ws, w.d);
                w.packedValid = false;
                st.wtReady = true;
            }
            st.unitGrain = L;
            run(runner, st, Step.Z_ROWS, rowParts);
        } else if (st.dot) {
            st.unitGrain = L;
            run(runner, st, Step.Z_ROWS, 1);
        } else {
            // forward only: W^T packed by an earlier forward from the same W (bitwise) is reused, as when predicting
            // with fixed weights; a backward pass packs its own W, so it drops the memo. Later chunks of a call reuse
            // what the first packed.
            ModelSpec spec = st.spec;
            int kd = spec.k() * spec.d(), offW = spec.offsetW();
            st.packed = st.wtReady || !st.backward && w.packedValid && w.packedIdentity == spec.identityMapping()
                    && Arrays.mismatch(st.params, offW, offW + kd, w.packedW, 0, kd) < 0;
            w.packedValid = false;
            if (parts > 1 && panels >= parts) {
                st.unitGrain = 4 * L;
                // every part's panels take all rows of X: each part packs all of them into its own copy, which its dW
                // reads too. Packed by rows into one shared copy, each core read the half the other had just written
                // from that core's cache, and then wrote lines the other still held: at d=256 k=256 batch 256 a
                // part's Z took 97 us on two threads against 81 alone, and its half of the packing 9 against 5. A chunk
                // whose X is past 2 MiB is read from L3 either way: there one copy is packed by rows (sharedPackedX)
                boolean packX = st.packXInForward();
                st.privateX = packX && !sharedPackedX(rows, spec.d());
                if (st.privateX) st.ensurePrivateX(parts);
                else if (packX) run(runner, st, Step.PACK_X, rowParts);
                run(runner, st, Step.Z_UNITS, parts);
                run(runner, st, Step.OUTPUT, rowParts);
            } else {
                st.unitGrain = L;
                if (!st.packed) run(runner, st, Step.PACK, Math.min(parts, w.kp / L));
                run(runner, st, Step.Z_ROWS, rowParts);
            }
            st.wtReady = true;
            if (!st.backward) {
                if (!st.packed) System.arraycopy(st.params, offW, w.packedW, 0, kd);
                w.packedIdentity = spec.identityMapping();
                w.packedValid = true;
            }
        }
    }

    private static void run(PartRunner runner, Step st, int phase, int parts) {
        if (parts <= 1) st.part(phase, 0, 1);
        else runner.runParts(st, phase, parts);
    }

    /** Runs the parts of one phase of a call; {@link ParallelKernel} spreads them over its threads. */
    interface PartRunner {
        /** Calls {@code step.part(phase, q, parts)} once for each q in [0, parts); returns when all are done. */
        void runParts(Step step, int phase, int parts);
    }

    private static final PartRunner INLINE = (step, phase, parts) -> {
        for (int q = 0; q < parts; q++) step.part(phase, q, parts);
    };

    /**
     * One call's arguments and its phases, each cut into independent parts: by hidden units (PACK, Z_UNITS, BACKWARD)
     * or by rows (Z_ROWS, OUTPUT). A part writes only its own slice of the workspace and gradient, and every
     * element is computed by the same operations in the same order however the phase is cut, so parts may run on any
     * threads in any order and the result never changes.
     */
    static final class Step {
        /** W^T by vectors of hidden units. */
        static final int PACK = 0;
        /** Z (packed W^T, or the dot form), y and packed X, by rows. */
        static final int Z_ROWS = 1;
        /**
         * W^T and Z by panels of hidden units (all rows); each part first packs all of X into its own copy, unless
         * PACK_X has packed it.
         */
        static final int Z_UNITS = 2;
        /** y by rows (after Z_UNITS). */
        static final int OUTPUT = 3;
        /** dA, G, db and dW by hidden units. */
        static final int BACKWARD = 4;
        /** Samples form: x copied (tail zeroed), or X^T and Z^T with d inputs, then y, by rows (whole blocks of L). */
        static final int SAMPLES_Y = 5;
        /** Samples form: dA, db and dW by hidden units (vectors of L; tiles of 4 with d inputs). */
        static final int SAMPLES_GRAD = 6;
        /** The SGD step after the backward pass, params[i] -= lr grad[i] from {@code updateFrom}, by ranges. */
        static final int UPDATE = 7;
        /** X packed by rows into the workspace's one copy, for Z_UNITS and BACKWARD (see sharedPackedX). */
        static final int PACK_X = 8;

        private final VectorBody body;
        final VectorWorkspace w;
        ModelSpec spec;
        float[] params, x, y, grad;
        int row0, rows;
        /** Rows of the whole call (rows is the chunk's): the call's form of Z and of dW is chosen by it. */
        int callRows;
        boolean backward, dot;
        /** Z and y by the transposed forward (see {@link VectorKernel#transposedForward}). */
        boolean transposed;
        /**
         * Backward: take the SGD step with rate {@code lr} where the backward pass fuses it (the dot form's W, the
         * direct dW tiles' W).
         */
        boolean update;
        /** With update: store the gradient of what is stepped in registers (false: the caller does not need it). */
        boolean keep;
        float lr;
        /** First parameter of the UPDATE phase (the dot form or the direct dW tiles have stepped W already). */
        int updateFrom;
        /** Backward: add to the sums of earlier chunks (not the first chunk); this is the last chunk. */
        boolean accumulate, lastChunk;
        /** W^T in the workspace is that of this call's parameters (packed by an earlier chunk). */
        boolean wtReady;
        /** W^T in the workspace is already that of these parameters (see forwardPhases). */
        boolean packed;
        /** Hidden units per slice of the unit-split phases: a vector (L) or a panel of W^T (4L). */
        int unitGrain;
        /** Lane-sum scratch, one per part of the row-split phases (parts run concurrently). */
        private float[][] partLanes;
        /** weightGradDirect's scratch tile, one per part of BACKWARD. */
        private float[][] tiles = new float[0][];
        /** Z_UNITS and BACKWARD: part q packs all rows of X into {@code partX[q]} (partX[0] is the workspace's). */
        boolean privateX;
        private float[][] partX;
        /** The transposed forward's scratch, one per part of Z_ROWS. */
        private float[][] transposedScratch = new float[0][];

        Step(VectorBody body, VectorWorkspace w) {
            this.body = body;
            this.w = w;
            this.partLanes = new float[][] {w.laneSum};
            this.partX = new float[][] {w.xp};
            this.unitGrain = w.lanes;
        }

        /** Grows the per-part copies of packed X on the calling thread, once per new largest part count. */
        void ensurePrivateX(int parts) {
            partX = grown(partX, parts, w.xp.length);
        }

        /** Packed X as part q of a unit-split phase reads it. */
        private float[] packedX(int q) {
            return privateX ? partX[q] : w.xp;
        }

        /** Grows the per-part scratch on the calling thread, once per new largest part count. */
        void ensurePartScratch(int parts) {
            // dW's scratch (34 KiB at 512 bits) only for calls whose backward pass takes the direct tiles; the dot-tile
            // shapes' dW reads X as it is and needs one small tile (a workspace keeps its shape, so never both)
            if (backward && !dot && w.dotTiles) tiles = grown(tiles, parts, VectorBody.UNPACKED_SCRATCH_FLOATS);
            else if (backward && !dot && directTiles()) tiles = grown(tiles, parts, VectorBody.DW_SCRATCH_FLOATS);
            partLanes = grown(partLanes, parts, w.laneSum.length);
            if (transposed)
                transposedScratch = grown(transposedScratch, parts, VectorBody.transposedScratchFloats(w.d, w.k,
                        w.lanes));
        }

        /** {@code a} itself if it has {@code parts} arrays, else a copy with new arrays of {@code len} floats added. */
        private static float[][] grown(float[][] a, int parts, int len) {
            if (a.length >= parts) return a;
            float[][] g = Arrays.copyOf(a, parts);
            for (int q = a.length; q < parts; q++) g[q] = new float[len];
            return g;
        }

        /** One chunk (rows from row0) of a call of {@code callRows} rows. */
        void set(ModelSpec spec, float[] params, float[] x, int row0, int rows, int callRows, float[] y,
                 boolean backward) {
            this.spec = spec; this.params = params; this.x = x; this.row0 = row0; this.rows = rows; this.y = y;
            this.callRows = callRows;
            this.backward = backward;
        }

        void clear() {
            spec = null;
            params = x = y = grad = null;
            accumulate = update = dot = privateX = transposed = false;
            lastChunk = true;
        }

        void part(int phase, int q, int parts) {
            switch (phase) {
                case PACK -> pack(unitStart(q, parts, w.lanes), unitStart(q + 1, parts, w.lanes));
                case Z_ROWS -> zRows(q, parts);
                case Z_UNITS -> zUnits(q, parts);
                case OUTPUT -> output(q, parts);
                case BACKWARD -> backward(q, parts);
                case SAMPLES_Y -> samplesY(q, parts);
                case SAMPLES_GRAD -> samplesGrad(q, parts);
                case UPDATE -> update(q, parts);
                case PACK_X -> packX(rowStart(q, parts), rowStart(q + 1, parts));
                default -> throw new IllegalArgumentException("phase " + phase);
            }
        }

        /** Start of hidden-unit slice q of {@code parts}, in whole units of {@code grain} (capped at kp). */
        private int unitStart(int q, int parts, int grain) {
            if (q == 0 || q == parts) return q == 0 ? 0 : w.kp;
            int slices = (w.kp + grain - 1) / grain;
            return Math.min(w.kp, (int) ((long) slices * q / parts) * grain);
        }

        /**
         * The ends of a range need no division: a batch-1 call cuts its phases into one part (and one chunk), and
         * each 64-bit division costs 10-20 cycles of a step of a few hundred.
         */
        private int rowStart(int q, int parts) {
            if (q == 0 || q == parts) return q == 0 ? 0 : rows;
            return (int) ((long) rows * q / parts);
        }

        private void pack(int j1, int j2) {
            int d = spec.d(), kp = w.kp;
            float[] wt = w.wt;
            body.packTransposed(params, spec.k(), d, kp, w.rowStarts, wt, VectorWorkspace.ALIGN, j1, j2);
            if (spec.identityMapping())
                for (int p = j1; p < Math.min(j2, d); p++)
                    wt[VectorWorkspace.ALIGN + packedIndex(p, p, d, kp, w.lanes)] += 1f;
        }

        private void zRows(int q, int parts) {
            int d = spec.d(), i1 = rowStart(q, parts), i2 = rowStart(q + 1, parts);
            if (transposed) {
                if (packXInForward()) packX(i1, i2); // for dW's tiles
                body.forwardTransposed(x, row0 * d, i1, i2 - i1, d, params, spec.k(), hiddenBiasOffset(),
                        spec.offsetA(), outputBias0(), (float) spec.leakySlope(), y, backward ? w.z : null,
                        transposedScratch[q]);
            } else if (dot) { // several outputs (one output takes dotOneOutput's calls)
                body.forwardZDot(params, spec.k(), x, row0 * d, rows, d, w.kp, hiddenBiasOffset(),
                        spec.identityMapping(), w.z, false, spec.offsetA(), 0f, (float) spec.leakySlope(), y,
                        VectorWorkspace.ALIGN);
                outputs(i1, i2, q); // (its dW reads X as it is)
            } else if (w.dotTiles) { // W as it is (copied), X not packed (dW reads it as it is)
                body.forwardZDotTiles(x, row0 * d, i1, i2 - i1, d, w.wt, VectorWorkspace.ALIGN, dotTilesStride(d),
                        spec.k(), w.bp, w.z);
                output(q, parts);
            } else {
                if (packXInForward()) packX(i1, i2);
                body.forwardZ(x, row0 * d, w.xp, VectorWorkspace.ALIGN, rows, i1, i2 - i1, 0, w.kp, d, w.kp, w.wt,
                        VectorWorkspace.ALIGN, w.bp, w.z);
                output(q, parts);
            }
        }

        private void zUnits(int q, int parts) {
            int grain = 4 * w.lanes, j1 = unitStart(q, parts, grain), j2 = unitStart(q + 1, parts, grain);
            if (!packed) pack(j1, j2);
            int d = spec.d();
            float[] xp = packedX(q);
            if (privateX) body.packX(x, row0 * d, rows, d, xp, VectorWorkspace.ALIGN, 0, rows);
            body.forwardZ(x, row0 * d, xp, VectorWorkspace.ALIGN, rows, 0, rows, j1, j2, d, w.kp, w.wt,
                    VectorWorkspace.ALIGN, w.bp, w.z);
        }

        /** y for rows slice q (X is packed already). */
        private void output(int q, int parts) {
            int i1 = rowStart(q, parts), i2 = rowStart(q + 1, parts);
            // one input: y for L samples at a time (steps/s at k=8 batch 4096: 17.0k -> 22.7k; k=1024 batch 256: +6%)
            if (spec.m() == 1 && spec.d() == 1)
                body.output1D1(x, row0, w.z, rows, zPanel(), i1, i2 - i1, w.kp, spec.k(), w.wt, VectorWorkspace.ALIGN,
                        w.bp, w.ap, outputBias0(), (float) spec.leakySlope(), y, partLanes[q]);
            else if (spec.m() == 1)
                body.output1(w.z, rows, zPanel(), i1, i2 - i1, w.kp, spec.k(), w.ap, outputBias0(),
                        (float) spec.leakySlope(), y, partLanes[q]);
            else outputs(i1, i2, q);
        }

        private void outputs(int i1, int i2, int q) {
            int cOff = spec.outputBias() ? spec.offsetC() : -1;
            body.outputs(w.z, rows, zPanel(), i1, i2 - i1, w.kp, spec.m(), w.ap, params, cOff,
                    (float) spec.leakySlope(), y, partLanes[q]);
        }

        /**
         * The GEMM form's direct dW tiles (backwardUnits) take W's step on the last chunk, from each finished tile
         * while L1 holds it: the pass after would read W and dW again, and without keepGradient dW is never stored.
         */
        boolean directWeightStep() {
            return update && !dot && directTiles();
        }

        /** The GEMM form's dW: the direct tiles (vectors over the inputs), else dW^T by vectors of hidden units. */
        private boolean directTiles() {
            // for a few rows also when d < 4 lanes: then the masked tail loop beats dW^T plus its transposition, e.g.
            // 1.6 vs 5.1 us at d=16, k=1024. Not below a vector of inputs, where each unit's row of dW is one masked
            // vector mostly of padding: dW^T's vectors of units win there (Zen 5, in-JVM, m=4: d=1 k=64 batch 1 0.60
            // -> 0.41 us, d=4 k=1024 batch 2 10.2 -> 7.3; such calls with one output take it too, e.g. d=8)
            return directWeightGrad(spec.d(), spec.k(), w.lanes) || callRows <= DOT_MAX_ROWS && spec.d() >= w.lanes;
        }

        /** Z's panel width: 4L as forwardZ writes it, or kp (rows) from the dot form's forwardZDot. */
        private int zPanel() {
            return dot ? w.kp : 4 * w.lanes;
        }

        /**
         * The GEMM form packs X (when it has a whole chunk of 4L inputs) for Z's tiles, once there is a whole panel of
         * hidden units, and for dW: a forward pass with fewer units would pack it for nothing.
         */
        boolean packXInForward() {
            return spec.d() >= 4 * w.lanes && (backward || w.kp >= 4 * w.lanes) && !w.dotTiles;
        }

        private void packX(int i1, int i2) {
            body.packX(x, row0 * spec.d(), rows, spec.d(), w.xp, VectorWorkspace.ALIGN, i1, i2);
        }

        private float outputBias0() {
            return VectorKernel.outputBias0(spec, params);
        }

        /** Rows slice q of the chunk in whole blocks of L samples: x (the last block's empty lanes zero), then y. */
        private void samplesY(int q, int parts) {
            int L = w.lanes, blocks = (rows + L - 1) / L;
            if (w.d > 1) {
                int i1 = (int) ((long) blocks * q / parts) * L, i2 = (int) ((long) blocks * (q + 1) / parts) * L;
                body.samplesOutputD(x, row0 * w.d, rows, w.d, i1, i2, w.samplesX, w.samplesZ, VectorWorkspace.ALIGN,
                        w.samplesRows, params, spec.k(), hiddenBiasOffset(), spec.offsetA(), spec.identityMapping(),
                        outputBias0(), (float) spec.leakySlope(), y, w.tail);
                return;
            }
            int i1 = Math.min(rows, (int) ((long) blocks * q / parts) * L);
            int i2 = Math.min(rows, (int) ((long) blocks * (q + 1) / parts) * L);
            System.arraycopy(x, row0 + i1, w.samplesX, i1, i2 - i1);
            if (i2 == rows) Arrays.fill(w.samplesX, rows, blocks * L, 0f);
            body.samplesOutput(w.samplesX, i1, i2, params, spec.k(), hiddenBiasOffset(), spec.offsetA(),
                    spec.identityMapping(), outputBias0(), (float) spec.leakySlope(), y, w.tail);
        }

        private void samplesGrad(int q, int parts) {
            if (w.d > 1) { // by tiles of 4 units (k < L)
                int tiles = (w.k + 3) / 4;
                int j1 = (int) ((long) tiles * q / parts) * 4;
                int j2 = Math.min(w.k, (int) ((long) tiles * (q + 1) / parts) * 4);
                body.samplesGradD(w.samplesX, w.samplesZ, VectorWorkspace.ALIGN, w.samplesRows, rows, w.e, params,
                        w.k, w.d, spec.offsetA(), (float) spec.leakySlope(), w.samplesAcc, j1, j2, accumulate);
                return;
            }
            int j1 = unitStart(q, parts, w.lanes), j2 = unitStart(q + 1, parts, w.lanes);
            body.samplesGrad(w.samplesX, rows, w.e, params, spec.k(), w.kp, hiddenBiasOffset(), spec.offsetA(),
                    spec.identityMapping(), (float) spec.leakySlope(), w.samplesAcc, j1, j2, accumulate, lastChunk,
                    w.dap, w.dbp, grad, spec.offsetW());
        }

        private int hiddenBiasOffset() {
            return VectorKernel.hiddenBiasOffset(spec);
        }

        /** Range q of the step, in whole 16-float blocks from updateFrom (parts never share a 64-byte line's work). */
        private void update(int q, int parts) {
            int n = spec.paramCount() - updateFrom, blocks = (n + 15) / 16;
            int a = updateFrom + Math.min(n, (int) ((long) blocks * q / parts) * 16);
            int b = updateFrom + Math.min(n, (int) ((long) blocks * (q + 1) / parts) * 16);
            Kernel.sgdUpdate(params, grad, a, b, lr);
        }

        private void backward(int q, int parts) {
            int j1 = unitStart(q, parts, unitGrain), j2 = unitStart(q + 1, parts, unitGrain);
            // blocks of whole panels of hidden units whose G fits L2 with room to spare: G is written and read back
            // by every vector of inputs while it is there (units are independent: the same sums)
            int grain = 4 * w.lanes, block = Math.max(grain, G_BLOCK_FLOATS / Math.max(1, rows) / grain * grain);
            for (int jb = j1; jb < j2; jb += block) backwardUnits(jb, Math.min(j2, jb + block), q);
        }

        private void backwardUnits(int j1, int j2, int q) {
            int d = spec.d(), k = spec.k(), m = spec.m(), kp = w.kp;
            float slope = (float) spec.leakySlope();
            body.hiddenGrad(w.z, zPanel(), rows, kp, m, w.e, w.ap, slope, spec.outputTrainable(), w.dap, w.dbp, w.gp,
                    j1, j2, accumulate);
            if (dot) {
                // a few rows (one chunk): dW row by row from unpacked X, W's step fused
                body.weightGradRows(x, row0 * d, rows, d, w.gp, k, grad, spec.offsetW(), j1, j2, accumulate,
                        update && lastChunk ? params : null, keep, lr, VectorWorkspace.ALIGN, skipList(spec, w));
            } else if (w.dotTiles) {
                // a few hidden units: dW's tiles read X as it is (packing it took about as long as dW)
                body.weightGradUnpacked(x, row0 * d, rows, d, w.gp, k, grad, spec.offsetW(), j1, j2, accumulate,
                        update && lastChunk ? params : null, keep, lr, tiles[q]);
            } else if (directTiles()) {
                // vectors over the inputs, written straight into the gradient (W's step fused on the last chunk)
                body.weightGradDirect(x, row0 * d, rows, d, w.gp, k, packedX(q), VectorWorkspace.ALIGN, grad,
                        spec.offsetW(), j1, j2, accumulate, update && lastChunk ? params : null, keep, lr, tiles[q]);
            } else {
                // few inputs: vectors over hidden units, dW^T (transposed into the gradient after the last chunk)
                body.weightGrad(x, row0 * d, rows, d, w.gp, kp, w.dwt, j1, j2, accumulate);
                if (lastChunk) body.unpackTransposed(w.dwt, d, k, kp, grad, spec.offsetW(), j1, j2);
            }
        }
    }

    /** The plain-Java kernel, for tiny blocks. */
    static final ScalarKernel TINY = new ScalarKernel();

    /**
     * Whether a chunk whose phases are split by panels of hidden units packs X once, by rows, into one copy that all
     * parts read, rather than each part packing all of it into its own: where the chunk's X is past 2 MiB (L2 is
     * 1 MiB a core on the Zen 4 and 5, 2 MiB on the Xeon), it is read back from L3 either way, and each part then
     * packs only its share. A chunk that fits L2 keeps the private copies (see forwardPhases). Zen 5, two threads,
     * d=1024 batch 4096 (chunks of 1024 rows, 4 MiB of X): k=256 11.2 -> 10.3 ms a step (JMH, 3 forks a side,
     * A B B A; again in A B A B B A, 11.7 -> 10.5), where the forward pass had taken 1.12-1.16x half of one thread's;
     * k=1024 and 4096 0.99-1.01x. With more threads the private copies would also crowd L3.
     */
    static boolean sharedPackedX(int rows, int d) {
        return (long) rows * d > SHARED_X_MIN_FLOATS;
    }

    /** Floats of a chunk's X past which {@link #sharedPackedX} holds: 2 MiB. */
    static final int SHARED_X_MIN_FLOATS = 1 << 19;
    /**
     * Floats of G (rows x hidden units) that the backward pass computes and consumes as one block: 256 KiB, a quarter
     * of a 1 MiB L2. Before, dW read the whole chunk's G once per vector of inputs: at d=1024 k=4096 batch 4096
     * (chunks of 1024 rows, G 16 MiB) that ran at 0.82x of blocks (steps/s 2.5 vs 3.05); other shapes within noise.
     */
    static final int G_BLOCK_FLOATS = 1 << 16;

    /**
     * Blocks too small for vectors: fewer hidden units than lanes and at most one vector of inputs in all (rows x d).
     * Then most lanes are padding and the fixed costs of the vector path (packing b and A, lane sums, masks) exceed
     * the work: on the 2-core Xeon (512-bit) a batch-1 step at d=1 k=8 took 0.137 us against 0.077 us for
     * ScalarKernel, and at d=16 k=8 0.32 us against 0.20 us. Such blocks run ScalarKernel's loops. Rows of one whole
     * vector (d = L) do not: with the dot form's register fold, a batch-1 step at d=16 k=8 takes 0.10 us there
     * against 0.16 us in the scalar loops (2-core EPYC). Nor do blocks of 2 rows or more of the columns form's shapes
     * (d from 2 to 4), which ran 1.5-3.3x as fast in it at k = 8, batch 2-6 (Zen 5).
     */
    static boolean tinyBlock(ModelSpec spec, int rows, VectorWorkspace w) {
        return w.tiny != null && (long) rows * spec.d() <= w.lanes && spec.d() < w.lanes
                && (rows == 1 || w.columnsRows == 0);
    }

    /**
     * Shapes that may take the samples form: one output, and one input (the papers' 1-D setting) or fewer hidden
     * units than lanes with d from 2 to L (the identity-mapping setting's d = k = 10 at 512 bits), or up to 4L where
     * L does not divide d or k <= 4. Vectors then run over samples rather than hidden units: no lane is padding when
     * k < L, and no sample needs a lane sum; the lane sums are per hidden unit and call instead. With d inputs each
     * lane sums z along the inputs, X is transposed block by block, and Z^T (then G^T) goes through memory. Past L
     * inputs the usual form's transposed forward and direct dW tiles suit whole vectors of inputs with k of 5-15:
     * in-JVM steps, Zen 5, at 128-1024 rows, usual form's time over the samples form's: d = 32, 48, 64 at k = 8-15
     * 0.80-1.07x (1.17x at d = 64 k = 8 4096 rows); d = 56 and 40 at k = 8 0.94-1.19x; otherwise d = 17-63 not a
     * multiple of 16 at k = 8-15 1.16-2.06x, d = 32 and 64 at k = 4 1.20-1.65x. At d = 16 and k = 64 (batch 32-4096) an
     * early samples form ran at 0.15-0.95x of the usual one, whose vectors of units are then full.
     */
    static boolean samplesShape(ModelSpec spec, int lanes) {
        int d = spec.d(), k = spec.k();
        return spec.m() == 1 && (d == 1 || k < lanes && d >= 2 && (d <= lanes || d <= 4 * lanes && (d % lanes != 0
                || k <= 4)));
    }

    /**
     * Whether a call of {@code rows} rows takes the samples form (by shape and rows only: see ParallelKernel). Its
     * lane sums per hidden unit and call pay off from 64 rows when k < L (the usual form pads to L units), else from
     * 256. Measured on the 2-core EPYC (512-bit), steps/s of the samples form over the usual one: k=8 1.23x at
     * batch 64 (0.89x at 32); k=64 0.91x at 128, 1.14x at 256; k=1024 1.10x at 128, 1.75x at 256, 2.5x at 4096.
     */
    static boolean samplesForm(int rows, VectorWorkspace w) {
        return w.samplesRows > 0 && rows >= samplesMinRows(w.d, w.k, w.lanes);
    }

    /**
     * Fewest rows of a samples-form call (see {@link #samplesForm}); shorter one-input calls take the units form. With
     * d inputs the call's fixed costs (X^T's last block, the tiles' set-up, k (d + 2) lane sums) grow with k: in-JVM
     * steps, Zen 5, usual form's time over the samples form's: k = 2-4 at 16 rows 1.04-1.25x (d = 7, 12, 15); k = 7-8
     * at 32 rows 0.93-1.27x, at 40 1.04-1.28x (d = 3, 5, 8, 15); k = 10-15 at 48 rows 0.80-1.04x, at 64 1.07-1.41x
     * (d = 6, 10, 15), at 200 1.37-2.0x. Below 25 rows, d up to 4 take the columns form. At d = L the usual form has
     * the transposed forward, whose tiles of 8 units suit k = 8: k = 8 and 15 at 64 and 96 rows 0.91-0.98x, at 128
     * 1.17-1.21x, at 256 1.38-1.43x; k = 4 and 6 at 40 and 64 rows 1.24-1.30x. Past L inputs (the shapes
     * samplesShape takes) from 128 rows: there 0.95-1.84x, at 64 rows 0.80-1.43x (d = 17-64).
     */
    static int samplesMinRows(int d, int k, int lanes) {
        if (d == 1) return k < lanes ? 64 : 256;
        if (d > lanes) return 128;
        if (d == lanes) return k <= 6 ? 40 : 128;
        return k <= 4 ? (d <= COLUMNS_MAX_D ? COLUMNS_FEW_UNITS_MAX_ROWS + 1 : 16) : k <= 8 ? 40 : 64;
    }

    /**
     * Shapes that may take the units form: one input and one output, no identity mapping (which needs k = d = 1).
     */
    static boolean unitsShape(ModelSpec spec) {
        return spec.m() == 1 && spec.d() == 1 && !spec.identityMapping();
    }

    /**
     * Whether a call of {@code rows} rows takes the units form: the one-input shapes below the samples form's rows.
     * Vectors run over hidden units, rows inner: y by one fixed-order lane sum per row, then dW, db and dA of each
     * vector of units summed over the rows in registers (z recomputed), straight into the gradient, nothing packed.
     * The usual form packed W^T, ran a GEMM of one input and wrote dW one masked lane per unit: at k=4096 batch 1
     * a forwardBackward took 16 us (ScalarKernel 25-35).
     */
    static boolean unitsForm(int rows, VectorWorkspace w) {
        // unitsRows: 0 for other shapes, else just below the samples form's fewest rows
        return w.unitsRows > 0 && rows <= w.unitsRows;
    }

    /**
     * dW by vectors over the inputs straight into the gradient: with one full chunk of 4 vectors of inputs, or with
     * fewer than L hidden units and at least a vector of inputs, where dW^T's one vector of units is partly padding
     * (d=16 k=8 batch 32: 0.09 us against 0.13 for dW^T and its transposition; d=48: 0.24 against 0.50).
     */
    static boolean directWeightGrad(int d, int k, int lanes) {
        return d >= 4 * lanes || k < lanes && d >= lanes;
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
     * Whether a block of {@code rows} samples takes the dot form: the forward by dot products with W's rows
     * ({@link VectorBody#forwardZDot}) rather than packing W^T for the register-blocked GEMM, and dW row by row from
     * unpacked X with W's SGD step fused ({@link VectorBody#weightGradRows}). Packing touches all k*d weights once
     * with gathers; the dot form streams W once per row and pays a share of a register fold per hidden unit and row,
     * and the GEMM's 4 x 4 tiles reuse each loaded vector 4 times. Measured (512-bit, VectorPhaseTiming): one row at
     * d=256, k=1024 takes 11 us by dots against 125 us to pack and multiply; the two break even near 4-8 rows. With
     * the lane sums folded in registers (before: an L x L scratch and gathers) the dot form also wins at d = one
     * vector: a batch-1 step at d=16 k=64..4096 ran 1.8-3.1x the steps/s of the packed form. The choice depends on
     * the block shape only, so results stay independent of thread count (shards depend on rows).
     */
    static boolean dotForward(int rows, int d, int lanes) {
        return rows <= DOT_MAX_ROWS && d >= lanes;
    }

    /**
     * The dot form's calls with one output: they run as a few straight calls (forward with y, residuals, hidden
     * gradients with b's and A's step, dW with W's step), without the phases, chunks and padded copies of b and A.
     */
    static boolean dotOneOutput(ModelSpec spec, int rows, VectorWorkspace w) {
        return spec.m() == 1 && dotForward(rows, spec.d(), w.lanes);
    }

    /**
     * Shapes that may take the segment form: one output, no identity mapping (k = d would be below L), d from 2 to
     * L - 1 (rows of W padded to a power of two where d is not one: {@link #segmentStride}), so that a vector holds
     * one or more whole rows of W. The usual form packed W^T by gathers for each call
     * and ran a GEMM of d inputs, most of whose time at a few rows was the packing and the phases' set-up.
     */
    static boolean segmentShape(ModelSpec spec, int lanes) {
        int d = spec.d();
        return spec.m() == 1 && !spec.identityMapping() && d >= 2 && d < lanes && segmentStride(d) <= lanes;
    }

    /**
     * Floats between the segment form's rows of W: d rounded up to a power of two. For other d than that, each call
     * copies W into rows that far apart (zero past d), steps the copy and copies it back ({@link VectorBody#padRows}).
     * JMH, Zen 5, one fork each, usual form -> padded segments: d=3 k=1024 batch 1 4.48 -> 1.08 us (d=4: 0.52),
     * batch 8 5.86 -> 3.32; d=6 6.92 -> 1.99 (d=8: 0.89) and 8.50 -> 5.87; at 24 rows 0.93-1.07x (copies by expand
     * and compress, which the permutes beat at one row).
     */
    static int segmentStride(int d) {
        return d <= 1 ? d : Integer.highestOneBit(d - 1) << 1;
    }

    /**
     * Whether a call of {@code rows} rows takes the segment form ({@link VectorBody#forwardSegments},
     * {@link VectorBody#weightGradSegments}; by shape and rows only): a few straight calls as the dot form's, W read
     * as it is, its step fused into dW. Tiny blocks (see tinyBlock) still take the scalar loops.
     */
    static boolean segmentForm(int rows, VectorWorkspace w) {
        return w.segmentRows > 0 && rows <= w.segmentRows;
    }

    /**
     * Most rows of a segment-form call (see {@link #segmentForm}) with {@code k} hidden units: where the usual form
     * catches up. Each row pays the whole fold, while the usual form's packing is once a call. Zen 5 (512 bits), JMH
     * steps, usual form's time over the segment form's: d = 2, 4, 8 at k = 64 and 1024: batch 8 1.96-2.72, 16
     * 1.41-1.67, 24 1.11-1.50, 32 0.95-1.10, 48 0.82-0.95; at k = 8 (half the lanes pad): d = 8 batch 3 1.37, 5 1.11,
     * 8 0.92, d = 4 batch 5 0.99, 8 0.85 (smaller blocks take the scalar loops). Rows padded to a whole vector (d = 9
     * to 15 at 16 lanes: a fold of 16 vectors) catch up sooner: d = 10, 12, 15 at k = 64 and 1024, batch 8
     * 0.92-1.77, 16 0.64-1.04, 24 0.54-0.93. Shapes of the columns form (d up to {@link #COLUMNS_MAX_D}) take it
     * sooner: segment form's time over the columns form's at k = 64 and 1024, d = 2 and 4: batch 3 0.57-0.86,
     * 6 0.72-1.07, 8 1.00-1.38, 12 1.24-1.50; d = 3 (rows padded) batch 3 0.86-1.17, 6 1.06-1.19; at k = 8 from
     * 2 rows (d = 2 to 4, batch 2-6: 1.5-3.3x, with the scalar loops' blocks also to the columns form).
     */
    static int segmentMaxRows(int d, int k, int lanes) {
        if (d <= COLUMNS_MAX_D) return k < lanes ? 1 : d == segmentStride(d) ? 6 : 4; // then the columns form
        return k < lanes ? 6 : segmentStride(d) == lanes ? 8 : 24;
    }

    /**
     * Shapes that may take the columns form: one output, no identity mapping, d from 2 to {@link #COLUMNS_MAX_D}
     * (the transposed forward's shapes aside: at 128 bits, k < L = d = 4). The units form's loops (vectors over
     * hidden units, rows inner, z recomputed in the backward pass, dW, db and dA summed in registers) with one FMA
     * a row per input and W's columns taken apart by permutes. The usual form's phases (Z and G through memory, a
     * GEMM of d inputs for dW, its set-up) cost several times the arithmetic at such d: JMH, Zen 5, usual form ->
     * columns form, d = 2, 3, 4: k = 64 batch 256 1.18-1.58x, 4096 1.15-1.53x; k = 1024 batch 256 1.62-2.35x, 4096
     * 1.66-2.20x. Its calls run on one thread (ParallelKernel cuts big ones into row shards).
     */
    static boolean columnsShape(ModelSpec spec, int lanes) {
        int d = spec.d();
        return spec.m() == 1 && !spec.identityMapping() && d >= 2 && d <= COLUMNS_MAX_D
                && !transposedShape(spec, lanes);
    }

    /**
     * Most inputs of a columns-form shape (see {@link #columnsShape}): inputs 2 and 3 are written out (a loop over
     * the inputs, as C2 compiles a loop of a few turns, took twice the time of the rest of the pass).
     */
    static final int COLUMNS_MAX_D = 4;

    /**
     * Most rows of a columns-form call with fewer hidden units than lanes (half the lanes or more pad): the usual
     * form caught up by 32 rows, and ran 1.33x as fast at d=4 batch 256-4096 (k=8; d = 2, 3 0.94-1.16x). With L
     * units or more the columns form takes any number of rows.
     */
    static final int COLUMNS_FEW_UNITS_MAX_ROWS = 24;

    /**
     * Whether a call of {@code rows} rows takes the columns form (by shape and rows only): calls of a columns-form
     * shape that the segment form (a few rows) and the scalar loops (one row of k < L) do not take; with k < L up
     * to {@link #COLUMNS_FEW_UNITS_MAX_ROWS} rows.
     */
    static boolean columnsForm(int rows, VectorWorkspace w) {
        return w.columnsRows > 0 && rows <= w.columnsRows;
    }

    /** Most rows of the columns form for {@code maxRows} (see {@link #columnsForm}). */
    static int columnsMaxRows(int k, int lanes, int maxRows) {
        return k < lanes ? Math.min(maxRows, COLUMNS_FEW_UNITS_MAX_ROWS) : maxRows;
    }

    /**
     * Shapes that may take the transposed forward ({@link VectorBody#forwardTransposed}): one output, fewer hidden
     * units than lanes (the usual form pads Z's rows to L units) and one to 4 vectors of inputs. Samples then fill the
     * lanes, W is read as it is, and y needs no lane sums; Z is transposed into the usual rows for the backward pass.
     * Identity mapping needs k = d, which these shapes never have. Longer rows are not: X's transposition costs as
     * much as k FMAs per input, and steps ran 0.86-1.08x as fast at d = 256 and 1024 (0.86x and 0.94x at d = 1024)
     * against 1.09-1.23x at d = 16 and 64 (k = 8, batch 8 to 4096; JMH, Xeon, 512 bits).
     */
    static boolean transposedShape(ModelSpec spec, int lanes) {
        return spec.m() == 1 && spec.k() < lanes && spec.d() >= lanes && spec.d() <= 4 * lanes
                && !spec.identityMapping();
    }

    /**
     * Whether a call of {@code rows} rows takes the transposed forward (by shape and rows only; the same bits as the
     * usual form's Z and y either way): calls past the dot form's few rows.
     */
    static boolean transposedForward(int rows, VectorWorkspace w) {
        return w.transposed && rows > DOT_MAX_ROWS;
    }

    /**
     * Floats between W's rows in the dot tiles' copy of W: d rounded up to whole vectors of 16 (so that each row starts
     * on a 64-byte line; nothing reads the padding), or one 64-byte line more when rows that far apart would lie a
     * multiple of 4 KiB apart. Then all 8 units' vectors of a tile's step (and X's two, for d % 1024 == 0 also
     * 4 KiB apart) fall into one set of the 8-way L1, and how often they evict each other depends on where the JVM
     * put the arrays: d=1024 k=8 batch 32's forward tiles took 5.6-7.2 us by JVM, 5.4-5.5 with the line more (in-JVM,
     * Zen 4; d=2048 12.7 -> 12.1 us; d=256, 512, 768: the same). Not for other d: at d=1008 one line more puts the
     * rows 4 KiB apart (5.25 -> 5.48 us).
     */
    static int dotTilesStride(int d) {
        int whole = (d + 15) & -16; // every row starts on a line, as at d % 16 == 0
        return whole % 1024 == 0 ? whole + 16 : whole;
    }

    /**
     * Shapes whose Z runs by dot tiles of two rows and 8 units ({@link VectorBody#forwardZDotTiles}), W read as it is:
     * at most 8 hidden units at 16 lanes (the usual form's rows would be half padding) and more than 4 vectors of
     * inputs, the last maybe partial (fewer, with one output, take the transposed forward). Each X and W vector feeds
     * FMAs without a permute or broadcast; Z by pairs of rows in one vector, before, spent a permute per FMA and ran
     * at half the FMA rate, and
     * packing W^T twice took 15% of d=1024 k=8 batch 32's step (Zen 4). The sums run by lanes, so these shapes' Z is
     * not the usual form's bit for bit (it is for any split of the rows). Their dW reads X as it is
     * ({@link VectorBody#weightGradUnpacked}), so X is not packed: at d=256 k=8 batch 32 the copy took 620 ns of a
     * 4.1 us step, and steps ran 1.06-1.21x as fast without it (JMH, Xeon).
     */
    static boolean dotTilesShape(ModelSpec spec, int lanes) {
        return lanes == 16 && spec.k() <= 8 && spec.d() > 4 * lanes && !spec.identityMapping();
    }

    /** Parameters from which the step after the backward pass is split over a call's parts (see forwardBackward). */
    static final int UPDATE_SPLIT_MIN = 1 << 15;

    /** Blocks of at most this many rows may use the dot-product forward (see {@link #dotForward}). */
    static final int DOT_MAX_ROWS = 4;

    /** W^T (+ I) into the packed workspace panels; pads are written as zeros. */
    void packWeights(ModelSpec spec, float[] params, VectorWorkspace w) {
        Step st = w.step;
        st.set(spec, params, null, 0, 0, 0, null, false);
        st.pack(0, w.kp);
        st.clear();
        w.packedValid = false;
    }

    /** Where W^T(p, j) sits in the packed panel layout of {@link VectorBody#packTransposed}. */
    static int packedIndex(int p, int j, int d, int kp, int lanes) {
        int j0 = j - j % (4 * lanes), width = Math.min(4 * lanes, kp - j0);
        return j0 * d + p * width + (j - j0);
    }

    /**
     * Where Z(i, j) of a chunk of {@code rows} rows sits as the GEMM form's forwardZ writes it: panels of 4 vectors of
     * hidden units (the last one narrower), each rows x its width. Split by panels, each part then writes its own
     * stretch of Z: in rows kp floats apart, two threads' columns shared cache lines at every row and Z's tiles ran
     * 15-20% slower on two threads than alone.
     */
    static int zIndex(int i, int j, int rows, int kp, int lanes) {
        int j0 = j - j % (4 * lanes), width = Math.min(4 * lanes, kp - j0);
        return j0 * rows + i * width + (j - j0);
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
