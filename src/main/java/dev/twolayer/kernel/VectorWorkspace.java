package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;

/**
 * Scratch memory of {@link VectorKernel}: packed parameters and per-sample buffers, hidden units padded with zeros to
 * a multiple of the lane count so the vector loops need no tails over k.
 */
final class VectorWorkspace implements Kernel.Workspace {
    /**
     * Bytes of per-row buffers (X, its packed copy, Z and G) one chunk of a batch may fill: a call runs its rows in
     * chunks this size so that they stay in the core's L2 between the passes (1 MiB: half of a 2 MiB L2; Zen 4 has
     * 1 MiB). With few inputs the passes over Z and G are memory-bound: on the 2-core Xeon chunking made the d=1 k=4096
     * batch-4096 step 3.3x faster and d=16 k=4096 2.9x. System property {@code twolayer.vector.chunkBytes} overrides
     * it (for tuning on other CPUs).
     */
    static final int CHUNK_BYTES = Integer.getInteger("twolayer.vector.chunkBytes", 1 << 20);
    /**
     * Bytes of a chunk's per-row buffers in the samples form with d inputs (X^T, Z^T, y and e): about L1's size, as
     * each of its passes reads them again. In-JVM steps at 4096 rows, Zen 5 (48 KiB L1), chunks of 512 rows against
     * one of 4096: d=16 k=8 1.17x, d=10 k=10 1.04x, d=6 k=10 1.05x; of 128 rows 0.86-0.98x, of 1024 1.01-1.06x.
     */
    static final int SAMPLES_D_CHUNK_BYTES = 1 << 16;
    /** Fewest rows per chunk, whatever the budget. */
    static final int MIN_CHUNK_ROWS = 32;
    /**
     * Where packed W^T and packed X start in their arrays, in floats: the first 64-byte boundary of an array's data
     * when the JVM places every object on one ({@code -XX:ObjectAlignmentInBytes=64}), else 0. Java puts a float[]'s
     * data at any multiple of 8 bytes, and a 512-bit load from data off a 64-byte boundary spans two cache lines: on
     * the Xeon dW ran about 15% faster and Z 5-8% with their arrays aligned (results/intel-xeon-2c/ab-20261203-zpanels).
     */
    static final int ALIGN = alignFloats();

