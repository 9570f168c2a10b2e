package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** forward, forwardBackward and sgdStep (keeping the gradient or not) allocate nothing per call once warm (measured on the calling thread). */
class AllocationTest {

    private static long allocatedBytes() {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return bean.getCurrentThreadAllocatedBytes();
    }

    private static long bytesPerCalls(Kernel kernel, Fixture f, int calls) {
        return bytesPerCalls(kernel, f, calls, 300);
    }

    /**
     * Vector API code allocates its vectors until C2 compiles it, hence a longer warm-up for vector kernels; and C2
     * may still be busy with earlier tests' methods after it (on 2 cores, seconds of queued vector loops), so the
     * measurement is repeated until a round allocates nothing, for at least 100 rounds and up to 20 seconds: the least
     * bytes over the rounds. A real per-call allocation shows in every round. (100 rounds alone were too few in about
     * 1 run of 6: the units form's one-row helper, called once a call and too cold for C2 to inline, was still C1
     * code, which allocates its vectors, when the rounds ended half a second later.)
     */
    private static long bytesPerCalls(Kernel kernel, Fixture f, int calls, int warmUp) {
        Kernel.Workspace ws = kernel.newWorkspace(f.spec, f.rows);
        float[] grad = new float[f.spec.paramCount()];
        float[] out = new float[f.rows * f.spec.m()], stepped = f.params.clone();
        for (int i = 0; i < warmUp; i++) { // warm up
            kernel.forwardBackward(f.spec, f.params, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale, grad, ws);
            kernel.forward(f.spec, f.params, f.x, f.row0, f.rows, out, ws);
            kernel.sgdStep(f.spec, stepped, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale, 1e-6f, grad, ws);
            kernel.sgdStep(f.spec, stepped, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale, 1e-6f, grad, false, ws);
        }
        long least = Long.MAX_VALUE, deadline = System.nanoTime() + 20_000_000_000L;
        for (int round = 0; (round < 100 || System.nanoTime() < deadline) && least >= 4096; round++) {
            if (round == 100) System.err.println("AllocationTest: " + kernel.name() + " " + f.spec + " rows="
                    + f.rows + " still allocates after 100 rounds (" + least + " bytes); measuring on");
            long before = allocatedBytes();
            for (int i = 0; i < calls; i++) {
                kernel.forwardBackward(f.spec, f.params, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale, grad, ws);
                kernel.forward(f.spec, f.params, f.x, f.row0, f.rows, out, ws);
                kernel.sgdStep(f.spec, stepped, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale, 1e-6f, grad, ws);
                kernel.sgdStep(f.spec, stepped, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale, 1e-6f, grad, false,
                        ws);
            }
            least = Math.min(least, allocatedBytes() - before);
        }
        return least;
    }

    /**
     * The checks below, each in a fresh JVM ({@link #main}); up to {@link #JVMS} fresh JVMs while they fail. Zero
     * allocation is a steady state of the JIT, and over about 15 fixtures one JVM now and then leaves a vector method
     * in code that allocates for good: seen in about 1 run of 10 on 2 cores, each time in a different method (the units
     * form's one-row helper, since moved into its caller; ParallelKernel's phases at d=70). On the Zen 5 at stop 38, 3
     * of 21 standalone JVMs (none of 30 with JFR on) and, under CI (five runs), 4 of the aligned check's 8 JVMs and 1
     * of the other's 6: the aligned batch-1 step at d=64 k=40 (10,241,472 bytes a round, each time;
     * VectorBody512.activeUnits stayed C1 code there for good in both JVMs looked at, where a passing JVM compiles it
     * with C2 within 0.1 s, by -XX:+PrintCompilation) or the transposed forward at d=80 k=8 (9,729,472); without
     * aligned objects d=64 k=40 again (6,400,736). Each persists through 20 s of rounds. A real per-call allocation
     * fails in every JVM; the first JVM's report is printed either way.
     */
    @Test
    void noAllocationPerCall() throws Exception {
        checkInFreshJvms(List.of());
    }

    /**
     * The same with objects on 64-byte lines, as benchmarks/run starts its JVMs: VectorWorkspace.ALIGN is then not 0,
     * and the batch-1 step takes W's vectors on the caller's lines (weightGradRowShortAligned).
     */
    @Test
    void noAllocationPerCallOnAlignedObjects() throws Exception {
        checkInFreshJvms(List.of("-XX:ObjectAlignmentInBytes=64"));
    }

    /**
     * Fresh JVMs a check may take. On the Zen 5 (see above) the aligned check's JVMs stuck in 4 of 8 under CI against
     * 3 of 21 standalone: at 1 in 2, 8 JVMs leave about 1 CI run in 250 red. A stuck JVM costs about 30 s.
     */
    private static final int JVMS = 8;

