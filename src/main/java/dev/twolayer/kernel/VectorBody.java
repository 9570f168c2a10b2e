package dev.twolayer.kernel;

/**
 * The vector loops of {@link VectorKernel} for one fixed species. Subclasses differ only in a {@code static final}
 * species (the JIT intrinsifies Vector API calls only when the species is a constant), and are generated from
 * {@link VectorBody512} by {@code src/main/sh/gen-vector-bodies.sh}.
 *
 * <p>Layouts (packed W^T and packed X start at {@code wtOff} and {@code xpOff} of their arrays: see
 * {@link VectorWorkspace#ALIGN}): x rows of length d starting at {@code xOff}; Z (a chunk's rows x kp) in panels of
 * 4 vectors of hidden units as {@link #forwardZ} writes it (see {@link VectorKernel#zIndex}), or in rows (kp floats
 * apart) as {@link #forwardZDot} writes it: methods that read Z take its panel width {@code zp} (4L, or kp for rows)
 * and its rows {@code zRows}; dW^T d x kp; A packed m x kp. W^T is packed in panels of 4 vectors of hidden units:
 * the panel starting at unit {@code j0} (a multiple of 4L) holds d rows of width {@code w = min(4L, kp - j0)} at
 * offset {@code j0 * d}, so W^T(p, j) is at {@code j0 * d + p * w + (j - j0)}. G is stored in panels of one vector
 * of hidden units: G(i, j) at {@code (j - j % L) * rows + i * L + j % L}. All padded columns of W^T, b and A are
 * zero, so padded columns of Z, H and G are zero too.
 */
abstract class VectorBody {

    /** Lane count of the species. */
    abstract int lanes();

    /** Floats of weightGradDirect's scratch tile: 6 hidden units by 4 vectors of the widest species. */
    static final int TILE_FLOATS = 6 * 4 * 16;
    /** Rows per block of weightGradDirect's tiles: packed X's 4 vectors a row, 32 KiB at 512 bits, stay in L1. */
    static final int DW_ROWS = 128;
    /** Hidden units per block of weightGradDirect's row blocks: their partial dW (32 KiB) waits in the scratch. */
    static final int DW_UNITS = 128;
    /** Floats of weightGradDirect's scratch: the tile, then the partial dW of a block of units (4 vectors each). */
    static final int DW_SCRATCH_FLOATS = TILE_FLOATS + DW_UNITS * 4 * 16;
    /** Floats of weightGradUnpacked's scratch: from {@link VectorWorkspace#ALIGN}, one tile of 8 units x 2 vectors. */
    static final int UNPACKED_SCRATCH_FLOATS = VectorWorkspace.ALIGN + 8 * 2 * 16;

    /**
     * W^T (d x kp in panels of 4 vectors, pads zero) from W (k x d at offset 0 of {@code w});
     * {@code rowStarts[l] = l * d} for the lanes, and {@code rowStarts[L + l]} the same for lanes l < k % L, else 0.
     * Only hidden units [j1, j2) (multiples of L, or kp).
     */
    abstract void packTransposed(float[] w, int k, int d, int kp, int[] rowStarts, float[] wt, int wtOff, int j1,
                                 int j2);

    /** grad[off + j*d + p] = dwt[p*kp + j] for j in [j1, min(j2, k)). */
    abstract void unpackTransposed(float[] dwt, int d, int k, int kp, float[] grad, int off, int j1, int j2);

    /**
     * Z = X W^T + b for samples [i0, i0 + rows) of the block whose sample 0 starts at {@code xOff}, hidden units
     * [j1, j2) (multiples of 4L, or kp: whole panels of the packed W^T), into Z's panels of 4L units for a block of
     * {@code chunkRows} samples (each part's units then own whole cache lines when parts split Z by panels). With
     * kp >= 4L and d >= 4L, {@code xp} must hold those samples as {@link #packX} packs a block of {@code chunkRows}
     * samples.
     */
    abstract void forwardZ(float[] x, int xOff, float[] xp, int xpOff, int chunkRows, int i0, int rows, int j1, int j2,
                           int d, int kp, float[] wt, int wtOff, float[] bp, float[] z);

