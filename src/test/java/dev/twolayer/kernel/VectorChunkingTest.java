package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * VectorKernel runs a long batch in chunks (so that X, Z and G stay in L2), continuing every sum over rows from chunk
 * to chunk: the result must be bitwise that of one pass over the whole batch, for any chunk size (including chunks
 * of a few rows, which take the dot-product forward, next to longer ones which pack W^T), with its phases cut into
 * parts run in any order, and for forward-only calls that reuse a packed W^T; and the fused SGD step must give
 * bitwise forwardBackward's gradient and then {@code p -= lr g}.
 */
class VectorChunkingTest {

    record Result(double loss, float[] grad, float[] out, float[] outAgain, double stepLoss, float[] stepGrad,
                  float[] stepped, double leanLoss, float[] leanStepped) {}

    static final float LR = 0.37f;

    /** Runs parts in reverse order: nothing may depend on the order of a phase's parts. */
    private static final VectorKernel.PartRunner REVERSED = (step, phase, parts) -> {
        for (int q = parts - 1; q >= 0; q--) step.part(phase, q, parts);
    };

    private static Result run(VectorKernel vk, Fixture f, int chunkRows, int parts) {
        VectorWorkspace w = vk.newWorkspace(f.spec, f.rows + 2, chunkRows, true, true);
        float[] grad = Fixture.gaussian(f.spec.paramCount(), new Random(5)); // garbage, must be overwritten
        double loss = vk.forwardBackward(f.spec, f.params, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale, grad, w,
                REVERSED, parts, false, true, 0f);
        // the fused SGD step on a copy of the parameters
        float[] stepped = f.params.clone(), stepGrad = Fixture.gaussian(f.spec.paramCount(), new Random(6));
        double stepLoss = vk.forwardBackward(f.spec, stepped, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale,
                stepGrad, w, REVERSED, parts, true, true, LR);
        // the step without keeping the gradient (the dot form then skips dW's stores)
        float[] lean = f.params.clone(), scratch = Fixture.gaussian(f.spec.paramCount(), new Random(7));
        double leanLoss = vk.forwardBackward(f.spec, lean, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale,
                scratch, w, REVERSED, parts, true, false, LR);
        float[] out = new float[f.rows * f.spec.m()], again = new float[out.length];
        vk.forward(f.spec, f.params, f.x, f.row0, f.rows, out, w, REVERSED, parts);
        vk.forward(f.spec, f.params, f.x, f.row0, f.rows, again, w, REVERSED, parts); // packed W^T reused
        return new Result(loss, grad, out, again, stepLoss, stepGrad, stepped, leanLoss, lean);
    }

