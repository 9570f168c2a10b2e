package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs in the pom's second surefire execution, started WITHOUT {@code --add-modules jdk.incubator.vector}
 * ({@code -Dtwolayer.expectVector=false}): the provider must fall back to the scalar kernel, loudly, and work.
 */
@Tag("fallback")
class KernelsFallbackTest {

    @Test
    void withoutTheVectorModuleBestIsTheScalarKernel() {
        assumeTrue("false".equals(System.getProperty("twolayer.expectVector")),
                "only meaningful in the no-vector-module surefire execution");
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty(),
                "this execution must run without --add-modules jdk.incubator.vector");
        Kernel best = assertDoesNotThrow(Kernels::best);
        assertEquals("scalar", best.name());
        assertTrue(Kernels.bestReason().contains("--add-modules jdk.incubator.vector"), Kernels.bestReason());
        assertFalse(Kernels.vectorAvailable());
        ScalarKernelTest.assertMessage("--add-modules jdk.incubator.vector", () -> Kernels.byName("vector"));
    }

    @Test
    void bestKernelComputesCorrectlyHere() {
        Kernel best = Kernels.best();
        Random rnd = new Random(31);
        ModelSpec spec = ModelSpec.builder(7, 17).outputs(2).leakySlope(0.1).build();
        ScalarKernelTest.assertMatchesReference(best, Fixture.random(spec, 2, 5, true, rnd));
    }
}