    private static void checkInFreshJvms(List<String> jvmFlags) throws Exception {
        List<String> cmd = ForkedJvm.command(AllocationTest.class, jvmFlags);
        String first = null;
        for (int attempt = 1; attempt <= JVMS; attempt++) {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            int rc = p.waitFor();
            if (rc == 2) org.junit.jupiter.api.Assumptions.abort(out);
            if (rc == 0) {
                if (first != null)
                    System.err.println("AllocationTest: " + (attempt - 1)
                            + " JVM(s) failed, a fresh one passed. First:\n" + first);
                return;
            }
            if (first == null) first = out;
            else if (attempt == JVMS)
                fail("allocation in " + JVMS + " fresh JVMs.\nFirst:\n" + first + "\nLast:\n" + out);
        }
    }

    /** Runs {@link #checkAll}: exit 0 when it passes, 1 when it fails, 2 when this JVM cannot measure allocation. */
    public static void main(String[] args) {
        try {
            checkAll();
            System.exit(0);
        } catch (org.opentest4j.TestAbortedException e) {
            System.out.println("skipped: " + e.getMessage());
            System.exit(2);
        } catch (Throwable t) {
            t.printStackTrace(System.out);
            System.exit(1);
        }
    }

    static void checkAll() {
        var bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled());
        Fixture f = Fixture.random(ModelSpec.builder(5, 7).outputs(2).build(), 1, 40, true, new Random(41), false);
        // Far less than one array per call: a per-call allocation would show up as >= 16 bytes x 1000 calls.
        assertTrue(bytesPerCalls(new ScalarKernel(), f, 1000) < 4096);
        try (ParallelKernel p = new ParallelKernel(new ScalarKernel(), 2, 8, 16)) {
            assertTrue(bytesPerCalls(p, f, 1000) < 4096);
        }
        if (Kernels.vectorAvailable()) {
            // phases split over the pool even for this small block
            try (ParallelKernel p = new ParallelKernel(new VectorKernel(), 2, 8, 16, 0)) {
                long bytes = bytesPerCalls(p, f, 1000, 20_000);
                assertTrue(bytes < 4096, bytes + " bytes");
            }
            Fixture big = Fixture.random(ModelSpec.builder(70, 40).build(), 0, 33, false, new Random(42), false);
            try (ParallelKernel p = new ParallelKernel(new VectorKernel(), 2, 8, 16, 0)) {
                long bytes = bytesPerCalls(p, big, 1000, 20_000);
                assertTrue(bytes < 4096, bytes + " bytes");
            }
            // a panel of hidden units or more per thread: Z by panels, each part packing its own copy of X
            Fixture wide = Fixture.random(ModelSpec.builder(70, 130).build(), 0, 33, false, new Random(46), false);
            try (ParallelKernel p = new ParallelKernel(new VectorKernel(), 2, 8, 16, 0)) {
                long bytes = bytesPerCalls(p, wide, 1000, 20_000);
                assertTrue(bytes < 4096, "d=70 k=130 on 2 threads: " + bytes + " bytes");
            }
            // few inputs (dW^T transposed into the gradient by register blocks at 512 bits), on one thread
            Fixture narrow = Fixture.random(ModelSpec.builder(24, 40).build(), 0, 33, false, new Random(44), false);
            long narrowBytes = bytesPerCalls(new VectorKernel(), narrow, 1000, 20_000);
            assertTrue(narrowBytes < 4096, "d=24: " + narrowBytes + " bytes");
            // a few rows: the dot-product forward and dW row by row (batch-1 steps); d = 16 and 64 are whole vectors
            // at 512 bits (one-vector rows and the flat dW loop), d = 128 rows longer than 4 vectors (the loop along
            // each row, skipping units with a zero gradient), d = 70 has a masked tail; d = 64 with 1030 units has W
            // of 256 KiB and more (with aligned objects, the forward's aligned blocks, then a tail block); k <= L at
            // one row: the one-row step (dotRowOutput, dotRowGrad)
            for (int[] dr : new int[][] {{70, 1, 40}, {70, 3, 40}, {16, 1, 40}, {64, 1, 40}, {64, 3, 40},
                    {128, 1, 40}, {64, 1, 1030}, {16, 1, 8}, {64, 1, 8}, {48, 1, 5}}) {
                Fixture dot = Fixture.random(ModelSpec.builder(dr[0], dr[2]).build(), 0, dr[1], false,
                        new Random(45), false);
                long dotBytes = bytesPerCalls(new VectorKernel(), dot, 1000, 20_000);
                assertTrue(dotBytes < 4096, "d=" + dr[0] + " k=" + dr[2] + " " + dr[1] + " rows: " + dotBytes
                        + " bytes");
            }
            // identity mapping at a few rows: k = d = 16 the one-row step, d = k = 64 and 70 the rows' calls (x added
            // to Z's rows by vectors; 70 ends in a masked one)
            for (int[] dr : new int[][] {{16, 1}, {64, 1}, {70, 3}}) {
                Fixture id = Fixture.random(ModelSpec.builder(dr[0], dr[0]).identityMapping(true).build(), 0, dr[1],
                        false, new Random(47), false);
                long idBytes = bytesPerCalls(new VectorKernel(), id, 1000, 20_000);
                assertTrue(idBytes < 4096, "identity, d=k=" + dr[0] + " " + dr[1] + " rows: " + idBytes + " bytes");
            }
            // the transposed forward (one output, k < L, d of 1-4 vectors): whole vectors of rows and inputs, and
            // tails of both; d = 80: Z by dot tiles; one thread, and two with Z and y split by rows
            for (int[] dkr : new int[][] {{16, 8, 32}, {20, 5, 37}, {64, 3, 9}, {80, 8, 37}}) {
                Fixture tf = Fixture.random(ModelSpec.builder(dkr[0], dkr[1]).build(), 0, dkr[2], false,
                        new Random(48 + dkr[2]), false);
                long tBytes = bytesPerCalls(new VectorKernel(), tf, 1000, 20_000);
                assertTrue(tBytes < 4096, "transposed, d=" + dkr[0] + " k=" + dkr[1] + ": " + tBytes + " bytes");
                try (ParallelKernel p = new ParallelKernel(new VectorKernel(), 2, 8, 16, 0)) {
                    tBytes = bytesPerCalls(p, tf, 1000, 20_000);
                    assertTrue(tBytes < 4096, "transposed on 2 threads, d=" + dkr[0] + ": " + tBytes + " bytes");
                }
            }
            // cut into row shards of whole VectorKernel calls, each in chunks of 3 rows
            try (ParallelKernel p = new ParallelKernel(new VectorKernel(), 2, 8, 16, 0, Long.MAX_VALUE)) {
                long bytes = bytesPerCalls(p, f, 1000, 20_000);
                assertTrue(bytes < 4096, bytes + " bytes");
            }
            VectorKernel vk = new VectorKernel();
            Kernel chunked = new Kernel() { // VectorKernel with a workspace of 3-row chunks
                @Override public String name() { return "chunked"; }
                @Override public Workspace newWorkspace(ModelSpec spec, int maxRows) {
                    return vk.newWorkspace(spec, maxRows, 3, false, true);
                }
                @Override public void forward(ModelSpec spec, float[] params, float[] x, int row0, int rows,
                                              float[] out, Workspace ws) {
                    vk.forward(spec, params, x, row0, rows, out, ws);
                }
                @Override public double forwardBackward(ModelSpec spec, float[] params, float[] x, float[] y,
                                                        float[] weights, int row0, int rows, double lossScale,
                                                        float[] grad, Workspace ws) {
                    return vk.forwardBackward(spec, params, x, y, weights, row0, rows, lossScale, grad, ws);
                }
            };
            long bytes = bytesPerCalls(chunked, big, 1000, 100_000);
            assertTrue(bytes < 4096, bytes + " bytes");
            // the units form (one input and output, 45 rows) and the usual one with 3 inputs: whole, and in chunks
            for (int d : new int[] {1, 3}) {
                Fixture few = Fixture.random(ModelSpec.builder(d, 20).build(), 1, 45, true, new Random(43 + d), false);
                bytes = bytesPerCalls(vk, few, 1000, 20_000);
                assertTrue(bytes < 4096, "d=" + d + ": " + bytes + " bytes");
                bytes = bytesPerCalls(chunked, few, 1000, 20_000);
                assertTrue(bytes < 4096, "in chunks, d=" + d + ": " + bytes + " bytes");
            }
            // Z by dot tiles (d = 96, k = 8 at 512 bits; 5 at d = 80), whole and in chunks of 3 rows (an odd row a
            // chunk, dW summing from chunk to chunk). (dW's 16-chain tile with W's step inside once boxed its vectors
            // in JMH at d=256 k=8 batch 4096, 2 KB a row, next to the row-pair forward; these fixtures did not
            // reproduce it with today's forward, so the step stays outside the tile)
            for (int[] dk : new int[][] {{96, 8}, {80, 5}}) {
                Fixture tiles = Fixture.random(ModelSpec.builder(dk[0], dk[1]).build(), 0, 40, false,
                        new Random(49 + dk[1]), false);
                bytes = bytesPerCalls(vk, tiles, 1000, 20_000);
                assertTrue(bytes < 4096, "dot tiles, d=" + dk[0] + ": " + bytes + " bytes");
                bytes = bytesPerCalls(chunked, tiles, 1000, 20_000);
                assertTrue(bytes < 4096, "dot tiles in chunks, d=" + dk[0] + ": " + bytes + " bytes");
            }
            // the units form's four-row and one-row sums, k below and above the lane count; the samples form
            for (int[] kr : new int[][] {{8, 1}, {8, 33}, {40, 1}, {40, 5}, {20, 300}}) {
                Fixture one = Fixture.random(ModelSpec.builder(1, kr[0]).build(), 0, kr[1], false,
                        new Random(47 + kr[1]), false);
                bytes = bytesPerCalls(vk, one, 1000, 20_000);
                assertTrue(bytes < 4096, "d=1 k=" + kr[0] + " rows=" + kr[1] + ": " + bytes + " bytes");
            }
        }
    }
}