    /**
     * y[i] = yInit + relu(z_i) . a for samples [i0, i0 + n): one output ({@code lanes}: L x L floats of scratch). The
     * lanes of each row are summed in order; with k <= L/2 only the first L/2 (the rest are pads, which add +0).
     */
    abstract void output1(float[] z, int zRows, int zp, int i0, int n, int kp, int k, float[] ap, float yInit,
                          float slope, float[] y, float[] lanes);

    /**
     * {@link #output1} for d = 1 (x one value per sample, W^T one row: {@code wt[j]}), bitwise the same y: blocks of
     * L samples take vectors over samples (z recomputed from x with the FMA forwardZ uses, the sum over hidden units
     * in output1's order), so no sample needs a lane sum; leftover samples go through output1.
     */
    abstract void output1D1(float[] x, int xOff, float[] z, int zRows, int zp, int i0, int n, int kp, int k,
                            float[] wt, int wtOff, float[] bp, float[] ap, float yInit, float slope, float[] y,
                            float[] lanes);

    /**
     * As {@link #forwardZ} but straight from W (k x d at offset 0 of {@code w}, no packing) by dot products along the
     * inputs, plus x itself when {@code identity}; pads of each Z row are written as zeros. For blocks of a few rows,
     * where packing W^T would cost more than the product itself. b and (with {@code fuseY}) a are read from the
     * parameters {@code w} at offB (< 0: no hidden bias) and offA; with {@code fuseY}, y[i] = yInit + relu(z_i) . a
     * (one output), the lanes summed in a fixed order. {@code align}: an index of w that starts a vector-aligned line
     * ({@link VectorWorkspace#ALIGN}; any value gives the same bits, the right one the speed).
     */
    abstract void forwardZDot(float[] w, int k, float[] x, int xOff, int rows, int d, int kp, int offB,
                              boolean identity, float[] z, boolean fuseY, int offA, float yInit, float slope,
                              float[] y, int align);

    /**
     * Z's rows [i0, i0 + rows) (x from xOff, d apart) for k <= 8 at 16 lanes (kp = L) by tiles of two rows and 8
     * units: lane-wise dot products of X's rows with W's (k rows of d from offW, ws apart), folded into sums, plus b
     * (bp, padded). Rows of L floats from z[i0 L], units past k and padding zero. Not the bits of {@link #forwardZ}
     * (the sums run by lanes), but the same for any split of the rows.
     */
    abstract void forwardZDotTiles(float[] x, int xOff, int i0, int rows, int d, float[] w, int offW, int ws, int k,
                                   float[] bp, float[] z);

    /**
     * The transposed forward for one output and fewer hidden units than lanes (kp = L, so Z's rows are part padding),
     * d >= L: rows [i0, i0 + n) of the chunk whose row 0 starts at {@code xOff}, in blocks of 2L rows, samples in
     * lanes. Each block's X is transposed into {@code scratch} ({@link #transposedScratchFloats}), then Z^T = W X^T + b
     * by broadcasts of W's weights (W k x d at offset 0 of {@code w}, b at {@code offB}, < 0: none), y = yInit +
     * relu(Z^T) a by vectors over the samples, and, when {@code z} is not null, Z transposed into its rows of kp = L
     * floats. Z and y are bitwise those of {@link #forwardZ} and {@link #output1}: each z is b then one FMA chain over
     * the inputs in order, and each y the products relu(z_j) a_j added in unit order from 0, then yInit.
     */
    abstract void forwardTransposed(float[] x, int xOff, int i0, int n, int d, float[] w, int k, int offB, int offA,
                                    float yInit, float slope, float[] y, float[] z, float[] scratch);

