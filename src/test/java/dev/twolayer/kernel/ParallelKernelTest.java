package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/** ParallelKernel over ScalarKernel: bitwise identical across thread counts, close to the plain kernel. */
class ParallelKernelTest {

    private final List<ParallelKernel> opened = new ArrayList<>();

    private ParallelKernel parallel(int threads, int shardRows, int maxShards) {
        ParallelKernel p = new ParallelKernel(new ScalarKernel(), threads, shardRows, maxShards);
        opened.add(p);
        return p;
    }

    @AfterEach
    void closePools() {
        opened.forEach(ParallelKernel::close);
    }

    record Result(double loss, float[] grad, float[] out) {}

    private static Result run(Kernel kernel, Fixture f) {
        Kernel.Workspace ws = kernel.newWorkspace(f.spec, f.rows + 3);
        float[] grad = Fixture.gaussian(f.spec.paramCount(), new Random(5)); // garbage, must be overwritten
        double loss = kernel.forwardBackward(f.spec, f.params, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale, grad, ws);
        float[] out = new float[f.rows * f.spec.m()];
        kernel.forward(f.spec, f.params, f.x, f.row0, f.rows, out, ws);
        // every path (phases, shards, inline) also takes the SGD step: bitwise forwardBackward, then p -= lr g
        float[] stepped = f.params.clone(), expected = f.params.clone();
        float[] stepGrad = Fixture.gaussian(f.spec.paramCount(), new Random(6));
        Kernel.sgdUpdate(expected, grad, 0, expected.length, 0.3f);
        double stepLoss = kernel.sgdStep(f.spec, stepped, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale, 0.3f,
                stepGrad, ws);
        String where = kernel.name() + " " + f.spec + " rows=" + f.rows;
        assertEquals(loss, stepLoss, "sgdStep loss, " + where);
        assertArrayEquals(grad, stepGrad, "sgdStep gradient, " + where);
        assertArrayEquals(expected, stepped, "sgdStep parameters, " + where);
        float[] lean = f.params.clone(), scratch = Fixture.gaussian(f.spec.paramCount(), new Random(7));
        double leanLoss = kernel.sgdStep(f.spec, lean, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale, 0.3f,
                scratch, false, ws);
        assertEquals(loss, leanLoss, "sgdStep(keepGradient=false) loss, " + where);
        assertArrayEquals(expected, lean, "sgdStep(keepGradient=false) parameters, " + where);
        return new Result(loss, grad, out);
    }

    @Test
    void bitwiseIdenticalForOneTwoThreeThreads() {
        Random rnd = new Random(21);
        ModelSpec[] specs = {
                ModelSpec.of(7, 17),
                ModelSpec.builder(3, 5).outputs(3).leakySlope(0.1).hiddenBias(false).build(),
                ModelSpec.builder(4, 4).identityMapping(true).outputTrainable(false).outputBias(false).build()};
        int[] rowCounts = {1, 5, 63, 64, 65, 130, 257, 1100}; // 1100 > 16 shards x 64 rows: longer shards
        for (ModelSpec spec : specs) {
            for (int rows : rowCounts) {
                Fixture f = Fixture.random(spec, 3, rows, rows % 2 == 1, rnd, false);
                Result one = run(parallel(1, 64, 16), f);
                for (int threads : new int[] {2, 3}) {
                    Result r = run(parallel(threads, 64, 16), f);
                    String where = spec + " rows=" + rows + " threads=" + threads;
                    assertEquals(Double.doubleToRawLongBits(one.loss), Double.doubleToRawLongBits(r.loss), "loss " + where);
                    assertArrayEquals(one.grad, r.grad, "grad " + where);
                    assertArrayEquals(one.out, r.out, "out " + where);
                }
                // Forward is row-wise: bitwise the plain kernel's. The gradient sums shards in another order: close.
                Result plain = run(new ScalarKernel(), f);
                assertArrayEquals(plain.out, one.out, "forward of " + spec + " rows=" + rows);
                assertEquals(plain.loss, one.loss, 1e-5 * plain.loss);
                double scale = 0;
                for (float g : plain.grad) scale = Math.max(scale, Math.abs(g));
                for (int q = 0; q < plain.grad.length; q++)
                    assertEquals(plain.grad[q], one.grad[q], 1e-4 * scale + 1e-7, "grad " + q + " of " + spec + " rows=" + rows);
            }
        }
    }

