package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * VectorKernel against a double-precision loop reference of the Kernel contract, over a sample of the shape grid,
 * every model option and every vector width. Data are fresh each run (the seed is in every failure message).
 */
class VectorKernelTest {
    static final int[] SIZES = {1, 2, 3, 7, 15, 16, 17, 33, 64, 100, 257};
    static final int[] BATCHES = {1, 2, 5, 31, 64, 129};
    static final int[] WIDTHS = {0, 128, 256, 512};
    static final long RUN_SEED = System.nanoTime();
    static final double EPS = Math.ulp(1f);

    /** Options packed in bits: hiddenBias, outputBias, outputTrainable, leaky, m=5, weights, row0>0. */
    record Case(int bits, int d, int k, int batch, int options, boolean identity) {
        boolean opt(int bit) { return (options >> bit & 1) != 0; }
        ModelSpec spec() {
            return ModelSpec.builder(d, k).hiddenBias(opt(0)).outputBias(opt(1)).outputTrainable(opt(2))
                    .leakySlope(opt(3) ? 0.1 : 0.0).outputs(opt(4) ? 5 : 1).identityMapping(identity).build();
        }
        @Override public String toString() {
            return "bits=" + bits + " " + spec() + " batch=" + batch + " weights=" + opt(5) + " row0>0=" + opt(6);
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        int n = 0;
        for (int w = 0; w < WIDTHS.length; w++) {
            for (int di = 0; di < SIZES.length; di++) {
                for (int ki = 0; ki < SIZES.length; ki++) {
                    int d = SIZES[di], k = SIZES[ki];
                    int batch = BATCHES[(di * 5 + ki * 3 + w) % BATCHES.length];
                    // odd multiplier: each width walks all 128 option combinations in a different order
                    int options = (n * 37 + w * 11) & 127;
                    n++;
                    // the largest shapes only with small batches, to keep the suite fast
                    if (d == 257 && k == 257) batch = Math.min(batch, 31);
                    out.add(Arguments.of(new Case(WIDTHS[w], d, k, batch, options, false)));
                    if (d == k) out.add(Arguments.of(new Case(WIDTHS[w], d, k, BATCHES[(di + w) % BATCHES.length],
                            (options * 5 + 3) & 127, true)));
                }
            }
        }
        // both forward paths (dot products for a few rows, packed GEMM otherwise) must be among the cases
        long dot = out.stream().map(a -> (Case) a.get()[0]).filter(c -> VectorKernel.dotForward(c.batch, c.d,
                (c.bits == 0 ? FloatVector.SPECIES_PREFERRED.vectorBitSize() : c.bits) / 32)).count();
        if (dot < 20 || dot > out.size() - 20)
            throw new AssertionError("case grid exercises the dot-product forward in " + dot + " of " + out.size());
        return out.stream();
    }

    static boolean widthRuns(int bits) {
        return bits == 0 || bits <= FloatVector.SPECIES_MAX.vectorBitSize();
    }

    // ------------------------------------------------------------------ data

    static final class Data {
        final ModelSpec spec; final int row0, rows;
        final float[] params, x, y, weights;
        Data(Case c, SplittableRandom rnd) {
            spec = c.spec();
            rows = c.batch;
            row0 = c.opt(6) ? 1 + rnd.nextInt(3) : 0;
            int d = spec.d(), k = spec.k(), m = spec.m();
            params = new float[spec.paramCount()];
            double ws = 1 / Math.sqrt(d);
            for (int i = 0; i < k * d; i++) params[i] = (float) (rnd.nextGaussian() * ws);
            for (int i = spec.offsetB(); i < spec.offsetA(); i++) params[i] = (float) (rnd.nextGaussian() * 0.5);
            for (int i = spec.offsetA(); i < spec.offsetC(); i++) params[i] = (float) (rnd.nextGaussian() / Math.sqrt(k));
            for (int i = spec.offsetC(); i < params.length; i++) params[i] = (float) rnd.nextGaussian();
            int total = row0 + rows + rnd.nextInt(3); // arrays longer than the block: the block must stay inside
            x = new float[total * d];
            y = new float[total * m];
            for (int i = 0; i < x.length; i++) x[i] = (float) rnd.nextGaussian();
            for (int i = 0; i < y.length; i++) y[i] = (float) rnd.nextGaussian();
            weights = c.opt(5) ? new float[total] : null;
            if (weights != null) for (int i = 0; i < total; i++) weights[i] = (float) (0.1 + rnd.nextDouble());
            // redraw samples with a pre-activation so close to 0 that float rounding could flip relu'
            for (int i = row0; i < row0 + rows; i++) {
                while (nearKink(i)) for (int p = 0; p < d; p++) x[i * d + p] = (float) rnd.nextGaussian();
            }
            // keep every residual away from 0: f - y suffers cancellation in float, so a residual tiny by chance
            // would make the relative comparison of loss and gradients fail for rounding alone (a flaky test)
            for (int i = row0; i < row0 + rows; i++)
                for (int o = 0; o < m; o++) {
                    double f = output(i, o);
                    while (Math.abs(f - y[i * m + o]) < 0.05 * (1 + Math.abs(f))) y[i * m + o] = (float) rnd.nextGaussian();
                }
        }
        /** f_o(x_i) in double. */
        double output(int i, int o) {
            int d = spec.d(), k = spec.k();
            double f = spec.outputBias() ? params[spec.offsetC() + o] : 0;
            for (int j = 0; j < k; j++) {
                double z = spec.hiddenBias() ? params[spec.offsetB() + j] : 0;
                for (int p = 0; p < d; p++) z += weight(j, p) * x[i * d + p];
                f += params[spec.offsetA() + o * k + j] * (z > 0 ? z : spec.leakySlope() * z);
            }
            return f;
        }
        boolean nearKink(int i) {
            int d = spec.d();
            for (int j = 0; j < spec.k(); j++) {
                double z = 0, mag = 0;
                for (int p = 0; p < d; p++) {
                    double t = weight(j, p) * x[i * d + p];
                    z += t; mag += Math.abs(t);
                }
                if (spec.hiddenBias()) { z += params[spec.offsetB() + j]; mag += Math.abs(params[spec.offsetB() + j]); }
                if (Math.abs(z) <= 4 * EPS * (d + 2) * mag + 1e-30) return true;
            }
            return false;
        }
        double weight(int j, int p) {
            return params[j * spec.d() + p] + (spec.identityMapping() && j == p ? 1.0 : 0.0);
        }
    }

    // ------------------------------------------------------------------ double reference of the contract