    /** Floats of {@link #forwardTransposed}'s scratch: a block's X^T (d x 2L) and Z^T (k rounded up to 8, x 2L). */
    static int transposedScratchFloats(int d, int k, int lanes) {
        return (d + (k + 7) / 8 * 8) * 2 * lanes;
    }

    /** y[i*m+o] = c_o + relu(z_i) . a_o for i in [i0, i0 + rows), m outputs ({@code cOff < 0}: no output bias). */
    abstract void outputs(float[] z, int zRows, int zp, int i0, int rows, int kp, int m, float[] ap, float[] params,
                          int cOff, float slope, float[] y, float[] lanes);

    /**
     * Hidden-layer gradients from dLoss/dy {@code e} (rows x m): dA (when {@code trainA}) into dap, G = (E A) masked
     * by relu' into {@code gp} (panels of one vector of hidden units), db = column sums of G into dbp; hidden units
     * [j1, j2) only (multiples of L, or kp). With {@code acc}, dA and db are added to what dap and dbp hold (the
     * earlier chunks of the batch), continuing the same sums.
     */
    abstract void hiddenGrad(float[] z, int zp, int rows, int kp, int m, float[] e, float[] ap, float slope,
                             boolean trainA, float[] dap, float[] dbp, float[] gp, int j1, int j2, boolean acc);

    /**
     * {@link #hiddenGrad} for the dot form's calls with one output, A and b read straight from the parameters
     * {@code w} (at offA; at offB, < 0: no hidden bias), all hidden units: G into {@code gp}, dA (zero unless
     * {@code trainA}) and db into {@code grad} (null: not stored), the same operations as hiddenGrad. With {@code upd}
     * non-null, also the SGD step {@code upd[i] -= lr * grad[i]} on A (when trained) and b. {@code tail}:
     * {@link #TAIL_SCRATCH_FLOATS} floats.
     */
    abstract void hiddenGradDot(float[] z, int rows, int kp, int k, float[] e, float[] w, int offB, int offA,
                                float slope, boolean trainA, float[] grad, float[] upd, float lr, float[] gp,
                                float[] tail);

    /**
     * Floats of the scratch where a pass stores sums of a last, partial vector (of hidden units, or of samples) whole
     * (3 vectors of the widest species), to copy the lanes that exist: sums carried round a loop and live across a
     * masked store were boxed on every turn in some JVMs (the columns form's, whose comment says how; that form uses
     * its own scratch, {@link #COLUMNS_SCRATCH_FLOATS}).
     */
    static final int TAIL_SCRATCH_FLOATS = 3 * 16;

    /**
     * Columns [j1, j2) (multiples of L, or kp) of dW^T = X^T G (d x kp) into {@code dwt} (added to it with
     * {@code acc}), G as hiddenGrad wrote it.
     */
    abstract void weightGrad(float[] x, int xOff, int rows, int d, float[] gp, int kp, float[] dwt, int j1, int j2,
                             boolean acc);

    /**
     * dW = G^T X (k x d) straight into {@code grad[offW ..]}, vectors over the inputs (used when d >= 4 lanes; the
     * last partial vector of each row is masked), rows [j1, min(j2, k)) only (j1 a multiple of L). G in panels as
     * {@link #hiddenGrad} writes it; X packed by {@link #packX} into {@code xp}. Added to what grad holds with
     * {@code acc}. With {@code upd} (the call's last chunk of an SGD step) W's step {@code upd[i] -= lr * dW[i]} is
     * taken from each finished tile of dW while L1 holds it; without {@code keep} the tiles' dW then goes to
     * {@code tile}, not the gradient. {@code tile}: scratch of {@link #DW_SCRATCH_FLOATS} floats, the calling
     * thread's own.
     */
    abstract void weightGradDirect(float[] x, int xOff, int rows, int d, float[] gp, int k, float[] xp, int xpOff,
                                   float[] grad, int offW, int j1, int j2, boolean acc, float[] upd, boolean keep,
                                   float lr, float[] tile);

