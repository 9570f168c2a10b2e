package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every kernel method compiles at C1's profiling tier. C1 compiles the Vector API's Java code inline, and a method
 * with too many live vectors makes it give up ({@code COMPILE SKIPPED: out of virtual registers in linear scan}); the
 * method then stays in tier-2 code for the life of the JVM, 10-60x slower, and no result changes, so no other test
 * sees it. It happened twice while tuning the dot form's forward pass: once at every tier-3 compile, once only for the
 * tier-3 OSR compile of one loop (in 4 of 4 fresh JVMs of a timing driver, 1 of 2 of this workout). {@link #main}
 * runs in fresh JVMs with {@code -XX:+PrintCompilation}: with the default tiers; stopped at tier 3 with low
 * thresholds (every method called goes through C1's profiling compile, and C2 never replaces it); and stopped at tier
 * 3 with only loops' back-edges counted (tier-3 OSR compiles of every loop that runs). The last one caught
 * VectorBody128's dotRowBlocks in most runs, until C1 was given a constant test to drop the fold's stages that 4
 * lanes do not need.
 */
class C1CompileTest {

    private static final List<String> TIER3 = List.of("-XX:TieredStopAtLevel=3", "-XX:Tier3InvocationThreshold=20",
            "-XX:Tier3MinInvocationThreshold=10", "-XX:Tier3CompileThreshold=40", "-XX:Tier3BackEdgeThreshold=2000");
    private static final List<String> TIER3_OSR = List.of("-XX:TieredStopAtLevel=3",
            "-XX:Tier3InvocationThreshold=1000000", "-XX:Tier3MinInvocationThreshold=1000000",
            "-XX:Tier3CompileThreshold=1000000", "-XX:Tier3BackEdgeThreshold=300");

    @Test
    void everyKernelMethodCompilesAtTier3() throws Exception {
        assumeTrue(Kernels.vectorAvailable(), "no jdk.incubator.vector");
        StringBuilder failures = new StringBuilder();
        // tier-3 code runs the Vector API as plain Java, 100x slower than C2's: few calls there
        List<List<String>> runs = List.of(List.of("-Dcalls=600"), concat(TIER3, "-Dcalls=40"),
                concat(TIER3_OSR, "-Dcalls=40"));
        for (List<String> flags : runs) {
            ForkedJvm.Result r = ForkedJvm.run(C1CompileTest.class, concat(flags, "-XX:+PrintCompilation"));
            String out = r.output();
            int rc = r.exitCode();
            if (rc != 0) fail("workout failed (" + String.join(" ", flags) + "), exit " + rc + ":\n" + tail(out));
            // the JIT's log is there (else no skip could be seen): the vector bodies were compiled
            if (!out.contains("dev.twolayer.kernel.VectorBody")) fail("no compilation of the vector bodies logged ("
                    + String.join(" ", flags) + "):\n" + tail(out));
            for (String line : out.split("\n"))
                if (skipped(line)) failures.append(String.join(" ", flags)).append(":\n  ").append(line.strip())
                        .append('\n');
        }
        if (!failures.isEmpty()) fail("kernel methods C1 gave up on (they run as slow tier-2 code for good):\n"
                + failures);
    }

    private static List<String> concat(List<String> a, String... b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(List.of(b));
        return all;
    }

    /** A PrintCompilation line for one of ours that C1 or C2 skipped for a reason other than class loading. */
    static boolean skipped(String line) {
        return line.contains("dev.twolayer.") && line.contains("COMPILE SKIPPED")
                && !line.contains("concurrent class loading");
    }

    private static String tail(String s) {
        return s.length() <= 4000 ? s : "..." + s.substring(s.length() - 4000);
    }

    /**
     * Calls every entry point of VectorKernel at each width up to the CPU's preferred one, on shapes that take each of
     * its forms: the dot form with one-vector rows, longer rows and masked tails (1 and 3 rows; one row with a partial
     * last vector at 2 to 7 vectors a row, whose forward and step (dotRowFew, weightGradRowTail) are written out: with
     * the partial vector's operands in dotRowFew, C1 gave up on it at tier 3; the one-row step with rows of 5 to L-1
     * inputs, dotRowOutputPart, which in dotRowOutput C1 gave up on), the units form (one
     * input: one row, whose step is one call, also at k=256: with only k=8 this test passed unitsRow written as one
     * method, which C1 gave up on; more rows; with k <= L/2 two rows a vector), the dot form's one-row step (k <= L: 1
     * to 4 vectors a row), the segment form (d = 2, 3, 4, 8, 12: one or more rows of W a vector, d = 3 and 12 in a
     * padded copy; one row and several, whole groups of units and a partial last one), the columns form (d = 2, 3, 4,
     * k below and above L), the samples form with d inputs (k < L: d below a vector, with its last block copied lane
     * by lane, and past one), the GEMM form (many rows, few
     * and many inputs, two outputs, k < L with dW straight into the gradient), leaky slope, identity mapping and a
     * fixed output layer without hidden biases; and a ParallelKernel over it.
     */
    public static void main(String[] args) {
        int preferred = FloatVector.SPECIES_PREFERRED.vectorBitSize(), calls = Integer.getInteger("calls", 600);
        int[][] shapes = { // d, k, rows, outputs
                {16, 64, 1, 1}, {64, 64, 1, 1}, {70, 40, 3, 1}, {256, 100, 1, 1}, {8, 40, 1, 1}, {4, 40, 1, 1},
                {1, 8, 1, 1}, {1, 256, 1, 1}, {1, 64, 40, 1}, {1, 8, 19, 1}, {1, 3, 19, 1},
                {5, 7, 40, 2}, {24, 40, 33, 1}, {64, 64, 32, 1}, {17, 33, 5, 1}, {16, 8, 32, 1}, {20, 8, 33, 1},
                {16, 8, 1, 1}, {64, 8, 1, 1}, {48, 5, 1, 1}, {32, 16, 1, 1}, {2, 37, 5, 1}, {8, 100, 7, 1},
                {3, 40, 2, 1}, {12, 40, 3, 1}, {2, 37, 9, 1}, {3, 40, 30, 1}, {4, 8, 5, 1},
                {3, 3, 40, 1}, {7, 3, 80, 1}, {10, 10, 70, 1}, {20, 3, 130, 1},
                {20, 40, 1, 1}, {40, 40, 1, 1}, {56, 20, 1, 1}, {70, 40, 1, 1}, {100, 64, 1, 1},
                {12, 12, 1, 1}, {5, 7, 1, 1}, {15, 16, 1, 1}, {12, 40, 1, 1}};
        Random rnd = new Random(7);
        for (int bits = 128; bits <= preferred; bits *= 2) {
            VectorKernel kernel = new VectorKernel(bits);
            for (int[] s : shapes) {
                ModelSpec spec = ModelSpec.builder(s[0], s[1]).outputs(s[3]).build();
                workout(kernel, Fixture.random(spec, 0, s[2], false, rnd, false), calls);
            }
            workout(kernel, Fixture.random(ModelSpec.builder(9, 20).leakySlope(0.1f).build(), 0, 3, true, rnd, false),
                    calls);
            workout(kernel, Fixture.random(ModelSpec.builder(20, 20).identityMapping(true).build(), 0, 2, false, rnd,
                    false), calls);
            workout(kernel, Fixture.random(ModelSpec.builder(48, 30).outputTrainable(false).hiddenBias(false).build(),
                    0, 1, false, rnd, false), calls);
        }
        try (ParallelKernel p = new ParallelKernel(new VectorKernel(), 2, 8, 16, 0)) {
            workout(p, Fixture.random(ModelSpec.builder(70, 40).build(), 0, 33, false, rnd, false), calls);
        }
    }

    private static void workout(Kernel kernel, Fixture f, int calls) {
        Kernel.Workspace ws = kernel.newWorkspace(f.spec, f.rows);
        float[] grad = new float[f.spec.paramCount()];
        float[] out = new float[f.rows * f.spec.m()], stepped = f.params.clone();
        for (int i = 0; i < calls; i++) {
            kernel.forwardBackward(f.spec, f.params, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale, grad, ws);
            kernel.forward(f.spec, f.params, f.x, f.row0, f.rows, out, ws);
            kernel.sgdStep(f.spec, stepped, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale, 1e-6f, grad, ws);
            kernel.sgdStep(f.spec, stepped, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale, 1e-6f, grad, false, ws);
        }
    }
}