    /**
     * The contract in double, plus for every output a magnitude: the same sums taken over absolute values (with each
     * residual's own rounding bound folded in), so that a value that is small through cancellation gets a tolerance
     * scaled to its terms, not to itself (c * eps * n * sum|terms| is the float error bound of a length-n sum).
     */
    static final class Reference {
        double[] out, grad, outAbs, gradAbs; double loss, lossAbs;
        Reference(Data t, double lossScale) {
            ModelSpec s = t.spec;
            int d = s.d(), k = s.k(), m = s.m();
            float[] P = t.params;
            double slope = s.leakySlope();
            out = new double[t.rows * m];
            outAbs = new double[t.rows * m];
            grad = new double[s.paramCount()];
            gradAbs = new double[s.paramCount()];
            double[] z = new double[k], h = new double[k], hAbs = new double[k], e = new double[m], eAbs = new double[m];
            for (int r = 0; r < t.rows; r++) {
                int i = t.row0 + r;
                for (int j = 0; j < k; j++) {
                    double acc = s.hiddenBias() ? P[s.offsetB() + j] : 0, mag = Math.abs(acc);
                    for (int p = 0; p < d; p++) {
                        acc += t.weight(j, p) * t.x[i * d + p];
                        mag += Math.abs(t.weight(j, p) * t.x[i * d + p]);
                    }
                    z[j] = acc;
                    h[j] = acc > 0 ? acc : slope * acc;
                    hAbs[j] = acc > 0 ? mag : slope * mag;
                }
                double wi = t.weights == null ? 1 : t.weights[i], sq = 0, sqAbs = 0;
                for (int o = 0; o < m; o++) {
                    double f = s.outputBias() ? P[s.offsetC() + o] : 0, fAbs = Math.abs(f);
                    for (int j = 0; j < k; j++) {
                        f += P[s.offsetA() + o * k + j] * h[j];
                        fAbs += Math.abs(P[s.offsetA() + o * k + j]) * hAbs[j];
                    }
                    out[r * m + o] = f;
                    outAbs[r * m + o] = fAbs;
                    double res = f - t.y[i * m + o];
                    sq += res * res;
                    sqAbs += res * res + 2 * Math.abs(res) * (fAbs + Math.abs(t.y[i * m + o]));
                    e[o] = 2 * lossScale * wi * res;
                    eAbs[o] = 2 * lossScale * wi * (Math.abs(res) + fAbs + Math.abs(t.y[i * m + o]));
                }
                loss += lossScale * wi * sq;
                lossAbs += lossScale * wi * sqAbs;
                for (int o = 0; o < m; o++) {
                    if (s.outputBias()) { grad[s.offsetC() + o] += e[o]; gradAbs[s.offsetC() + o] += eAbs[o]; }
                    if (s.outputTrainable()) for (int j = 0; j < k; j++) {
                        grad[s.offsetA() + o * k + j] += e[o] * h[j];
                        gradAbs[s.offsetA() + o * k + j] += eAbs[o] * hAbs[j];
                    }
                }
                for (int j = 0; j < k; j++) {
                    double g = 0, gAbs = 0;
                    for (int o = 0; o < m; o++) {
                        g += e[o] * P[s.offsetA() + o * k + j];
                        gAbs += eAbs[o] * Math.abs(P[s.offsetA() + o * k + j]);
                    }
                    g *= z[j] > 0 ? 1 : slope;
                    gAbs *= z[j] > 0 ? 1 : slope;
                    if (s.hiddenBias()) { grad[s.offsetB() + j] += g; gradAbs[s.offsetB() + j] += gAbs; }
                    for (int p = 0; p < d; p++) {
                        grad[j * d + p] += g * t.x[i * d + p];
                        gradAbs[j * d + p] += gAbs * Math.abs(t.x[i * d + p]);
                    }
                }
            }
        }
    }

    /**
     * Compares one parameter block. Tolerance per element: 4 eps (sum length) times the larger of the block's largest
     * reference value and the element's magnitude (its terms summed in absolute value, see {@link Reference}).
     */
    static void assertBlock(String what, double[] ref, double[] mag, float[] got, int from, int to, int sumLength,
                            String ctx) {
        double max = 0;
        for (int i = from; i < to; i++) max = Math.max(max, Math.abs(ref[i]));
        for (int i = from; i < to; i++) {
            double diff = Math.abs(ref[i] - got[i]);
            double tol = 4 * EPS * sumLength * Math.max(max, mag[i]) + 1e-30;
            if (!(diff <= tol)) // also catches NaN
                fail(what + ": error " + diff + " at " + i + " (ref " + ref[i] + ", got " + got[i] + ", magnitude "
                        + mag[i] + ") exceeds " + tol + " [" + ctx + "]");
        }
    }

    static String ctx(Case c, long seed) {
        return c + " seed=" + seed;
    }

    // ------------------------------------------------------------------ tests

    @ParameterizedTest
    @MethodSource("cases")
    void matchesReference(Case c) {
        Assumptions.assumeTrue(widthRuns(c.bits), "width above the CPU's maximum");
        VectorKernel kernel = new VectorKernel(c.bits);
        verify(c, kernel, kernel.newWorkspace(c.spec(), c.batch + 3));
        // tiny blocks run ScalarKernel's loops by default: check the vector loops on them too
        verify(c, kernel, kernel.newWorkspace(c.spec(), c.batch + 3, 0, false, true));
        // with one input and one output, long enough calls take the samples form: check the usual one there too
        if (VectorKernel.samplesShape(c.spec(), kernel.bitSize() / 32))
            verify(c, kernel, kernel.newWorkspace(c.spec(), c.batch + 3, 0, true, false));
    }