    /**
     * {@link #weightGradDirect} from X as it is (no packed copy), by tiles of one or two vectors of inputs (8 units,
     * then 4, then 1): the same sums and the same step, bitwise. For a few hidden units (k <= L/2), where packing X
     * cost about as much as dW itself. {@code tile}: scratch of {@link #UNPACKED_SCRATCH_FLOATS} floats, the calling
     * part's own.
     */
    abstract void weightGradUnpacked(float[] x, int xOff, int rows, int d, float[] gp, int k, float[] grad, int offW,
                                     int j1, int j2, boolean acc, float[] upd, boolean keep, float lr, float[] tile);

    /**
     * dW = G^T X for a call of a few rows (the dot form's: d >= L), straight into {@code grad[offW ..]}: rows [j1,
     * min(j2, k)) of dW, each summed over the rows as {@link #weightGradDirect} sums it (bitwise the same; added to
     * what grad holds with {@code acc}), G in its panels, X unpacked. With {@code upd} non-null, also the SGD step
     * {@code upd[i] -= lr * grad[i]} on those rows of W (only on a call's last chunk); then {@code keep} false skips
     * storing dW (the caller does not need it: see {@link Kernel#sgdStep(dev.twolayer.model.ModelSpec, float[],
     * float[], float[], float[], int, int, double, float, float[], boolean, Kernel.Workspace)}). {@code align}: an
     * index of grad and upd that starts a vector-aligned line ({@link VectorWorkspace#ALIGN}; any value gives the same
     * bits, the right one the speed). {@code units}: scratch of k ints (see {@link VectorWorkspace#units}), or null:
     * then the step takes no list of units to move (VectorKernel#skipList).
     */
    abstract void weightGradRows(float[] x, int xOff, int rows, int d, float[] gp, int k, float[] grad, int offW,
                                 int j1, int j2, boolean acc, float[] upd, boolean keep, float lr, int align,
                                 int[] units);

    /**
     * The units form of the forward pass (one input, one output, a few rows; see VectorKernel#unitsForm): y[i] =
     * c + sum_j a_j relu(w_j x_i + b_j) for rows [0, rows) of x from {@code xOff}, vectors over hidden units (the last
     * one masked), each row's lanes summed in a fixed order. W (k x 1) at offset 0 of {@code w}, b at {@code offB}
     * (< 0: none), a at {@code offA}.
     */
    abstract void unitsOutput(float[] x, int xOff, int rows, float[] w, int k, int offB, int offA, float c,
                              float slope, float[] y);

    /**
     * The units form of the backward pass: dW, db and dA (zero unless {@code trainA}) of every hidden unit, summed over
     * the rows given dLoss/dy {@code e}, straight into {@code grad} (the parameter layout of {@code w}). With
     * {@code upd} non-null, also the SGD step {@code upd[i] -= lr * grad[i]} on W, b and (when trained) A; then
     * {@code grad} may be null (the gradient is not stored). {@code tail}: {@link #TAIL_SCRATCH_FLOATS} floats.
     */
    abstract void unitsGrad(float[] x, int xOff, int rows, float[] e, float[] w, int k, int offB, int offA,
                            float slope, boolean trainA, float[] grad, float[] upd, float lr, float[] tail);

    /**
     * The columns form's W^T: W (k x d at offset 0 of {@code w}) into d rows of kp floats from {@code wtOff} of
     * {@code wt}, W^T(p, j) at {@code wtOff + p kp + j}, pads zero. d from 2 to {@link VectorKernel#COLUMNS_MAX_D}.
     */
    abstract void packColumns(float[] w, int k, int d, int kp, float[] wt, int wtOff);