    final int d, k, m, lanes, maxRows;
    /** Rows per chunk of a call: per-row buffers hold this many rows. */
    final int chunkRows;
    /** k rounded up to a multiple of the lane count. */
    final int kp;
    /** L x L floats, for fixed-order horizontal sums (part 0's; see VectorKernel.Step). */
    final float[] laneSum;
    /** W^T packed d x kp (plus I with identity mapping). */
    final float[] wt;
    /** dW^T d x kp when dW is computed by vectors over hidden units (not VectorKernel#directWeightGrad), else empty. */
    final float[] dwt;
    /** Sums of dLoss/dy over the rows so far, one per output (dc, carried across chunks). */
    final double[] dcSum;
    /** The residuals' sums by lanes ({@link VectorBody#residualLanes}): r^2, then dLoss/dy. */
    final double[] residualLanes;
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
    /** Pre-activations Z (chunkRows x kp). */
    final float[] z;
    /** Hidden gradients G (chunkRows x kp), in panels of one vector of hidden units (see {@link VectorBody}). */
    final float[] gp;
    /**
     * The units whose W rows a one-row step moves (their g not +-0), listed by the body before the step: one range per
     * part of the units (nothing is written past a part's end). A vector of slack: the last, masked store of a list
     * then lies wholly within the array, where the Vector API needs no bounds test lane by lane.
     */
    final int[] units;
    /** Packed chunks of X for dW (chunkRows x d). */
    final float[] xp;
    /** Outputs y (chunkRows x m). */
    final float[] y;
    /** dLoss/dy (chunkRows x m). */
    final float[] e;
    /**
     * Gather offsets {@code l * d} of W's rows, one per lane; then the same for the last, partial vector of hidden
     * units, with the lanes past k at 0 (the Vector API checks every lane's index, masked or not).
     */
    final int[] rowStarts;
    /** Gradient accumulators for A (m x kp) and b (kp). */
    final float[] dap, dbp;
    /**
     * A last, partial vector of sums stored whole, its lanes then copied ({@link VectorBody#TAIL_SCRATCH_FLOATS}): the
     * backward passes' units past k, the samples form's samples past n (only the part that holds the last block).
     */
    final float[] tail = new float[VectorBody.TAIL_SCRATCH_FLOATS];
    /**
     * Rows per chunk in the samples form (a multiple of L; see {@link VectorKernel#samplesForm}), or 0 when this
     * shape never takes it.
     */
    final int samplesRows;
    /**
     * The samples form's x of a chunk, zero past its last sample up to a whole block; with d inputs X^T from
     * {@link #ALIGN}, input p's row {@code p * samplesRows} further; else empty.
     */
    final float[] samplesX;
    /**
     * The samples form's lane partial sums: with one input dA, db and dW, 3 x kp vectors of L; with d inputs those of
     * {@link VectorBody#samplesGradD} ({@link VectorBody#samplesAccFloats}); else empty.
     */
    final float[] samplesAcc;
    /** With d inputs: the samples form's Z^T (then G^T) from {@link #ALIGN}, k rows samplesRows apart; else empty. */
    final float[] samplesZ;
    /** With d inputs: the totals of samplesAcc's vectors; else empty. */
    final float[] samplesSums;
    /** Whether this shape's calls past a few rows take the transposed forward (see VectorKernel#transposedForward). */
    final boolean transposed;
    /** Whether this shape's Z is computed by dot tiles from W as it is (see VectorKernel#dotTilesShape). */
    final boolean dotTiles;
    /** Most rows a call in the units form may have (see {@link VectorKernel#unitsForm}), or 0 when never. */
    final int unitsRows;
    /** Most rows a call in the segment form may have (see {@link VectorKernel#segmentForm}), or 0 when never. */
    final int segmentRows;
    /** The segment form's scratch ({@link VectorBody#segmentScratchFloats}); else empty. */
    final float[] segment;
    /** The segment form's rows of W: {@link VectorKernel#segmentStride} floats apart (0 for other shapes). */
    final int segmentStride;
    /**
     * The segment form's padded copies of W and dW (k rows of segmentStride floats, and a vector), when d is not a
     * power of two; else empty.
     */
    final float[] paddedW, paddedGrad;
    /** Most rows a call in the columns form may have (see {@link VectorKernel#columnsForm}), or 0 when never. */
    final int columnsRows;
    /** The columns form's scratch ({@link VectorBody#COLUMNS_SCRATCH_FLOATS}); else empty. */
    final float[] columns;
    /** The call in flight: its arguments and phases (reused, so a call allocates nothing). */
    final VectorKernel.Step step;
    /** ScalarKernel's workspace for tiny blocks (see {@link VectorKernel#tinyBlock}), when k < lanes; else null. */
    final Kernel.Workspace tiny;

    VectorWorkspace(ModelSpec spec, int maxRows, int lanes, VectorBody body) {
        this(spec, maxRows, lanes, body, 0, true, true);
    }