    @Test
    void overTheVectorKernelToo() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Kernels.vectorAvailable(), "jdk.incubator.vector not present");
        Random rnd = new Random(26);
        ModelSpec spec = ModelSpec.builder(17, 33).outputs(2).leakySlope(0.1).build();
        Fixture f = Fixture.random(spec, 1, 301, true, rnd, false);
        Result one = null;
        for (int threads : new int[] {1, 2, 3}) {
            ParallelKernel p = new ParallelKernel(Kernels.byName("vector"), threads, 32, 16);
            opened.add(p);
            Result r = run(p, f);
            if (one == null) { one = r; continue; }
            assertEquals(one.loss, r.loss, "threads=" + threads);
            assertArrayEquals(one.grad, r.grad, "threads=" + threads);
            assertArrayEquals(one.out, r.out, "threads=" + threads);
        }
        Result plain = run(new ScalarKernel(), f);
        assertEquals(plain.loss, one.loss, 1e-5 * plain.loss);
    }

    /**
     * Over a VectorKernel the phases are split (W^T by units, Z by rows, backward by units), so every element is
     * computed exactly as by the VectorKernel alone: bitwise equal for 2 and 3 threads, at every width, with every
     * option, tails in d, k and rows, the dot-product forward (rows <= 4) and the direct dW path (d >= 4 lanes).
     */
    @Test
    void phasedSplitIsBitwiseTheVectorKernelAlone() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Kernels.vectorAvailable(), "jdk.incubator.vector not present");
        Random rnd = new Random(27);
        int[] ds = {1, 7, 16, 64, 100, 257};
        int[] ks = {1, 9, 33, 64, 100, 257};
        int[] rowss = {1, 3, 5, 13, 64, 131};
        for (int bits : new int[] {512, 256, 128}) {
            VectorKernel vk = new VectorKernel(bits);
            ParallelKernel two = new ParallelKernel(vk, 2, 64, 16, 0), three = new ParallelKernel(vk, 3, 64, 16, 0);
            opened.add(two);
            opened.add(three);
            for (int c = 0; c < 40; c++) {
                int d = ds[rnd.nextInt(ds.length)], k = ks[rnd.nextInt(ks.length)];
                boolean identity = rnd.nextInt(5) == 0;
                if (identity) k = d;
                ModelSpec spec = ModelSpec.builder(d, k).outputs(1 + rnd.nextInt(3) / 2 * 4)
                        .hiddenBias(rnd.nextBoolean()).outputBias(rnd.nextBoolean())
                        .outputTrainable(rnd.nextInt(4) != 0).leakySlope(rnd.nextBoolean() ? 0 : 0.1)
                        .identityMapping(identity).build();
                int rows = rowss[rnd.nextInt(rowss.length)];
                Fixture f = Fixture.random(spec, rnd.nextInt(3), rows, rnd.nextBoolean(), rnd, false);
                Result alone = run(vk, f), r2 = run(two, f), r3 = run(three, f);
                assertBitwiseSame(alone, r2, r3, bits + " bits, " + spec + " rows=" + rows);
            }
            // enough parameters for the step after the backward pass to be split too (UPDATE_SPLIT_MIN)
            for (int[] dkr : new int[][] {{257, 150, 5}, {256, 256, 64}}) { // rows > 4: not the dot form
                ModelSpec spec = ModelSpec.builder(dkr[0], dkr[1]).leakySlope(rnd.nextBoolean() ? 0 : 0.1).build();
                assertTrue(spec.paramCount() >= VectorKernel.UPDATE_SPLIT_MIN, spec.toString());
                Fixture f = Fixture.random(spec, rnd.nextInt(3), dkr[2], rnd.nextBoolean(), rnd, false);
                Result alone = run(vk, f), r2 = run(two, f), r3 = run(three, f);
                assertBitwiseSame(alone, r2, r3, bits + " bits, long step, " + spec + " rows=" + dkr[2]);
            }
            // a first chunk whose X is past 2 MiB, packed by rows into one copy for all parts (sharedPackedX), and a
            // short last chunk packed by each part into its own; d and k with tails, panels for 2 and 3 parts
            {
                ModelSpec spec = ModelSpec.builder(730, 130).leakySlope(rnd.nextBoolean() ? 0 : 0.1).build();
                int rows = 800, chunk = vk.newWorkspace(spec, rows, 0, true, true).chunkRows;
                assertTrue(chunk < rows && VectorKernel.sharedPackedX(chunk, spec.d())
                        && !VectorKernel.sharedPackedX(rows - chunk, spec.d()), "chunk of " + chunk + " rows");
                Fixture f = Fixture.random(spec, rnd.nextInt(3), rows, rnd.nextBoolean(), rnd, false);
                Result alone = run(vk, f), r2 = run(two, f), r3 = run(three, f);
                assertBitwiseSame(alone, r2, r3, bits + " bits, shared packed X, " + spec + " rows=" + rows);
            }
            // the transposed forward (one output, k < L, d of 1-4 vectors, more than a few rows): Z and y split by
            // rows, each part with its own scratch
            int lanes = bits / 32;
            for (int c = 0; c < 9; c++) {
                int d = new int[] {lanes, lanes + 3, 4 * lanes}[c % 3];
                int k = 1 + rnd.nextInt(lanes - 1);
                ModelSpec spec = ModelSpec.builder(d, k).hiddenBias(rnd.nextBoolean()).outputBias(rnd.nextBoolean())
                        .outputTrainable(rnd.nextInt(4) != 0).leakySlope(rnd.nextBoolean() ? 0 : 0.1).build();
                int rows = new int[] {5, 13, 40, 131}[c % 4];
                if (VectorKernel.samplesShape(spec, lanes)) // not the samples form
                    rows = Math.min(rows, VectorKernel.samplesMinRows(d, k, lanes) - 1);
                VectorWorkspace tw = vk.newWorkspace(spec, rows, 0, true, true);
                assertTrue(VectorKernel.transposedForward(rows, tw) && !VectorKernel.samplesForm(rows, tw),
                        spec.toString());
                Fixture f = Fixture.random(spec, rnd.nextInt(3), rows, rnd.nextBoolean(), rnd, false);
                Result alone = run(vk, f), r2 = run(two, f), r3 = run(three, f);
                assertBitwiseSame(alone, r2, r3, bits + " bits, transposed forward, " + spec + " rows=" + rows);
            }
            // Z by dot tiles of two rows (k <= 8 at 16 lanes, d of more than 4 vectors, the last maybe partial), split
            // by rows (odd parts: a row paired with itself), one output or several
            for (int c = 0; c < (lanes == 16 ? 6 : 0); c++) {
                int d = new int[] {5 * lanes, 6 * lanes + 11}[c % 2], k = 1 + rnd.nextInt(8);
                ModelSpec spec = ModelSpec.builder(d, k).outputs(1 + c % 3 / 2 * 4).hiddenBias(rnd.nextBoolean())
                        .outputBias(rnd.nextBoolean()).leakySlope(rnd.nextBoolean() ? 0 : 0.1).build();
                int rows = new int[] {5, 13, 40}[c % 3];
                assertTrue(vk.newWorkspace(spec, rows, 0, true, true).dotTiles, spec.toString());
                Fixture f = Fixture.random(spec, rnd.nextInt(3), rows, rnd.nextBoolean(), rnd, false);
                Result alone = run(vk, f), r2 = run(two, f), r3 = run(three, f);
                assertBitwiseSame(alone, r2, r3, bits + " bits, dot tiles, " + spec + " rows=" + rows);
            }
            // the samples form (one input, one output, long calls): y split by blocks of samples, the gradient by units
            for (int c = 0; c < 12; c++) {
                int k = new int[] {1, 9, 33, 100}[c % 4];
                ModelSpec spec = ModelSpec.builder(1, k).hiddenBias(rnd.nextBoolean()).outputBias(rnd.nextBoolean())
                        .outputTrainable(rnd.nextInt(4) != 0).leakySlope(rnd.nextBoolean() ? 0 : 0.1)
                        .identityMapping(k == 1 && rnd.nextBoolean()).build();
                int rows = 256 + rnd.nextInt(200);
                assertTrue(VectorKernel.samplesForm(rows, vk.newWorkspace(spec, rows, 0, true, true)));
                Fixture f = Fixture.random(spec, rnd.nextInt(3), rows, rnd.nextBoolean(), rnd, false);
                Result alone = run(vk, f), r2 = run(two, f), r3 = run(three, f);
                assertBitwiseSame(alone, r2, r3, bits + " bits, samples form, " + spec + " rows=" + rows);
            }
            // the samples form with d inputs (k < L): y split by blocks of samples, the gradient by tiles of 4 units
            for (int c = 0; c < 8; c++) {
                int d = c < 6 ? 2 + rnd.nextInt(lanes - 1) : lanes + 1 + rnd.nextInt(3 * lanes - 1);
                int k = 1 + rnd.nextInt(lanes - 1);
                if (!VectorKernel.samplesShape(ModelSpec.of(d, k), lanes)) k = Math.min(k, 4); // past L: d % L != 0
                boolean identity = c % 4 == 0 && d < lanes;
                if (identity) k = d;
                ModelSpec spec = ModelSpec.builder(d, k).hiddenBias(rnd.nextBoolean()).outputBias(rnd.nextBoolean())
                        .outputTrainable(rnd.nextInt(4) != 0).leakySlope(rnd.nextBoolean() ? 0 : 0.1)
                        .identityMapping(identity).build();
                int rows = 200 + rnd.nextInt(300);
                VectorWorkspace ws = vk.newWorkspace(spec, rows, 0, true, true);
                assertTrue(VectorKernel.samplesForm(rows, ws) && ws.samplesZ.length > 0, spec.toString());
                Fixture f = Fixture.random(spec, rnd.nextInt(3), rows, rnd.nextBoolean(), rnd, false);
                Result alone = run(vk, f), r2 = run(two, f), r3 = run(three, f);
                assertBitwiseSame(alone, r2, r3, bits + " bits, samples form with d inputs, " + spec + " rows=" + rows);
            }
        }
    }

    private static void assertBitwiseSame(Result alone, Result r2, Result r3, String where) {
        assertEquals(alone.loss, r2.loss, where);
        assertEquals(alone.loss, r3.loss, where);
        assertArrayEquals(alone.grad, r2.grad, where);
        assertArrayEquals(alone.grad, r3.grad, where);
        assertArrayEquals(alone.out, r2.out, where);
        assertArrayEquals(alone.out, r3.out, where);
    }

    /**
     * Over a VectorKernel, calls of a shape whose chunks are small are cut into row shards (here: always, and shards of
     * at most 16 rows): bitwise the same for 1, 2 and 3 threads, and the reference's result.
     */
    @Test
    void shardedVectorCallsMatchAcrossThreadsAndTheReference() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Kernels.vectorAvailable(), "jdk.incubator.vector not present");
        Random rnd = new Random(28);
        int[] ds = {1, 7, 16, 70};
        int[] ks = {1, 9, 33, 100};
        int[] rowss = {1, 5, 17, 40, 131};
        for (int bits : new int[] {512, 256, 128}) {
            VectorKernel vk = new VectorKernel(bits);
            ParallelKernel[] ps = new ParallelKernel[3];
            for (int t = 0; t < 3; t++) opened.add(ps[t] = new ParallelKernel(vk, t + 1, 16, 8, 0, Long.MAX_VALUE));
            for (int c = 0; c < 12; c++) {
                int d = ds[rnd.nextInt(ds.length)], k = ks[rnd.nextInt(ks.length)];
                ModelSpec spec = ModelSpec.builder(d, k).outputs(1 + rnd.nextInt(3) / 2 * 4)
                        .hiddenBias(rnd.nextBoolean()).leakySlope(rnd.nextBoolean() ? 0 : 0.1).build();
                int rows = rowss[rnd.nextInt(rowss.length)];
                Fixture f = Fixture.random(spec, rnd.nextInt(3), rows, rnd.nextBoolean(), rnd, false);
                Result one = run(ps[0], f);
                String where = bits + " bits, " + spec + " rows=" + rows;
                for (int t = 1; t < 3; t++) {
                    Result r = run(ps[t], f);
                    assertEquals(one.loss, r.loss, where);
                    assertArrayEquals(one.grad, r.grad, where);
                    assertArrayEquals(one.out, r.out, where);
                }
                ScalarKernelTest.assertMatchesReference(ps[1], f);
            }
        }
    }

    @Test
    void manySmallShardsMatchAcrossThreadsAndTheReference() {
        Random rnd = new Random(22);
        ModelSpec spec = ModelSpec.builder(5, 9).outputs(2).leakySlope(0.1).build();
        ParallelKernel single = parallel(1, 3, 5), triple = parallel(3, 3, 5), quad = parallel(4, 3, 5);
        for (int rows = 1; rows <= 31; rows++) {
            Fixture f = Fixture.random(spec, rows % 4, rows, rows % 3 == 0, rnd);
            Result a = run(single, f), b = run(triple, f), c = run(quad, f);
            assertArrayEquals(a.grad, b.grad, "rows=" + rows);
            assertArrayEquals(a.grad, c.grad, "rows=" + rows);
            assertEquals(a.loss, b.loss);
            assertEquals(a.loss, c.loss);
            ScalarKernelTest.assertMatchesReference(triple, f);
        }
    }

    @Test
    void shardRuleDependsOnlyOnRows() {
        ParallelKernel p = parallel(3, 64, 16);
        assertEquals(1, p.shardCount(0));
        assertEquals(1, p.shardCount(64));
        assertEquals(2, p.shardCount(65));
        assertEquals(16, p.shardCount(1024));
        assertEquals(16, p.shardCount(100_000));
        assertEquals(p.shardCount(777), parallel(1, 64, 16).shardCount(777));
        assertEquals("scalar-mt3", p.name());
    }

    @Test
    void concurrentCallersWithTheirOwnWorkspacesGetTheSameResults() throws Exception {
        Random rnd = new Random(23);
        ParallelKernel p = parallel(2, 8, 16);
        Fixture f = Fixture.random(ModelSpec.of(6, 10), 0, 100, true, rnd, false);
        Result expected = run(p, f);
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            List<Future<Boolean>> same = new ArrayList<>();
            for (int c = 0; c < 3; c++)
                same.add(callers.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        Result r = run(p, f);
                        if (r.loss != expected.loss || !Arrays.equals(r.grad, expected.grad)) return false;
                    }
                    return true;
                }));
            for (Future<Boolean> s : same) assertTrue(s.get());
        } finally {
            callers.shutdown();
        }
    }

    @Test
    void shardFailureReachesTheCallerAndThePoolKeepsWorking() {
        Kernel failing = new Kernel() {
            final ScalarKernel scalar = new ScalarKernel();
            @Override public String name() { return "failing"; }
            @Override public Workspace newWorkspace(ModelSpec spec, int maxRows) { return scalar.newWorkspace(spec, maxRows); }
            @Override public void forward(ModelSpec spec, float[] params, float[] x, int row0, int rows, float[] out, Workspace ws) {
                scalar.forward(spec, params, x, row0, rows, out, ws);
            }
            @Override public double forwardBackward(ModelSpec spec, float[] params, float[] x, float[] y, float[] weights,
                                                    int row0, int rows, double lossScale, float[] grad, Workspace ws) {
                if (row0 >= 40) throw new IllegalStateException("boom at row " + row0);
                return scalar.forwardBackward(spec, params, x, y, weights, row0, rows, lossScale, grad, ws);
            }
        };
        try (ParallelKernel p = new ParallelKernel(failing, 3, 10, 16)) {
            Fixture f = Fixture.random(ModelSpec.of(2, 3), 0, 80, false, new Random(24), false);
            Kernel.Workspace ws = p.newWorkspace(f.spec, 80);
            float[] grad = new float[f.spec.paramCount()];
            IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                    p.forwardBackward(f.spec, f.params, f.x, f.y, null, 0, 80, f.lossScale, grad, ws));
            assertTrue(e.getMessage().startsWith("boom"));
            double loss = p.forwardBackward(f.spec, f.params, f.x, f.y, null, 0, 40, f.lossScale, grad, ws);
            assertTrue(loss > 0);
        }
    }

    @Test
    void closedPoolRefusesMultiShardBlocksAndBadInputIsRejected() {
        ParallelKernel p = parallel(2, 4, 8);
        Fixture f = Fixture.random(ModelSpec.of(3, 4), 0, 20, false, new Random(25), false);
        Kernel.Workspace ws = p.newWorkspace(f.spec, 20);
        float[] grad = new float[f.spec.paramCount()];
        ScalarKernelTest.assertMessage("exceeds the workspace", () ->
                p.forwardBackward(f.spec, f.params, f.x, f.y, null, 0, 21, f.lossScale, grad, ws));
        ScalarKernelTest.assertMessage("params has length", () ->
                p.forwardBackward(f.spec, new float[3], f.x, f.y, null, 0, 20, f.lossScale, grad, ws));
        ScalarKernelTest.assertMessage("was not made by", () ->
                p.forwardBackward(f.spec, f.params, f.x, f.y, null, 0, 20, f.lossScale, grad,
                        new ScalarKernel().newWorkspace(f.spec, 20)));
        assertThrows(IllegalArgumentException.class, () -> new ParallelKernel(new ScalarKernel(), 0));
        p.close();
        assertThrows(IllegalStateException.class, () ->
                p.forwardBackward(f.spec, f.params, f.x, f.y, null, 0, 20, f.lossScale, grad, ws));
    }
}