    /**
     * The columns form of the forward pass (d from 2 to {@link VectorKernel#COLUMNS_MAX_D}, one output, no identity
     * mapping; see VectorKernel#columnsForm): the units form's loops with W^T as {@link #packColumns} packs it, each z
     * = b then one FMA chain over the inputs in order. Rows [0, rows) of x from {@code xOff}, d apart; b and a padded
     * to kp with zeros in {@code bp} and {@code ap} (b all zero when the net has none). {@code scratch}:
     * {@link #COLUMNS_SCRATCH_FLOATS} floats.
     */
    abstract void columnsOutput(float[] x, int xOff, int rows, int d, float[] wt, int wtOff, int kp, float[] bp,
                                float[] ap, float c, float slope, float[] y, float[] scratch);

    /**
     * The columns form of the backward pass: by vectors of L units, z recomputed as {@link #columnsOutput} computes
     * it, dW, db and dA summed over the rows in registers (in row order), dW put into W's layout by permutes. Into
     * {@code grad} (null: not stored) and, with {@code upd} non-null, the SGD step {@code upd[i] -= lr * grad[i]} on
     * W, b and (when trained) A, as {@link #unitsGrad}. b and a read from {@code bp} and {@code ap} as
     * {@link #columnsOutput} reads them, written at {@code offB} (< 0: none) and {@code offA} of grad and upd.
     * {@code scratch}: {@link #COLUMNS_SCRATCH_FLOATS} floats.
     */
    abstract void columnsGrad(float[] x, int xOff, int rows, int d, float[] e, float[] wt, int wtOff, int kp,
                              float[] bp, float[] ap, int k, int offB, int offA, float slope, boolean trainA,
                              float[] grad, float[] upd, float lr, float[] scratch);

    /**
     * Floats of the columns form's scratch: 6 vectors of the widest species (a block's row sums; a group's dW^T, then
     * its db and dA where the group passes k).
     */
    static final int COLUMNS_SCRATCH_FLOATS = 6 * 16;

    /**
     * One row of the units form, forward and backward in one call: y as {@link #unitsOutput} computes it, then
     * e = eScale (y - t) and {@link #unitsGrad}'s operations for that one row. Returns y (the caller redoes the
     * residual's scalar operations for the loss). Bitwise the two calls, without the calls and the round trips of y
     * and e through memory.
     */
    abstract float unitsRow(float[] x, int xi, float t, float eScale, float[] w, int k, int offB, int offA, float c,
                            float slope, boolean trainA, float[] grad, float[] upd, float lr);

    /**
     * One row of the dot form with at most L hidden units and rows of W of 1 to 4 whole vectors (d = L .. 4L, one
     * output; identity mapping only at k = d = L), forward half: z (the row of {@link #forwardZDot}, bitwise) into
     * {@code z[0, L)} and y = c + relu(z) . a as {@code forwardZDot}'s fused y computes it, returned. W at offset 0 of
     * {@code w}.
     */
    abstract float dotRowOutput(float[] x, int xi, int d, float[] w, int k, int offB, int offA, float c, float slope,
                                boolean identity, float[] z);

    /**
     * The backward half of {@link #dotRowOutput}'s row, given e = dLoss/dy: {@link #hiddenGradDot}'s operations (g
     * into {@code gp}, dA, db and their step) and then {@link #weightGradRows}' (dW and W's step), bitwise, in one
     * call. {@code grad} null: no gradient stored (then {@code upd} is not null); {@code upd} null: no step.
     * {@code units}: as for {@link #weightGradRows} (null: no list, and rows of 4 vectors are all stepped).
     */
    abstract void dotRowGrad(float[] x, int xi, int d, float e, float[] w, int k, int offB, int offA, float slope,
                             boolean trainA, float[] grad, float[] upd, float lr, float[] z, float[] gp,
                             int[] units);