    /**
     * One output, no sample weights, from {@link VectorKernel#LANES_MIN_ROWS} rows: the residuals' sums by lanes
     * (VectorBody#residualLanes), by each row's index within the call, so chunks that start off a whole vector of
     * rows must still sum as one pass.
     */
    @Test
    void residualLanesChunkedAsOnePass() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Kernels.vectorAvailable(), "jdk.incubator.vector not present");
        Random rnd = new Random(47);
        int[][] shapes = {{1, 8}, {1, 100}, {3, 40}, {16, 8}, {10, 10}, {64, 33}};
        int[] rowss = {VectorKernel.LANES_MIN_ROWS, 100, 131, 300};
        int[] chunkss = {1, 5, 7, 17, 50};
        for (int bits : new int[] {512, 256, 128}) {
            VectorKernel vk = new VectorKernel(bits);
            for (int[] shape : shapes) {
                ModelSpec spec = ModelSpec.builder(shape[0], shape[1]).hiddenBias(rnd.nextBoolean())
                        .leakySlope(rnd.nextBoolean() ? 0 : 0.1).build();
                int rows = rowss[rnd.nextInt(rowss.length)], chunk = chunkss[rnd.nextInt(chunkss.length)];
                Fixture f = Fixture.random(spec, rnd.nextInt(3), rows, false, rnd, false);
                Result whole = run(vk, f, rows, 1), chunked = run(vk, f, chunk, 1 + rnd.nextInt(3));
                String where = bits + " bits, " + spec + " rows=" + rows + " chunk=" + chunk;
                assertEquals(whole.loss, chunked.loss, where);
                assertArrayEquals(whole.grad, chunked.grad, where);
                assertEquals(whole.loss, chunked.stepLoss, "fused step loss, " + where);
                assertArrayEquals(whole.stepped, chunked.stepped, "fused step parameters, " + where);
                assertArrayEquals(whole.leanStepped, chunked.leanStepped, "step without the gradient, " + where);
            }
        }
    }

    /**
     * VectorBody#residualLanes against a double-precision sum: e bitwise as 2 lossScale r, the lanes' totals within
     * double rounding of the exact sums, and any split of the rows into pieces (the first row's index within the
     * call given) leaving the same lanes bitwise; {@link VectorKernel#plainResidualLanes} bitwise the same.
     */
    @Test
    void residualLanesMatchAndSplit() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Kernels.vectorAvailable(), "jdk.incubator.vector not present");
        Random rnd = new Random(53);
        for (VectorBody body : new VectorBody[] {new VectorBody512(), new VectorBody256(), new VectorBody128()}) {
            int L = body.lanes();
            for (int n : new int[] {1, 3, L - 1, L, L + 1, 4 * L + 3, 100, 257}) {
                int yOff = rnd.nextInt(4);
                float[] out = Fixture.gaussian(n, rnd), y = Fixture.gaussian(n + yOff, rnd), e = new float[n];
                float ei = (float) (2.0 * 0.37);
                double[] lanes = new double[2 * L];
                body.residualLanes(out, y, yOff, n, ei, e, lanes, 0);
                double sq = 0, de = 0, scale = 0;
                for (int i = 0; i < n; i++) {
                    float r = out[i] - y[yOff + i];
                    assertEquals(Float.floatToRawIntBits(ei * r), Float.floatToRawIntBits(e[i]), "e, n=" + n);
                    sq += (double) r * r;
                    de += ei * r;
                    scale += Math.abs(ei * r);
                }
                // the plain loop that large steps take: bitwise the same
                double[] plain = new double[2 * L];
                float[] e3 = new float[n];
                VectorKernel.plainResidualLanes(out, y, yOff, 0, n, ei, e3, plain, 0, L);
                assertArrayEquals(lanes, plain, "plain loop, n=" + n + ", " + L + " lanes");
                assertArrayEquals(e, e3, "plain loop's e, n=" + n);
                double[] copy = lanes.clone();
                assertEquals(sq, VectorKernel.laneTotal(copy, 0, L), 1e-13 * sq, "r^2, n=" + n + ", " + L + " lanes");
                assertEquals(de, VectorKernel.laneTotal(copy, L, L), 1e-13 * scale, "e, n=" + n + ", " + L + " lanes");
                // the same rows in pieces of random length, each told where it starts, by the body or the plain loop
                double[] split = new double[2 * L];
                float[] e2 = new float[n];
                for (int i = 0; i < n; ) {
                    int len = Math.min(n - i, 1 + rnd.nextInt(2 * L));
                    float[] eTail = new float[len], outTail = java.util.Arrays.copyOfRange(out, i, i + len);
                    if (rnd.nextBoolean()) body.residualLanes(outTail, y, yOff + i, len, ei, eTail, split, i);
                    else VectorKernel.plainResidualLanes(outTail, y, yOff + i, 0, len, ei, eTail, split, i, L);
                    System.arraycopy(eTail, 0, e2, i, len);
                    i += len;
                }
                assertArrayEquals(lanes, split, "pieces, n=" + n + ", " + L + " lanes");
                assertArrayEquals(e, e2, "pieces' e, n=" + n);
            }
        }
    }

    @Test
    void chunkedBatchIsBitwiseOnePass() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Kernels.vectorAvailable(), "jdk.incubator.vector not present");
        Random rnd = new Random(31);
        int[] ds = {1, 7, 16, 64, 100, 257};
        int[] ks = {1, 9, 33, 64, 100, 257};
        int[] rowss = {1, 3, 5, 9, 13, 64, 131};
        int[] chunkss = {1, 2, 5, 7, 32};
        for (int bits : new int[] {512, 256, 128}) {
            VectorKernel vk = new VectorKernel(bits);
            for (int c = 0; c < 30; c++) {
                int d = ds[rnd.nextInt(ds.length)], k = ks[rnd.nextInt(ks.length)];
                boolean identity = rnd.nextInt(5) == 0;
                if (identity) k = d;
                ModelSpec spec = ModelSpec.builder(d, k).outputs(1 + rnd.nextInt(3) / 2 * 4)
                        .hiddenBias(rnd.nextBoolean()).outputBias(rnd.nextBoolean())
                        .outputTrainable(rnd.nextInt(4) != 0).leakySlope(rnd.nextBoolean() ? 0 : 0.1)
                        .identityMapping(identity).build();
                int rows = rowss[rnd.nextInt(rowss.length)], chunk = chunkss[rnd.nextInt(chunkss.length)];
                int parts = 1 + rnd.nextInt(3);
                Fixture f = Fixture.random(spec, rnd.nextInt(3), rows, rnd.nextBoolean(), rnd, false);
                Result whole = run(vk, f, rows, 1), chunked = run(vk, f, chunk, parts);
                String where = bits + " bits, " + spec + " rows=" + rows + " chunk=" + chunk + " parts=" + parts;
                assertEquals(whole.loss, chunked.loss, where);
                assertArrayEquals(whole.grad, chunked.grad, where);
                assertArrayEquals(whole.out, chunked.out, where);
                assertArrayEquals(whole.out, chunked.outAgain, where);
                assertArrayEquals(whole.out, whole.outAgain, where);
                // the fused step: bitwise forwardBackward, then p -= lr g
                float[] expected = f.params.clone();
                Kernel.sgdUpdate(expected, whole.grad, 0, expected.length, LR);
                for (Result r : new Result[] {whole, chunked}) {
                    assertEquals(whole.loss, r.stepLoss, "fused step loss, " + where);
                    assertArrayEquals(whole.grad, r.stepGrad, "fused step gradient, " + where);
                    assertArrayEquals(expected, r.stepped, "fused step parameters, " + where);
                    assertEquals(whole.loss, r.leanLoss, "step without the gradient: loss, " + where);
                    assertArrayEquals(expected, r.leanStepped, "step without the gradient: parameters, " + where);
                }
            }
        }
    }

    /**
     * A call of 2-4 rows with several outputs in chunks of fewer rows takes the dot form, dW summed from chunk to
     * chunk row by row (VectorBody#weightGradRows with acc); with d past a vector and not a multiple of it, each
     * row's partial last vector is the row's last L inputs, its lanes below the last whole vector's end computed
     * twice: bitwise one pass, every width, with and without the fused step.
     */
    @Test
    void chunkedDotRowsWithPartialVectorsAreBitwiseOnePass() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Kernels.vectorAvailable(), "jdk.incubator.vector not present");
        Random rnd = new Random(59);
        for (int bits : new int[] {512, 256, 128}) {
            VectorKernel vk = new VectorKernel(bits);
            int L = bits / 32;
            for (int d : new int[] {L + 3, 2 * L + 1, 100, 257})
                for (int k : new int[] {9, 33}) {
                    ModelSpec spec = ModelSpec.builder(d, k).outputs(k == 9 ? 2 : 4).hiddenBias(rnd.nextBoolean())
                            .outputTrainable(rnd.nextInt(4) != 0).leakySlope(rnd.nextBoolean() ? 0 : 0.1).build();
                    int rows = 2 + rnd.nextInt(3), chunk = 1 + rnd.nextInt(rows - 1);
                    Fixture f = Fixture.random(spec, rnd.nextInt(3), rows, rnd.nextBoolean(), rnd, false);
                    Result whole = run(vk, f, rows, 1), chunked = run(vk, f, chunk, 1 + rnd.nextInt(3));
                    String where = bits + " bits, " + spec + " rows=" + rows + " chunk=" + chunk;
                    assertEquals(whole.loss, chunked.loss, where);
                    assertArrayEquals(whole.grad, chunked.grad, where);
                    float[] expected = f.params.clone();
                    Kernel.sgdUpdate(expected, whole.grad, 0, expected.length, LR);
                    assertArrayEquals(expected, chunked.stepped, "fused step parameters, " + where);
                    assertArrayEquals(expected, chunked.leanStepped, "step without the gradient, " + where);
                }
        }
    }

    @Test
    void defaultChunksFitTheBudgetAndAmortizeDw() {
        // X, packed X, Z and G of a chunk within the budget, unless that would be under d rows (or the minimum)
        int budget = VectorWorkspace.CHUNK_BYTES;
        assertEquals(Math.max(256, budget / (4 * (2 * 256 + 2 * 256))), VectorWorkspace.defaultChunkRows(256, 256));
        assertEquals(Math.max(1024, budget / (4 * (2 * 1024 + 2 * 4096))), VectorWorkspace.defaultChunkRows(1024, 4096));
        assertEquals(Math.max(VectorWorkspace.MIN_CHUNK_ROWS, budget / (4 * (2 + 2 * 4096))),
                VectorWorkspace.defaultChunkRows(1, 4096));
        ModelSpec spec = ModelSpec.of(256, 256);
        VectorWorkspace w = new VectorWorkspace(spec, 4096, 16, new VectorBody512());
        assertEquals(VectorWorkspace.defaultChunkRows(256, 256), w.chunkRows);
        assertEquals(w.chunkRows * w.kp, w.z.length, "per-row buffers hold one chunk, not the whole batch");
        assertEquals(10, new VectorWorkspace(spec, 10, 16, new VectorBody512()).chunkRows);
    }

    @Test
    void dotTileChunksFitTheBudgetWithoutTheFloorOfDRows() {
        // the dot tiles' chunks: the same budget, no floor of d rows (W is copied once a call, dW has <= 8 rows)
        int budget = VectorWorkspace.CHUNK_BYTES;
        assertEquals(Math.max(VectorWorkspace.MIN_CHUNK_ROWS, budget / (4 * (2 * 1024 + 2 * 16))),
                VectorWorkspace.dotTilesChunkRows(1024, 16));
        assertTrue(VectorWorkspace.dotTilesChunkRows(1024, 16) < 1024);
        VectorWorkspace w = new VectorWorkspace(ModelSpec.of(1024, 8), 4096, 16, new VectorBody512());
        assertTrue(w.dotTiles);
        assertEquals(VectorWorkspace.dotTilesChunkRows(1024, 16), w.chunkRows);
        assertTrue(new VectorWorkspace(ModelSpec.of(1000, 8), 4096, 16, new VectorBody512()).dotTiles);
        // the copy's rows: whole vectors (each row starts on a line; nothing reads the padding), never a multiple of
        // 4 KiB apart
        for (int d = 65; d <= 4200; d++) {
            int stride = VectorKernel.dotTilesStride(d);
            assertTrue(stride >= d && stride - d < 32 && stride % 16 == 0 && stride % 1024 != 0, "d=" + d);
        }
        VectorWorkspace usual = new VectorWorkspace(ModelSpec.of(1024, 9), 4096, 16, new VectorBody512());
        assertFalse(usual.dotTiles);
        assertEquals(VectorWorkspace.defaultChunkRows(1024, 32), usual.chunkRows);
    }
}