    /**
     * {@code chunkRows} > 0 overrides the default (tests cut small batches into chunks); without {@code tinyPath},
     * tiny blocks take the vector loops too, and without {@code samplesPath} no call takes the samples, units, segment,
     * columns, transposed or dot-tile form (tests).
     */
    VectorWorkspace(ModelSpec spec, int maxRows, int lanes, VectorBody body, int chunkRows, boolean tinyPath,
                    boolean samplesPath) {
        if (maxRows < 1) throw new IllegalArgumentException("workspace needs maxRows >= 1, got " + maxRows);
        this.d = spec.d();
        this.k = spec.k();
        this.m = spec.m();
        this.lanes = lanes;
        this.maxRows = maxRows;
        this.kp = (k + lanes - 1) / lanes * lanes;
        this.dotTiles = samplesPath && VectorKernel.dotTilesShape(spec, lanes);
        this.chunkRows = Math.min(maxRows, chunkRows > 0 ? chunkRows
                : dotTiles ? dotTilesChunkRows(d, kp) : defaultChunkRows(d, kp));
        // the dot form's calls (at most DOT_MAX_ROWS rows) with one output run as one block whatever the chunk size
        this.segmentRows = samplesPath && VectorKernel.segmentShape(spec, lanes)
                ? Math.min(maxRows, VectorKernel.segmentMaxRows(d, k, lanes)) : 0;
        segment = new float[segmentRows == 0 ? 0 : VectorBody.segmentScratchFloats(segmentRows, lanes)];
        segmentStride = segmentRows == 0 ? 0 : VectorKernel.segmentStride(d);
        int padded = segmentRows == 0 || segmentStride == d ? 0 : k * segmentStride + lanes;
        paddedW = new float[padded];
        paddedGrad = new float[padded];
        // so do the segment form's (at most segmentRows)
        int blockRows = Math.max(Math.max(this.chunkRows, Math.min(maxRows, VectorKernel.DOT_MAX_ROWS)), segmentRows);
        long zSize = (long) blockRows * kp;
        if (zSize > Integer.MAX_VALUE - 16)
            throw new IllegalArgumentException("workspace too large: " + blockRows + " rows x padded k " + kp);
        this.laneSum = new float[lanes * lanes * (m >= 4 ? 4 : 1)]; // four outputs' blocks (blockOutputs4)
        // W^T packed, or the dot tiles' copy of W (k rows dotTilesStride apart)
        wt = new float[ALIGN + Math.max(d * kp, dotTiles ? k * VectorKernel.dotTilesStride(d) : 0)];
        dwt = new float[VectorKernel.directWeightGrad(d, k, lanes) ? 0 : d * kp];
        dcSum = new double[m];
        residualLanes = new double[2 * lanes];
        packedW = new float[k * d];
        bp = new float[kp];
        ap = new float[m * kp];
        z = new float[(int) zSize];
        gp = new float[(int) zSize];
        units = new int[kp + lanes];
        if ((long) this.chunkRows * d > Integer.MAX_VALUE - 16)
            throw new IllegalArgumentException("workspace too large: " + this.chunkRows + " rows x d " + d);
        xp = new float[ALIGN + this.chunkRows * d];
        this.samplesRows = samplesPath && VectorKernel.samplesShape(spec, lanes)
                ? samplesChunkRows(maxRows, chunkRows, lanes, d == 1 ? 3 : d + k + 2,
                d == 1 ? CHUNK_BYTES : SAMPLES_D_CHUNK_BYTES) : 0;
        boolean samplesD = samplesRows > 0 && d > 1;
        int accVectors = k * (d + 2);
        samplesX = new float[samplesD ? ALIGN + d * samplesRows : samplesRows];
        samplesAcc = new float[samplesRows == 0 ? 0 : samplesD ? ALIGN + VectorBody.samplesAccFloats(accVectors, lanes)
                : 3 * kp * lanes];
        samplesZ = new float[samplesD ? ALIGN + k * samplesRows : 0];
        samplesSums = new float[samplesD ? VectorBody.samplesAccFloats(accVectors, lanes) / lanes : 0];
        this.unitsRows = samplesPath && VectorKernel.unitsShape(spec)
                ? Math.min(maxRows, VectorKernel.samplesMinRows(1, k, lanes) - 1) : 0;
        this.transposed = samplesPath && VectorKernel.transposedShape(spec, lanes);
        this.columnsRows = samplesPath && VectorKernel.columnsShape(spec, lanes)
                ? VectorKernel.columnsMaxRows(k, lanes, maxRows) : 0;
        columns = new float[columnsRows == 0 ? 0 : VectorBody.COLUMNS_SCRATCH_FLOATS];
        int rowBuffer = Math.max(Math.max(Math.max(blockRows, samplesRows), unitsRows), columnsRows);
        y = new float[rowBuffer * m];
        e = new float[rowBuffer * m];
        dap = new float[m * kp];
        dbp = new float[kp];
        rowStarts = new int[2 * lanes];
        for (int l = 0; l < lanes; l++) {
            rowStarts[l] = l * d;
            rowStarts[lanes + l] = l < k % lanes ? l * d : 0; // the last units' gather: lanes past k read W[0]
        }
        step = new VectorKernel.Step(body, this);
        tiny = tinyPath && k < lanes ? VectorKernel.TINY.newWorkspace(spec, Math.min(maxRows, lanes)) : null;
    }