    /**
     * Residuals of one output without sample weights, rows [0, n) of {@code out} against y from yOff: r = out - y,
     * dLoss/dy = ei r into {@code e}, and r^2 (in double) and ei r summed into {@code lanes}: row {@code at + i} into
     * lane (at + i) mod L, r^2 at [0, L) and ei r at [L, 2L), each lane in row order. A call's rows in consecutive
     * pieces ({@code at} the piece's first row within the call) leave the same sums as in one piece. Why lanes: one
     * running sum chained the rows (in-JVM, 4096 rows: 2.2 us against 0.52; JMH, d=1 k=8 batch 4096: 6.5 -> 4.6 us a
     * step).
     */
    abstract void residualLanes(float[] out, float[] y, int yOff, int n, float ei, float[] e, double[] lanes, int at);

    /**
     * The segment form's forward pass (VectorKernel#segmentForm): W (k rows at offset 0 of {@code w}, {@code dp}
     * floats apart, dp a power of two from 2 to L and d <= dp; weights past d in a row zero) read as it is, so each
     * vector holds L/dp rows of W (units). Each vector times x repeated in every segment, then the dp vectors of a
     * group of L units folded into one by the pairwise stages of {@link #dotRowOutput}'s lane sums (each z a sum over
     * its segment in a fixed tree), put into unit order, plus b (at offB of {@code params}, < 0: none). Rows [0, rows)
     * of x from xOff (d apart), each row's z at {@code z[i kp]} (pads zero), y[i] = yInit + relu(z_i) . a (a at offA of
     * params), the lanes summed in a fixed order. {@code scratch}: {@link #segmentScratchFloats} floats.
     */
    abstract void forwardSegments(float[] w, int k, int d, int dp, float[] x, int xOff, int rows, int kp,
                                  float[] params, int offB, int offA, float yInit, float slope, float[] z, float[] y,
                                  float[] scratch);

    /**
     * The segment form's dW = G^T X (G as {@link #hiddenGradDot} wrote it) over rows [0, rows) of x from xOff (d
     * apart), by W's own vectors (rows dp apart, as for {@link #forwardSegments}): each weight's row sum from zero in
     * row order. Into {@code grad} (dW at 0, rows dp apart, pads zero; null: not stored) and, with {@code upd}
     * non-null, the SGD step {@code upd[i] -= lr * dW[i]} from the same registers (W's pads stay zero).
     */
    abstract void weightGradSegments(float[] x, int xOff, int rows, int d, int dp, float[] gp, int k, float[] grad,
                                     float[] upd, float lr, float[] scratch);

    /**
     * k rows of d floats of {@code from} (from offset 0) into {@code to}, dp >= d floats apart, zero past d (to has
     * k dp + L floats: the last row's vector runs past its end).
     */
    abstract void padRows(float[] from, int k, int d, int dp, float[] to);

    /** {@link #padRows} undone: the first d floats of each of k rows dp apart of {@code from} into {@code to}. */
    abstract void unpadRows(float[] from, int k, int d, int dp, float[] to);

    /**
     * Floats of the segment form's scratch for calls of up to {@code rows} rows: W's and dW's last group of units (L x
     * L floats each at most), then x repeated in every segment, a vector a row.
     */
    static int segmentScratchFloats(int rows, int lanes) {
        return 2 * lanes * lanes + rows * lanes;
    }

    /** Samples [i1, i2) of X, in chunks of 4 vectors of inputs (rows x 4L each), into {@code xp} (rows x d). */
    abstract void packX(float[] x, int xOff, int rows, int d, float[] xp, int xpOff, int i1, int i2);