    /**
     * Shapes whose backward pass runs in several blocks of hidden units (G of the chunk larger than one block), and
     * whose direct dW tiles run in blocks of rows and of units (more than DW_ROWS rows, DW_UNITS units).
     */
    static Stream<Arguments> unitBlockCases() {
        List<Arguments> out = new ArrayList<>();
        int n = 0;
        for (int bits : WIDTHS)
            for (int d : new int[] {40, 70})
                for (int k : new int[] {600, 1000}) {
                    int batch = 300 + n % 5; // G_BLOCK_FLOATS / 300 rows: blocks of 192-218 units
                    out.add(Arguments.of(new Case(bits, d, k, batch, (n * 37 + bits) & 127, false)));
                    n++;
                }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("unitBlockCases")
    void backwardInUnitBlocksMatchesReference(Case c) {
        Assumptions.assumeTrue(widthRuns(c.bits), "width above the CPU's maximum");
        VectorKernel kernel = new VectorKernel(c.bits);
        verify(c, kernel, kernel.newWorkspace(c.spec(), c.batch + 3));
        // the whole batch in one chunk: G of 300 rows, blocks of at most 218 units
        VectorWorkspace one = kernel.newWorkspace(c.spec(), c.batch + 3, c.batch + 3, true, true);
        assertTrue((long) c.batch * one.kp > 2L * VectorKernel.G_BLOCK_FLOATS, "fewer than three blocks: " + c);
        assertTrue(c.batch > 2 * VectorBody.DW_ROWS && c.k > 2 * VectorBody.DW_UNITS, "dW in one block: " + c);
        verify(c, kernel, one);
    }

    /**
     * A few rows of 4 vectors of inputs and W of at least SHORT_SKIP_MIN weights: the dot form's step leaves the rows
     * of units with g = +-0 untouched (keepGradient false; at any size from d = 32), from a list of the others.
     * Without leaky slope, so that such units exist; one and three outputs, batch 1 to 3 (one row through
     * weightGradRow, more through the rows loop).
     */
    static Stream<Arguments> largeShortRowCases() {
        List<Arguments> out = new ArrayList<>();
        int n = 0;
        for (int bits : new int[] {128, 256, 512}) {
            int d = 4 * bits / 32;
            for (int options : new int[] {7, 1, 16 | 4, 32 | 64 | 2}) {
                int k = VectorBody512.SHORT_SKIP_MIN / d + (n % 2 == 1 ? 5 : 0); // hidden-unit tails too
                out.add(Arguments.of(new Case(bits, d, k, n % 3 == 2 ? 3 : 1, options, false)));
                n++;
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("largeShortRowCases")
    void largeShortRowsMatchReference(Case c) {
        Assumptions.assumeTrue(widthRuns(c.bits), "width above the CPU's maximum");
        assertTrue(VectorKernel.dotForward(c.batch, c.d, c.bits / 32), "not the dot form: " + c);
        VectorKernel kernel = new VectorKernel(c.bits);
        verify(c, kernel, kernel.newWorkspace(c.spec(), c.batch + 3));
    }

    /**
     * The GEMM form's Z in blocks of inputs (sums through Z between blocks, X broadcast from its packed copy) and groups
     * of rows: each z is still b plus one FMA chain over the inputs in order. d spans two blocks and a tail of the last
     * whole chunk of packed X; rows cover every tile (6, 4, 1), one group and two (252 rows, then the rest), and a slice
     * starting past row 0; the hidden units a tail panel.
     */
    @Test
    void blockedForwardZKeepsOneFmaChain() {
        SplittableRandom rnd = new SplittableRandom(RUN_SEED ^ 0x5eedL);
        for (VectorBody b : new VectorBody[] {new VectorBody512(), new VectorBody256(), new VectorBody128()}) {
            if (!widthRuns(b.lanes() * 32)) continue;
            int L = b.lanes(), block = 2048 / L;
            for (int d : new int[] {4 * L, 2 * block + 4 * L + 3, 3 * block - 1})
                for (int chunk : new int[] {23, 2 * 252 + 9}) {
                    int k = 8 * L + 5, kp = (k + L - 1) / L * L, i0 = 2, n = chunk - 4, xOff = 3;
                    float[] x = new float[xOff + chunk * d], wt = new float[d * kp], bp = new float[kp];
                    for (float[] v : new float[][] {x, wt, bp})
                        for (int i = 0; i < v.length; i++) v[i] = (float) rnd.nextGaussian();
                    float[] xp = new float[chunk * d], z = new float[chunk * kp];
                    b.packX(x, xOff, chunk, d, xp, 0, 0, chunk);
                    b.forwardZ(x, xOff, xp, 0, chunk, i0, n, 0, kp, d, kp, wt, 0, bp, z);
                    for (int i = i0; i < i0 + n; i++)
                        for (int j = 0; j < kp; j++) {
                            float acc = bp[j];
                            for (int p = 0; p < d; p++)
                                acc = Math.fma(x[xOff + i * d + p], wt[VectorKernel.packedIndex(p, j, d, kp, L)], acc);
                            assertEquals(acc, z[VectorKernel.zIndex(i, j, chunk, kp, L)], "lanes=" + L + " d=" + d + " i=" + i + " j=" + j);
                        }
                }
        }
    }

    /** One input, one output, long calls: the samples form, with every option and hidden-unit tails. */
    static Stream<Arguments> samplesCases() {
        List<Arguments> out = new ArrayList<>();
        int[] ks = {1, 3, 8, 15, 16, 17, 33, 64, 100};
        int[] batches = {64, 129, 255, 256, 300, 1000};
        int n = 0;
        for (int bits : WIDTHS)
            for (int k : ks) {
                int options = (n * 37 + bits) & 127 & ~16; // one output
                int batch = batches[n++ % batches.length];
                // the samples form needs 64 rows when k < L, else 256
                if (k >= 4 && batch < 256) batch = 256 + batch % 7;
                out.add(Arguments.of(new Case(bits, 1, k, batch, options, false)));
                if (k == 1) out.add(Arguments.of(new Case(bits, 1, 1, batch, options ^ 9, true)));
            }
        return out.stream();
    }

    /**
     * Both samples forms (one input, and d inputs with k < L): against the reference and the usual form, and in
     * chunks bitwise as one pass.
     */
    @ParameterizedTest
    @MethodSource({"samplesCases", "samplesInputsCases"})
    void samplesFormMatchesReference(Case c) {
        Assumptions.assumeTrue(widthRuns(c.bits), "width above the CPU's maximum");
        VectorKernel kernel = new VectorKernel(c.bits);
        VectorWorkspace ws = kernel.newWorkspace(c.spec(), c.batch + 3, 0, true, true);
        assertTrue(VectorKernel.samplesForm(c.batch, ws), "case does not take the samples form: " + c);
        assertEquals(c.d > 1, ws.samplesZ.length > 0, "the form with d inputs, or the one-input form: " + c);
        verify(c, kernel, ws);
        verify(c, kernel, kernel.newWorkspace(c.spec(), c.batch + 3, 0, true, false));
        VectorWorkspace small = assertChunkedIsOnePass(c, kernel, ws, "samples form, d=" + c.d);
        // chunks of whole blocks of 1-32 rows: the fewest rows of the form with d inputs may be one chunk (one
        // input's cases all have 64 rows or more)
        if (c.batch > 32) assertTrue(small.samplesRows < c.batch, "one chunk only: " + small.samplesRows);
    }

    /**
     * One output, fewer hidden units than lanes, d from 2 to 4L, long calls: the samples form with d inputs. Every
     * option (identity mapping where k = d); k and d with and without a partial tile of 4 (k of 1 or 2 past the last
     * whole tile: the 2-unit tiles), and rows with and without a partial last block, from the form's fewest rows;
     * blocks of 4 and single blocks; rows past the end of x.
     */
    static Stream<Arguments> samplesInputsCases() {
        List<Arguments> out = new ArrayList<>();
        int[] batches = {0, 1, 129, 200, 301}; // 0, 1: the form's fewest rows and one more
        int n = 0;
        for (int bits : WIDTHS) {
            int lanes = bits == 0 ? new VectorKernel().bitSize() / 32 : bits / 32;
            List<Integer> ds = new ArrayList<>();
            for (int d = 2; d <= lanes; d += d < 4 || d + 3 > lanes && d < lanes ? 1 : 3) ds.add(d);
            ds.addAll(List.of(lanes + 1, 2 * lanes + 3, 4 * lanes - 1, 2 * lanes, 4 * lanes)); // past L: X^T by blocks
            for (int d : ds)
                for (int k : new int[] {1, 3, 4, 5, 6, d, lanes - 1}) {
                    if (k >= lanes || !VectorKernel.samplesShape(ModelSpec.of(d, k), lanes)) continue;
                    int options = (n * 37 + bits + d) & 127 & ~16; // one output
                    int batch = batches[n++ % batches.length];
                    if (batch < 2) batch += VectorKernel.samplesMinRows(d, k, lanes);
                    out.add(Arguments.of(new Case(bits, d, k, batch, options, k == d && (n & 1) == 0)));
                }
        }
        return out.stream();
    }

    /**
     * In chunks of a few blocks (a workspace of 1-32 rows a chunk, returned): loss, gradient and forward outputs
     * bitwise those of {@code ws} in one pass.
     */
    private static VectorWorkspace assertChunkedIsOnePass(Case c, VectorKernel kernel, VectorWorkspace ws,
                                                          String form) {
        long seed = RUN_SEED ^ c.hashCode();
        Data t = new Data(c, new SplittableRandom(seed));
        ModelSpec spec = c.spec();
        float[] one = new float[spec.paramCount()], chunked = new float[spec.paramCount()];
        double lossOne = kernel.forwardBackward(spec, t.params, t.x, t.y, t.weights, t.row0, t.rows, 0.3, one, ws);
        VectorWorkspace small = kernel.newWorkspace(spec, c.batch + 3, 1 + (int) (seed & 31), true, true);
        double lossChunked = kernel.forwardBackward(spec, t.params, t.x, t.y, t.weights, t.row0, t.rows, 0.3, chunked,
                small);
        assertArrayEquals(one, chunked, "chunked " + form + " [" + ctx(c, seed) + "]");
        assertEquals(lossOne, lossChunked, "chunked " + form + " loss [" + ctx(c, seed) + "]");
        float[] y1 = new float[t.rows * spec.m()], y2 = new float[t.rows * spec.m()];
        kernel.forward(spec, t.params, t.x, t.row0, t.rows, y1, ws);
        kernel.forward(spec, t.params, t.x, t.row0, t.rows, y2, small);
        assertArrayEquals(y1, y2, "chunked " + form + " forward [" + ctx(c, seed) + "]");
        return small;
    }

    /**
     * One output, fewer hidden units than lanes, d from one vector up, more rows than the dot form's: the transposed
     * forward. Every option; d with and without a tail, up to 4 vectors (then packed X for dW); rows in blocks of 2L
     * with every kind of last block (one vector or less, a partial second vector).
     */
    static Stream<Arguments> transposedCases() {
        List<Arguments> out = new ArrayList<>();
        int n = 0;
        for (int bits : WIDTHS) {
            int L = (bits == 0 ? FloatVector.SPECIES_PREFERRED.vectorBitSize() : bits) / 32;
            int[] ks = {1, Math.max(2, L / 2 - 1), L / 2 + 1, L - 1};
            int[] batches = {5, L - 1, L + 1, 2 * L, 2 * L + 3, 3 * L + 2, 129, 300};
            for (int d : new int[] {L, L + 3, 2 * L + 1, 3 * L + 1, 4 * L})
                for (int k : ks) {
                    int options = (n * 37 + bits * 7) & 127 & ~16; // one output
                    int batch = Math.max(VectorKernel.DOT_MAX_ROWS + 1, batches[n++ % batches.length]);
                    // longer calls of the samples form's shapes take it
                    if (VectorKernel.samplesShape(ModelSpec.of(d, k), L))
                        batch = Math.min(batch, VectorKernel.samplesMinRows(d, k, L) - 1);
                    out.add(Arguments.of(new Case(bits, d, k, batch, options, false)));
                }
        }
        return out.stream();
    }

    /**
     * The transposed forward's Z and y are the usual form's bit for bit, so the whole call is: loss, gradient, the
     * parameters after a step and forward outputs equal exactly those of a workspace without it, in one chunk and in
     * chunks; and the reference's within tolerance.
     */
    @ParameterizedTest
    @MethodSource("transposedCases")
    void transposedForwardIsBitwiseTheUsualForm(Case c) {
        Assumptions.assumeTrue(widthRuns(c.bits), "width above the CPU's maximum");
        VectorKernel kernel = new VectorKernel(c.bits);
        VectorWorkspace tw = kernel.newWorkspace(c.spec(), c.batch + 3, 0, true, true);
        assertTrue(VectorKernel.transposedForward(c.batch, tw), "not the transposed forward: " + c);
        assertBitwiseTheUsualForm(c, kernel, tw);
    }

    /**
     * At most 8 hidden units at 16 lanes and more than 4 vectors of inputs: Z by dot tiles of two rows. Every option
     * (several outputs too), k below 8, an odd last row, chunks; d = 1024 and 1020, whose copy of W has its rows a
     * line further apart (VectorKernel#dotTilesStride); d not a multiple of the lanes (a partial last vector), down to
     * one input past 4 vectors.
     */
    static Stream<Arguments> dotTileCases() {
        List<Arguments> out = new ArrayList<>();
        int n = 0;
        for (int bits : WIDTHS) {
            int L = (bits == 0 ? FloatVector.SPECIES_PREFERRED.vectorBitSize() : bits) / 32;
            if (L != 16) continue;
            int[] batches = {5, 8, 13, 37, 129};
            for (int d : new int[] {5 * L, 8 * L, 16 * L, 64 * L, 4 * L + 1, 6 * L + 7, 64 * L - 4})
                for (int k : new int[] {1, 3, 7, 8}) {
                    int options = (n * 37 + bits * 5) & 127;
                    out.add(Arguments.of(new Case(bits, d, k, batches[n++ % batches.length], options, false)));
                }
        }
        return out.stream();
    }

    /**
     * Z by dot tiles of two rows, and dW from X as it is: the reference's results within tolerance (the tiles' sums run
     * by lanes, so not the usual form's bits), and in chunks bitwise one pass.
     */
    @ParameterizedTest
    @MethodSource("dotTileCases")
    void dotTilesMatchTheReferenceInOnePassOrChunks(Case c) {
        Assumptions.assumeTrue(widthRuns(c.bits), "width above the CPU's maximum");
        VectorKernel kernel = new VectorKernel(c.bits);
        VectorWorkspace ws = kernel.newWorkspace(c.spec(), c.batch + 3, 0, true, true);
        assertTrue(ws.dotTiles && !VectorKernel.dotForward(c.batch, c.d, ws.lanes), "not the dot tiles: " + c);
        Arrays.fill(ws.wt, Float.NaN); // whatever the scratch held: nothing reads the copy of W's padding
        verify(c, kernel, ws);
        assertChunkedIsOnePass(c, kernel, ws, "dot tiles");
    }

    /**
     * Loss, gradient, the parameters after a step (gradient kept or not) and forward outputs of workspace {@code ws}
     * equal exactly those of the usual forms' workspace, in one chunk and in chunks of 1-32 rows; and the reference's.
     */
    private static void assertBitwiseTheUsualForm(Case c, VectorKernel kernel, VectorWorkspace ws) {
        ModelSpec spec = c.spec();
        VectorWorkspace usual = kernel.newWorkspace(spec, c.batch + 3, 0, true, false);
        assertFalse(usual.transposed || usual.dotTiles, "the usual form takes it: " + c);
        verify(c, kernel, ws);

        long seed = RUN_SEED ^ c.hashCode();
        Data t = new Data(c, new SplittableRandom(seed));
        String where = ctx(c, seed);
        int n = spec.paramCount(), outs = t.rows * spec.m();
        float[] want = new float[n], got = new float[n];
        double lossWant = kernel.forwardBackward(spec, t.params, t.x, t.y, t.weights, t.row0, t.rows, 0.3, want,
                usual);
        double lossGot = kernel.forwardBackward(spec, t.params, t.x, t.y, t.weights, t.row0, t.rows, 0.3, got, ws);
        assertArrayEquals(want, got, "gradient [" + where + "]");
        assertEquals(lossWant, lossGot, "loss [" + where + "]");
        // in chunks of 1-32 rows: every chunk's Z and y the same, the sums continued
        VectorWorkspace small = kernel.newWorkspace(spec, c.batch + 3, 1 + (int) (seed & 31), true, true);
        float[] chunked = new float[n];
        assertEquals(lossWant, kernel.forwardBackward(spec, t.params, t.x, t.y, t.weights, t.row0, t.rows, 0.3,
                chunked, small), "chunked loss [" + where + "]");
        assertArrayEquals(want, chunked, "chunked gradient [" + where + "]");
        float[] yWant = new float[outs], yGot = new float[outs], yChunked = new float[outs];
        kernel.forward(spec, t.params, t.x, t.row0, t.rows, yWant, usual);
        kernel.forward(spec, t.params, t.x, t.row0, t.rows, yGot, ws);
        kernel.forward(spec, t.params, t.x, t.row0, t.rows, yChunked, small);
        assertArrayEquals(yWant, yGot, "forward [" + where + "]");
        assertArrayEquals(yWant, yChunked, "chunked forward [" + where + "]");
        // the step, with and without the gradient kept
        for (boolean keep : new boolean[] {true, false}) {
            float[] pWant = t.params.clone(), pGot = t.params.clone();
            kernel.sgdStep(spec, pWant, t.x, t.y, t.weights, t.row0, t.rows, 0.3, 0.05f, want, keep, usual);
            kernel.sgdStep(spec, pGot, t.x, t.y, t.weights, t.row0, t.rows, 0.3, 0.05f, got, keep, ws);
            assertArrayEquals(pWant, pGot, "step, keep=" + keep + " [" + where + "]");
            if (keep) assertArrayEquals(want, got, "step's gradient [" + where + "]");
        }
    }

    /**
     * A few rows, d from one vector up: the dot form, whose one-row calls take dW row by row with x in registers
     * (d up to 4 vectors) or by one flat loop (whole vectors), and whose forward folds lane sums in registers (d one
     * vector, and 2-4 vectors with x in registers: loops of their own). The main grid reaches batch 1 at d = 16 and
     * 64 only at some widths.
     */
    static Stream<Arguments> rowCases() {
        List<Arguments> out = new ArrayList<>();
        int[] ks = {1, 3, 5, 17, 40};
        int[] batches = {1, 1, 2, 4, 1};
        int n = 0;
        for (int bits : WIDTHS) {
            int lanes = (bits == 0 ? FloatVector.SPECIES_PREFERRED.vectorBitSize() : bits) / 32;
            for (int d : new int[] {lanes, 2 * lanes, 3 * lanes, 4 * lanes, 5 * lanes, lanes + 3, 4 * lanes + 1}) {
                int k = ks[n % ks.length], batch = batches[n / ks.length % batches.length];
                out.add(Arguments.of(new Case(bits, d, k, batch, (n * 37 + bits) & 127, false)));
                n++;
            }
            for (int d : new int[] {lanes, 4 * lanes}) // identity mapping: k = d
                out.add(Arguments.of(new Case(bits, d, d, 1, (n++ * 37 + bits) & 127, true)));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("rowCases")
    void rowFormMatchesReference(Case c) {
        Assumptions.assumeTrue(widthRuns(c.bits), "width above the CPU's maximum");
        VectorKernel kernel = new VectorKernel(c.bits);
        assertTrue(VectorKernel.dotForward(c.batch, c.d, kernel.bitSize() / 32), "case does not take the dot form: " + c);
        verify(c, kernel, kernel.newWorkspace(c.spec(), c.batch + 3));
        verify(c, kernel, kernel.newWorkspace(c.spec(), c.batch + 3, 0, false, true));
    }

    /**
     * d from 2 to L - 1, one output: the segment form (one or more rows of W a vector; for d not a power of two,
     * rows of a padded copy), every option but several outputs, k with and without a last partial group (of 1 unit,
     * of L - 1), at one row, a few, and the form's most rows. Tiny blocks are kept in the vector loops.
     */
    static Stream<Arguments> segmentCases() {
        List<Arguments> out = new ArrayList<>();
        int n = 0;
        for (int bits : WIDTHS) {
            int lanes = (bits == 0 ? FloatVector.SPECIES_PREFERRED.vectorBitSize() : bits) / 32;
            for (int d : new int[] {2, 3, 4, 5, 7, 8, 9, 12, 15}) {
                if (d >= lanes || VectorKernel.segmentStride(d) > lanes) continue;
                for (int k : new int[] {1, 3, lanes - 1, lanes, lanes + 1, 2 * lanes + 3, 100}) {
                    int most = VectorKernel.segmentMaxRows(d, k, lanes);
                    for (int batch : new int[] {1, 2, 5, most}) {
                        if (batch > most) continue; // d up to COLUMNS_MAX_D: the columns form's rows
                        int options = (n * 37 + bits * 5) & 127 & ~16; // one output
                        out.add(Arguments.of(new Case(bits, d, k, batch, options, false)));
                        n++;
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("segmentCases")
    void segmentFormMatchesReference(Case c) {
        Assumptions.assumeTrue(widthRuns(c.bits), "width above the CPU's maximum");
        VectorKernel kernel = new VectorKernel(c.bits);
        VectorWorkspace ws = kernel.newWorkspace(c.spec(), c.batch + 3, 0, false, true);
        assertTrue(VectorKernel.segmentForm(c.batch, ws), "case does not take the segment form: " + c);
        verify(c, kernel, ws);
        // one row past the form's most rows takes another form (columns or usual), and matches too
        int over = VectorKernel.segmentMaxRows(c.d, c.k, kernel.bitSize() / 32) + 1;
        Case usual = new Case(c.bits, c.d, c.k, over, c.options, false);
        VectorWorkspace wide = kernel.newWorkspace(c.spec(), over + 3, 0, false, true);
        assertFalse(VectorKernel.segmentForm(over, wide), "past the most rows: " + usual);
        if (c.batch == 1) verify(usual, kernel, wide);
    }

    /**
     * d from 2 to COLUMNS_MAX_D, one output: the columns form (W^T taken apart by permutes, vectors over units),
     * every option but several outputs, k with and without a last partial group, from the first rows past the
     * segment form's to the form's most rows with k < L (300 rows else), counts of rows whose last block of four
     * repeats rows.
     */
    static Stream<Arguments> columnsCases() {
        List<Arguments> out = new ArrayList<>();
        int n = 0;
        for (int bits : WIDTHS) {
            int lanes = (bits == 0 ? FloatVector.SPECIES_PREFERRED.vectorBitSize() : bits) / 32;
            for (int d = 2; d <= VectorKernel.COLUMNS_MAX_D; d++)
                for (int k : new int[] {1, 3, lanes - 1, lanes, lanes + 1, 2 * lanes + 3, 100}) {
                    Case probe = new Case(bits, d, k, 1, 0, false);
                    if (!VectorKernel.columnsShape(probe.spec(), lanes)) continue;
                    int first = VectorKernel.segmentShape(probe.spec(), lanes)
                            ? VectorKernel.segmentMaxRows(d, k, lanes) + 1 : VectorKernel.DOT_MAX_ROWS + 1;
                    int most = k < lanes ? VectorKernel.COLUMNS_FEW_UNITS_MAX_ROWS : 300;
                    for (int batch : new int[] {first, first + 2, most / 2 + 1, most}) {
                        int options = (n * 37 + bits * 5) & 127 & ~16; // one output
                        out.add(Arguments.of(new Case(bits, d, k, batch, options, false)));
                        n++;
                    }
                }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("columnsCases")
    void columnsFormMatchesReference(Case c) {
        Assumptions.assumeTrue(widthRuns(c.bits), "width above the CPU's maximum");
        VectorKernel kernel = new VectorKernel(c.bits);
        VectorWorkspace ws = kernel.newWorkspace(c.spec(), c.batch + 3, 0, false, true);
        assertTrue(VectorKernel.columnsForm(c.batch, ws) && !VectorKernel.segmentForm(c.batch, ws)
                && !VectorKernel.dotOneOutput(c.spec(), c.batch, ws), "case does not take the columns form: " + c);
        verify(c, kernel, ws);
        // with k < L, one row past the form's most rows takes the usual form, and matches too
        if (c.batch == VectorKernel.COLUMNS_FEW_UNITS_MAX_ROWS && c.k < ws.lanes) {
            Case usual = new Case(c.bits, c.d, c.k, c.batch + 1, c.options, false);
            VectorWorkspace wide = kernel.newWorkspace(c.spec(), c.batch + 4, 0, false, true);
            assertFalse(VectorKernel.columnsForm(c.batch + 1, wide), "past the most rows: " + usual);
            verify(usual, kernel, wide);
        }
    }

    /** One input, one output, calls below the samples form's rows: the units form, every option, unit tails. */
    static Stream<Arguments> unitsCases() {
        List<Arguments> out = new ArrayList<>();
        int[] ks = {1, 3, 8, 15, 16, 17, 33, 64, 100, 257};
        int[] batches = {1, 2, 3, 4, 5, 7, 31, 63, 200, 255};
        int n = 0;
        for (int bits : WIDTHS)
            for (int k : ks) {
                int options = (n * 37 + bits * 3) & 127 & ~16; // one output
                int batch = batches[n++ % batches.length];
                if (k < 4 && batch >= 64) batch = 63; // k < L from 64 rows: the samples form
                out.add(Arguments.of(new Case(bits, 1, k, batch, options, false)));
            }
        // k <= L/2 takes two rows a vector (blocks of 8 rows forward, pairs backward): block and pair tails
        int[] halfKs = {2, 4, 5, 8}, halfBatches = {8, 9, 15, 17, 40, 63};
        for (int bits : WIDTHS)
            for (int k : halfKs) {
                int options = (n * 37 + bits * 5) & 127 & ~16;
                out.add(Arguments.of(new Case(bits, 1, k, halfBatches[n++ % halfBatches.length], options, false)));
            }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("unitsCases")
    void unitsFormMatchesReference(Case c) {
        Assumptions.assumeTrue(widthRuns(c.bits), "width above the CPU's maximum");
        VectorKernel kernel = new VectorKernel(c.bits);
        VectorWorkspace ws = kernel.newWorkspace(c.spec(), c.batch + 3, 0, true, true);
        assertTrue(VectorKernel.unitsForm(c.batch, ws), "case does not take the units form: " + c);
        verify(c, kernel, ws);

        // y of each row alone is bitwise y of the row among others (rows summed four at a time, or one)
        long seed = RUN_SEED ^ c.hashCode();
        Data t = new Data(c, new SplittableRandom(seed));
        float[] all = new float[t.rows], one = new float[1];
        kernel.forward(c.spec(), t.params, t.x, t.row0, t.rows, all, ws);
        for (int i = 0; i < t.rows; i++) {
            kernel.forward(c.spec(), t.params, t.x, t.row0 + i, 1, one, ws);
            assertEquals(all[i], one[0], "row " + i + " alone [" + ctx(c, seed) + "]");
        }
    }

    /**
     * A one-row call at one input without sample weights takes its own method (rowGrad1), with weights of 1 the rows'
     * method (unitsGrad): the same operations, so the same bits, for ReLU and leaky slopes (rowGrad1 forms g in
     * another order when the slope is 0, where both orders give the same bits). The one-row methods load and store a
     * tail of half or a quarter of a vector by narrower vectors, the rows' methods by masks: the same lanes.
     */
    @Test
    void oneRowStepIsBitwiseTheRowsMethods() {
        SplittableRandom rnd = new SplittableRandom(RUN_SEED ^ 0x51E9);
        for (int bits : WIDTHS) {
            if (!widthRuns(bits)) continue;
            VectorKernel kernel = new VectorKernel(bits);
            // tails of half a vector (8, 24 and 40 at 16 lanes, 12 and 20 at 8) and a quarter (20 and 100 at 16)
            for (int k : new int[] {1, 3, 8, 12, 16, 17, 20, 24, 40, 64, 100}) {
                for (int options = 0; options < 16; options++) {
                    assertOneRowIsTheRowsMethods(kernel, new Case(bits, 1, k, 1, options, false), rnd);
                }
            }
        }
    }

    /**
     * The dot form's one-row step for at most L units (VectorKernel.dotRowShape: two calls) against the same row
     * through the rows' calls (sample weights of 1): the same loss, gradient and stepped parameters, bitwise, for
     * rows of 1 to 4 vectors, k from 1 to L, every option set (and identity mapping at k = d = L), with and without
     * the gradient kept.
     */
    @Test
    void dotOneRowStepIsBitwiseTheRowsMethods() {
        SplittableRandom rnd = new SplittableRandom(RUN_SEED ^ 0xD07);
        for (int bits : WIDTHS) {
            if (!widthRuns(bits) || bits == 0) continue;
            VectorKernel kernel = new VectorKernel(bits);
            int lanes = bits / 32;
            for (int d = lanes; d <= 4 * lanes; d += lanes) {
                // k = L/2 and L/4: b and a by half and quarter vectors (at 512 bits; L/2 at 256)
                for (int k : new int[] {1, 2, 3, lanes / 4, lanes / 2, lanes / 2 + 1, lanes - 1, lanes}) {
                    for (int options = 0; options < 16; options++) {
                        Case c = new Case(bits, d, k, 1, options, false);
                        assertTrue(VectorKernel.dotRowShape(c.spec(), lanes), c.toString());
                        assertOneRowIsTheRowsMethods(kernel, c, rnd);
                    }
                }
            }
            for (int options = 0; options < 16; options++) { // identity mapping: k = d = L only
                Case c = new Case(bits, lanes, lanes, 1, options, true);
                assertTrue(VectorKernel.dotRowShape(c.spec(), lanes), c.toString());
                assertOneRowIsTheRowsMethods(kernel, c, rnd);
            }
        }
    }

    /**
     * Row 1 of 2 (x and y read at an offset) without sample weights against the same row with weights of 1, which
     * takes the rows' calls: forwardBackward's loss and gradient, and sgdStep's loss and stepped parameters (and with
     * the gradient kept, the gradient), bitwise.
     */
    private static void assertOneRowIsTheRowsMethods(VectorKernel kernel, Case c, SplittableRandom rnd) {
        ModelSpec spec = c.spec();
        VectorWorkspace ws = kernel.newWorkspace(spec, 4, 0, true, true);
        float[] params = new float[spec.paramCount()], x = new float[2 * spec.d()];
        for (int i = 0; i < params.length; i++) params[i] = (float) rnd.nextGaussian();
        for (int i = 0; i < x.length; i++) x[i] = (float) rnd.nextGaussian();
        float[] y = {(float) rnd.nextGaussian(), (float) rnd.nextGaussian()}, ones = {1f, 1f};
        float[] g1 = new float[params.length], gw = new float[params.length];
        double l1 = kernel.forwardBackward(spec, params, x, y, null, 1, 1, 0.37, g1, ws);
        double lw = kernel.forwardBackward(spec, params, x, y, ones, 1, 1, 0.37, gw, ws);
        String ctx = c + " seed " + RUN_SEED;
        assertEquals(lw, l1, "loss [" + ctx + "]");
        assertArrayEquals(gw, g1, "gradient [" + ctx + "]");
        for (boolean keep : new boolean[] {false, true}) {
            float[] s1 = params.clone(), sw = params.clone();
            Arrays.fill(g1, Float.NaN);
            Arrays.fill(gw, Float.NaN);
            double t1 = kernel.sgdStep(spec, s1, x, y, null, 1, 1, 0.37, 0.3f, g1, keep, ws);
            double tw = kernel.sgdStep(spec, sw, x, y, ones, 1, 1, 0.37, 0.3f, gw, keep, ws);
            assertEquals(tw, t1, "step's loss, keep=" + keep + " [" + ctx + "]");
            assertArrayEquals(sw, s1, "stepped parameters, keep=" + keep + " [" + ctx + "]");
            if (keep) assertArrayEquals(gw, g1, "kept gradient [" + ctx + "]");
        }
    }

    private static void verify(Case c, VectorKernel kernel, Kernel.Workspace ws) {
        long seed = RUN_SEED ^ (c.hashCode() * 0x9E3779B97F4A7C15L);
        SplittableRandom rnd = new SplittableRandom(seed);
        String ctx = ctx(c, seed);
        ModelSpec spec = c.spec();

        // a first call on other data leaves the workspace dirty: results must not depend on it
        Data warm = new Data(c, rnd);
        float[] grad = new float[spec.paramCount()];
        kernel.forwardBackward(spec, warm.params, warm.x, warm.y, warm.weights, warm.row0, warm.rows, 0.7, grad, ws);

        Data t = new Data(c, rnd);
        double lossScale = 0.5 / (t.rows + 1);
        Arrays.fill(grad, Float.NaN); // must be overwritten everywhere
        double loss = kernel.forwardBackward(spec, t.params, t.x, t.y, t.weights, t.row0, t.rows, lossScale, grad, ws);
        Reference ref = new Reference(t, lossScale);

        int d = spec.d(), k = spec.k(), m = spec.m(), n = t.rows;
        int sum = d + k + n + m + 8;
        assertEquals(ref.loss, loss, 4 * EPS * sum * Math.max(Math.abs(ref.loss), ref.lossAbs) + 1e-30, "loss [" + ctx + "]");
        assertBlock("dW", ref.grad, ref.gradAbs, grad, 0, k * d, sum, ctx);
        assertBlock("db", ref.grad, ref.gradAbs, grad, spec.offsetB(), spec.offsetA(), sum, ctx);
        assertBlock("dc", ref.grad, ref.gradAbs, grad, spec.offsetC(), spec.paramCount(), sum, ctx);
        if (spec.outputTrainable()) assertBlock("dA", ref.grad, ref.gradAbs, grad, spec.offsetA(), spec.offsetC(), sum, ctx);
        else for (int i = spec.offsetA(); i < spec.offsetC(); i++)
            assertEquals(0f, grad[i], "fixed output layer must have zero gradient [" + ctx + "]");

        // forward after forwardBackward (same workspace): outputs agree with the reference and with the loss
        float[] out = new float[n * m + 2];
        out[n * m] = 12345f;
        kernel.forward(spec, t.params, t.x, t.row0, t.rows, out, ws);
        assertEquals(12345f, out[n * m], "forward wrote past rows*m [" + ctx + "]");
        assertBlock("forward", ref.out, ref.outAbs, out, 0, n * m, sum, ctx);
        double lossFromOut = 0;
        for (int r = 0; r < n; r++) {
            double sq = 0;
            for (int o = 0; o < m; o++) {
                double res = out[r * m + o] - t.y[(t.row0 + r) * m + o];
                sq += res * res;
            }
            lossFromOut += (t.weights == null ? 1 : t.weights[t.row0 + r]) * sq;
        }
        assertEquals(loss, lossScale * lossFromOut, 4 * EPS * sum * Math.abs(loss) + 1e-30,
                "forwardBackward loss vs forward outputs [" + ctx + "]");

        // the fused SGD step: bitwise forwardBackward's loss and gradient, then p -= lr g
        float lr = 0.05f + (float) rnd.nextDouble();
        float[] stepped = t.params.clone(), expected = t.params.clone(), stepGrad = new float[spec.paramCount()];
        Kernel.sgdUpdate(expected, grad, 0, expected.length, lr);
        Arrays.fill(stepGrad, Float.NaN);
        double stepLoss = kernel.sgdStep(spec, stepped, t.x, t.y, t.weights, t.row0, t.rows, lossScale, lr, stepGrad,
                ws);
        assertEquals(loss, stepLoss, "sgdStep loss [" + ctx + "]");
        assertArrayEquals(grad, stepGrad, "sgdStep gradient [" + ctx + "]");
        assertArrayEquals(expected, stepped, "sgdStep parameters [" + ctx + "]");
        // without keepGradient: the same parameters and loss, whatever the buffer holds after
        float[] lean = t.params.clone(), scratch = new float[spec.paramCount()];
        Arrays.fill(scratch, Float.NaN);
        double leanLoss = kernel.sgdStep(spec, lean, t.x, t.y, t.weights, t.row0, t.rows, lossScale, lr, scratch,
                false, ws);
        assertEquals(loss, leanLoss, "sgdStep(keepGradient=false) loss [" + ctx + "]");
        assertArrayEquals(expected, lean, "sgdStep(keepGradient=false) parameters [" + ctx + "]");
    }

    @Test
    void emptyBlockGivesZeroLossAndGradient() {
        for (int d : new int[] {5, 100}) { // both dW paths (via dW^T, and direct)
            ModelSpec spec = ModelSpec.of(d, 9);
            VectorKernel kernel = new VectorKernel();
            Kernel.Workspace ws = kernel.newWorkspace(spec, 4);
            float[] params = new float[spec.paramCount()];
            Arrays.fill(params, 0.3f);
            float[] x = new float[4 * d], y = new float[4];
            Arrays.fill(x, 0.7f);
            float[] grad = new float[spec.paramCount()];
            kernel.forwardBackward(spec, params, x, y, null, 0, 3, 1.0, grad, ws); // leaves the workspace non-zero
            Arrays.fill(grad, Float.NaN);
            double loss = kernel.forwardBackward(spec, params, x, y, null, 1, 0, 1.0, grad, ws);
            assertEquals(0.0, loss);
            for (float g : grad) assertEquals(0f, g, "d=" + d);
        }
    }

    /**
     * output1D1 (one input: vectors over samples) gives bitwise output1's y, and output1 sums in its documented order,
     * every width, tails, leaky or not.
     */
    @Test
    void outputForOneInputIsBitwiseOutput1() {
        java.util.Random rnd = new java.util.Random(17);
        for (VectorBody b : new VectorBody[] {new VectorBody512(), new VectorBody256(), new VectorBody128()}) {
            if (!widthRuns(b.lanes() * 32)) continue;
            int L = b.lanes();
            for (int k : new int[] {1, 5, L, 3 * L + 2, 100}) {
                for (int n : new int[] {1, L - 1, L, 2 * L + 3, 50}) {
                    int kp = (k + L - 1) / L * L, xOff = rnd.nextInt(3);
                    float[] x = new float[xOff + n], wt = new float[kp], bp = new float[kp], ap = new float[kp];
                    for (int i = 0; i < x.length; i++) x[i] = (float) rnd.nextGaussian();
                    for (int j = 0; j < k; j++) {
                        wt[j] = (float) rnd.nextGaussian();
                        bp[j] = (float) rnd.nextGaussian();
                        ap[j] = (float) rnd.nextGaussian();
                    }
                    float slope = rnd.nextBoolean() ? 0f : 0.1f, yInit = (float) rnd.nextGaussian();
                    float[] z = new float[n * kp], y1 = new float[n], yd = new float[n], lanes = new float[L * L];
                    b.forwardZ(x, xOff, null, 0, n, 0, n, 0, kp, 1, kp, wt, 0, bp, z);
                    b.output1(z, n, 4 * L, 0, n, kp, k, ap, yInit, slope, y1, lanes);
                    b.output1D1(x, xOff, z, n, 4 * L, 0, n, kp, k, wt, 0, bp, ap, yInit, slope, yd, lanes);
                    assertArrayEquals(y1, yd, "lanes=" + L + " k=" + k + " n=" + n);
                    // output1's documented order: lane l sums units l, l + L, ... by FMAs from zero; y adds the
                    // lanes in order, only the first L/2 when k <= L/2, then yInit
                    int live = 2 * k <= L ? L / 2 : L;
                    for (int i = 0; i < n; i++) {
                        float sum = 0f;
                        for (int l = 0; l < live; l++) {
                            float acc = 0f;
                            for (int j = l; j < kp; j += L) {
                                float zz = z[VectorKernel.zIndex(i, j, n, kp, L)];
                                acc = Math.fma(zz < 0f ? zz * slope : zz, ap[j], acc);
                            }
                            sum += acc;
                        }
                        assertEquals(yInit + sum, y1[i], "lanes=" + L + " k=" + k + " n=" + n + " row " + i);
                    }
                }
            }
        }
    }

    /** Fewer hidden units than lanes and rows x d within one vector: ScalarKernel's loops, bitwise its results. */
    @Test
    void tinyBlocksRunTheScalarLoops() {
        Assumptions.assumeTrue(widthRuns(512), "no 512-bit vectors here");
        VectorKernel kernel = new VectorKernel(512);
        ScalarKernel scalar = new ScalarKernel();
        java.util.Random rnd = new java.util.Random(13);
        int[][] shapes = {{1, 8, 1}, {8, 8, 2}, {2, 15, 8}, {1, 3, 16}};
        for (int[] sh : shapes) {
            // one input and one output would take the units form, 2-4 inputs and one output the columns form (from 2
            // rows): two outputs here
            ModelSpec spec = ModelSpec.builder(sh[0], sh[1]).leakySlope(0.1)
                    .outputs(sh[0] <= VectorKernel.COLUMNS_MAX_D ? 2 : 1).build();
            for (int trial = 0; trial < 20; trial++) {
                Fixture f = Fixture.random(spec, 0, sh[2], trial % 2 == 0, rnd, false);
                float[] gv = new float[spec.paramCount()], gs = new float[spec.paramCount()];
                float[] ov = new float[sh[2] * spec.m()], os = new float[sh[2] * spec.m()];
                Kernel.Workspace wv = kernel.newWorkspace(spec, sh[2]), ws = scalar.newWorkspace(spec, sh[2]);
                double lv = kernel.forwardBackward(spec, f.params, f.x, f.y, f.weights, 0, sh[2], 0.3, gv, wv);
                double ls = scalar.forwardBackward(spec, f.params, f.x, f.y, f.weights, 0, sh[2], 0.3, gs, ws);
                kernel.forward(spec, f.params, f.x, 0, sh[2], ov, wv);
                scalar.forward(spec, f.params, f.x, 0, sh[2], os, ws);
                String where = Arrays.toString(sh) + " trial " + trial;
                assertEquals(ls, lv, where);
                assertArrayEquals(gs, gv, where);
                assertArrayEquals(os, ov, where);
            }
        }
        // one more row, k = lanes, or d = lanes (the dot form): the vector loops; and 2 rows of the columns form's
        // shapes, while one row of them still takes the scalar loops
        ModelSpec columns = ModelSpec.of(2, 15);
        VectorWorkspace cw = (VectorWorkspace) kernel.newWorkspace(columns, 8);
        assertFalse(VectorKernel.tinyBlock(columns, 2, cw));
        assertTrue(VectorKernel.columnsForm(2, cw));
        assertTrue(VectorKernel.tinyBlock(columns, 1, cw));
        assertFalse(VectorKernel.tinyBlock(ModelSpec.of(8, 8), 3,
                (VectorWorkspace) kernel.newWorkspace(ModelSpec.of(8, 8), 3)));
        assertFalse(VectorKernel.tinyBlock(ModelSpec.of(16, 8), 1,
                (VectorWorkspace) kernel.newWorkspace(ModelSpec.of(16, 8), 1)));
        assertFalse(VectorKernel.tinyBlock(ModelSpec.of(1, 16), 1,
                (VectorWorkspace) kernel.newWorkspace(ModelSpec.of(1, 16), 1)));
    }

    /** The second width a JVM makes warns, once; the first, the same width again and a third do not. */
    @Test
    void secondWidthInAJvmWarnsOnce() {
        assertNull(VectorKernel.mixedWidthWarning(0, 512));
        assertNull(VectorKernel.mixedWidthWarning(512, 512));
        String w = VectorKernel.mixedWidthWarning(512, 256);
        assertNotNull(w);
        assertTrue(w.contains("256-bit") && w.contains("512-bit") && w.contains("one width per JVM"), w);
        assertTrue(VectorKernel.mixedWidthWarning(128, 512).contains("128-bit"));
        assertNull(VectorKernel.mixedWidthWarning(256 | 512, 128));
        assertNull(VectorKernel.mixedWidthWarning(256 | 512, 256));
    }

    @Test
    void namesAndWidths() {
        assertEquals("vector-" + FloatVector.SPECIES_PREFERRED.vectorBitSize(), new VectorKernel().name());
        assertEquals("vector-256", new VectorKernel(256).name());
        assertEquals("vector-128", new VectorKernel(128).name());
        assertEquals("vector-512", new VectorKernel(512).name());
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> new VectorKernel(64));
        assertTrue(ex.getMessage().contains("64"), ex.getMessage());
    }

    @Test
    void badInputsAreRejectedClearly() {
        ModelSpec spec = ModelSpec.of(4, 6);
        VectorKernel kernel = new VectorKernel();
        Kernel.Workspace ws = kernel.newWorkspace(spec, 8);
        float[] p = new float[spec.paramCount()], g = new float[spec.paramCount()];
        float[] x = new float[8 * 4], y = new float[8];
        String msg = assertThrows(IllegalArgumentException.class,
                () -> kernel.forwardBackward(spec, p, x, y, null, 0, 9, 1, g, ws)).getMessage();
        assertTrue(msg.contains("maxRows"), msg);
        msg = assertThrows(IllegalArgumentException.class,
                () -> kernel.forwardBackward(spec, p, x, y, null, 2, 8, 1, g, kernel.newWorkspace(spec, 8))).getMessage();
        assertTrue(msg.contains("input array"), msg);
        msg = assertThrows(IllegalArgumentException.class,
                () -> kernel.forward(ModelSpec.of(4, 7), new float[100], x, 0, 1, new float[1], ws)).getMessage();
        assertTrue(msg.contains("workspace was made for"), msg);
        msg = assertThrows(IllegalArgumentException.class,
                () -> kernel.forwardBackward(spec, p, x, y, new float[3], 0, 8, 1, g, ws)).getMessage();
        assertTrue(msg.contains("weight array"), msg);
        // a bad step size is refused before anything is touched, by every kernel (the default method too)
        for (Kernel kk : new Kernel[] {kernel, new ScalarKernel()})
            for (float lr : new float[] {Float.NaN, Float.POSITIVE_INFINITY, -0.1f}) {
                float[] before = p.clone();
                Kernel.Workspace w = kk.newWorkspace(spec, 8);
                msg = assertThrows(IllegalArgumentException.class,
                        () -> kk.sgdStep(spec, p, x, y, null, 0, 8, 1, lr, g, w)).getMessage();
                assertTrue(msg.contains("learning rate"), kk.name() + ": " + msg);
                assertArrayEquals(before, p, kk.name() + " changed the parameters");
            }
        // one input and one output (the units form, which steps inside its backward pass): wrong shapes first
        ModelSpec one = ModelSpec.of(1, 40);
        float[] p1 = new float[one.paramCount()], before = p1.clone();
        msg = assertThrows(IllegalArgumentException.class, () -> kernel.sgdStep(one, p1, new float[4], new float[2],
                null, 0, 4, 1, 0.1f, new float[one.paramCount()], kernel.newWorkspace(one, 4))).getMessage();
        assertTrue(msg.contains("target array"), msg);
        assertArrayEquals(before, p1, "parameters changed by a refused call");
        // one row of it, which sgdStep takes straight to the units form's one-row method: the same checks
        for (boolean keep : new boolean[] {true, false}) {
            msg = assertThrows(IllegalArgumentException.class, () -> kernel.sgdStep(one, p1, new float[4],
                    new float[2], null, 2, 1, 1, 0.1f, new float[one.paramCount()], keep,
                    kernel.newWorkspace(one, 1))).getMessage();
            assertTrue(msg.contains("target array"), msg);
            msg = assertThrows(IllegalArgumentException.class, () -> kernel.sgdStep(one, p1, new float[4],
                    new float[2], null, 0, 1, 1, 0.1f, new float[one.paramCount() - 1], keep,
                    kernel.newWorkspace(one, 1))).getMessage();
            assertTrue(msg.contains("gradient array"), msg);
            assertArrayEquals(before, p1, "parameters changed by a refused one-row call (keep " + keep + ")");
        }
    }

    /** The 256- and 128-bit bodies are generated from the 512-bit template and must not drift from it. */
    @Test
    void generatedBodiesMatchTemplate() throws IOException {
        Path dir = Path.of("src/main/java/dev/twolayer/kernel");
        Assumptions.assumeTrue(Files.isDirectory(dir), "sources not available");
        String template = Files.readString(dir.resolve("VectorBody512.java"));
        for (String bits : new String[] {"256", "128"}) {
            String expected = "// GENERATED from VectorBody512.java by src/main/sh/gen-vector-bodies.sh: do not edit.\n"
                    + template.replace("512", bits);
            assertEquals(expected, Files.readString(dir.resolve("VectorBody" + bits + ".java")),
                    "VectorBody" + bits + ".java is out of date: run src/main/sh/gen-vector-bodies.sh");
        }
    }
}