    @Override public int maxRows() { return maxRows; }

    /**
     * {@link #ALIGN}: with objects on 64-byte boundaries, a float[]'s data starts one array header (16 bytes, or 12
     * with compact object headers) past a boundary. The flags are read through the HotSpot diagnostic bean; without
     * it (another JVM, or no jdk.management module) nothing is aligned.
     */
    private static int alignFloats() {
        try {
            var bean = java.lang.management.ManagementFactory.getPlatformMXBean(
                    com.sun.management.HotSpotDiagnosticMXBean.class);
            if (Integer.parseInt(bean.getVMOption("ObjectAlignmentInBytes").getValue()) < 64) return 0;
            boolean compact = Boolean.parseBoolean(bean.getVMOption("UseCompactObjectHeaders").getValue());
            return (64 - (compact ? 12 : 16)) / 4;
        } catch (RuntimeException | LinkageError e) {
            return 0;
        }
    }

    /**
     * Chunk rows of the samples form: its per-row buffers ({@code rowFloats} floats a row: x, y and e; with d inputs
     * also Z^T) fill {@code bytes}, in whole blocks of L samples, and never more blocks than maxRows needs.
     * {@code chunkRows} > 0 (tests) sets it, rounded up to a block.
     */
    static int samplesChunkRows(int maxRows, int chunkRows, int lanes, int rowFloats, int bytes) {
        long blocks = chunkRows > 0 ? (chunkRows + lanes - 1L) / lanes
                : Math.max(1L, bytes / (4L * rowFloats * lanes));
        return (int) (Math.min(blocks, (maxRows + lanes - 1L) / lanes) * lanes);
    }

    /**
     * Rows whose X, packed X, Z and G fill {@link #CHUNK_BYTES}, but at least d (and {@link #MIN_CHUNK_ROWS}). Every
     * chunk re-reads W^T and reads and writes dW (12 k d bytes, from L3 once they outgrow L2) for 4 R d k FLOPs; with
     * R >= d that is >= d/3 FLOP a byte, as dense as the passes over a row's Z and G (d/5), which then need not fit L2.
     * d=1024 k=1024 batch 4096: R = 64 ran 7.6 steps/s, R = 1024 8.8.
     */
    static int defaultChunkRows(int d, int kp) {
        return Math.max(d, budgetRows(d, kp));
    }

    /**
     * {@link #defaultChunkRows} for the dot tiles' shapes (VectorKernel#dotTilesShape), without the floor of d rows:
     * they read W from a copy made once a call and their dW is at most 8 rows, so a chunk costs little more than its
     * own rows, and X's rows (read as they are by the forward tiles and again by dW) then stay in L2 between the two
     * passes. d=1024 k=8 batch 4096 in chunks of 1024 rows (4 MiB of X) ran at 38% of peak, against 73% at batch
     * 256; in chunks of 126 rows 1.32x as fast.
     */
    static int dotTilesChunkRows(int d, int kp) {
        return budgetRows(d, kp);
    }

    /** Rows whose X, packed X, Z and G fill {@link #CHUNK_BYTES}, at least {@link #MIN_CHUNK_ROWS}. */
    private static int budgetRows(int d, int kp) {
        long perRow = 4L * (2L * d + 2L * kp);
        return (int) Math.max(MIN_CHUNK_ROWS, CHUNK_BYTES / perRow);
    }
}