    /**
     * The samples form of the forward pass (one input, one output): y[i] = yInit + sum_j a_j relu(w_j x_i (+ x_i)
     * + b_j) for samples [i1, i2) (i1 a multiple of L), vectors over samples, so no lane sums and no padded lanes. W
     * (k x 1) at offset 0 of {@code w}, b at {@code offB} (< 0: none), a at {@code offA}; x of the chunk from 0.
     * {@code tail}: {@link #TAIL_SCRATCH_FLOATS} floats, for a last block short of L samples (used by the call whose
     * samples end at i2 = n, one at a time).
     */
    abstract void samplesOutput(float[] x, int i1, int i2, float[] w, int k, int offB, int offA, boolean identity,
                                float yInit, float slope, float[] y, float[] tail);

    /**
     * The samples form of the backward pass for hidden units [j1, j2) (multiples of L, or kp) over a chunk of n
     * samples, x and dLoss/dy {@code e} zero past n up to a whole block: per unit, lane partial sums of dA, db and dW
     * in {@code acc} (vector s of unit j at {@code (s * kp + j) * L}: s = 0 dA, 1 db, 2 dW), continued from what acc
     * holds when {@code cont}. z is recomputed with the FMA of {@link #samplesOutput}. When {@code last}, the lane
     * sums go to dap, dbp and grad (dW at {@code offW}).
     */
    abstract void samplesGrad(float[] x, int n, float[] e, float[] w, int k, int kp, int offB, int offA,
                              boolean identity, float slope, float[] acc, int j1, int j2, boolean cont, boolean last,
                              float[] dap, float[] dbp, float[] grad, int offW);

    /**
     * The samples form with d inputs (one output, k < L, d from 2 to 4L) for blocks [i1, i2) of L samples (i1, i2
     * multiples of L, i2 at most n rounded up to a block) of a chunk of n rows whose row 0 starts at {@code xOff}:
     * X^T of the blocks into {@code xt} ({@code xt[off + p rs + i]} = x of row i, input p; rows past n zero), Z^T into
     * {@code zt} (unit j at {@code off + j rs}), each lane b_j + w_j0 x_0 + ... by one FMA chain in input order (then
     * + x_j with identity mapping), and y[i] = yInit + relu(z_i) . a by vectors over the samples, in unit order (y
     * from index 0, nothing stored past n). No padded lanes and no lane sum per sample. {@code tail}:
     * {@link #TAIL_SCRATCH_FLOATS} floats, for a last block short of L samples (as {@link #samplesOutput}).
     */
    abstract void samplesOutputD(float[] x, int xOff, int n, int d, int i1, int i2, float[] xt, float[] zt, int off,
                                 int rs, float[] w, int k, int offB, int offA, boolean identity, float yInit,
                                 float slope, float[] y, float[] tail);

    /**
     * The samples form's backward pass with d inputs for hidden units [j1, j2) (past k ignored) over a chunk of n
     * rows, after {@link #samplesOutputD} (its X^T and Z^T) and with dLoss/dy in {@code e} (zero past n up to a whole
     * block): G^T replaces Z^T in {@code zt}, and the lane partial sums go to {@code acc}, vector t at
     * {@code off + t L}:
     * dW's (t = j d + p), db's (t = k d + j) and dA's (t = k d + k + j), each over the blocks in order, continued
     * from what acc holds when {@code cont}.
     */
    abstract void samplesGradD(float[] xt, float[] zt, int off, int rs, int n, float[] e, float[] w, int k, int d,
                               int offA, float slope, float[] acc, int j1, int j2, boolean cont);

    /**
     * Totals of the first {@code count} vectors of {@code acc} from {@code off} (L lanes each) into
     * {@code sums[0, count)}, each a
     * fixed tree over its own lanes (lane l and l + L/2 first, and so on). acc is overwritten (folded in place, L
     * vectors at a time); it and sums hold whole groups of L vectors.
     */
    abstract void samplesSumsD(float[] acc, int off, int count, float[] sums);

    /** Floats of {@link #samplesSumsD}'s acc past its offset (and, divided by L, of sums) for {@code count} vectors. */
    static int samplesAccFloats(int count, int lanes) {
        return (count + lanes - 1) / lanes * lanes * lanes;
    }
}
