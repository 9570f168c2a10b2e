package dev.twolayer.kernel;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.*;

class KernelsTest {

    @Test
    void byNameGivesTheScalarKernel() {
        Kernel k = Kernels.byName("scalar");
        assertInstanceOf(ScalarKernel.class, k);
        assertEquals("scalar", k.name());
        assertTrue(Kernels.names().contains("scalar"));
    }

    @Test
    void byNameWithThreadsGivesAParallelKernel() {
        try (ParallelKernel p = (ParallelKernel) Kernels.byName("scalar-mt2")) {
            assertEquals("scalar-mt2", p.name());
            assertEquals(2, p.threads());
        }
        ScalarKernelTest.assertMessage("bad thread count", () -> Kernels.byName("scalar-mtx"));
        ScalarKernelTest.assertMessage("must be >= 1", () -> Kernels.byName("scalar-mt0"));
    }

    @Test
    void unknownNameIsAClearError() {
        ScalarKernelTest.assertMessage("unknown kernel 'simd'; available in this JVM: [scalar", () -> Kernels.byName("simd"));
        ScalarKernelTest.assertMessage("twolayer.kernel=simd", () -> Kernels.choose("simd"));
        ScalarKernelTest.assertMessage("kernel name is null", () -> Kernels.byName(null));
    }

    @Test
    void forcedChoiceSaysSo() {
        Kernels.Choice c = Kernels.choose("scalar");
        assertEquals("scalar", c.kernel().name());
        assertEquals("twolayer: using scalar kernel (forced by -Dtwolayer.kernel=scalar)", c.line());
    }

    @Test
    void bestIsNonNullAndItsReasonNamesIt() {
        Kernel best = Kernels.best();
        assertNotNull(best);
        assertSame(best, Kernels.best(), "chosen once");
        String line = Kernels.bestReason();
        assertTrue(line.startsWith("twolayer: "), line);
        assertTrue(line.contains(best.name()), line);
        if (Kernels.vectorAvailable() && Kernels.jitProblem() == null && System.getProperty(Kernels.PROPERTY) == null)
            assertTrue(best.name().startsWith("vector"), "module and C2 present, yet " + line);
        if (!Kernels.vectorAvailable()) {
            assertEquals("scalar", best.name());
            assertTrue(line.contains("using the scalar kernel, expect ~10-100x slower"), line);
        }
    }

    @Test
    void choiceIsLoggedOnceAtInfo() {
        // System.Logger's default backend is java.util.logging: capture what a fresh choice logs.
        Logger jul = Logger.getLogger(Kernels.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler h = new Handler() {
            @Override public void publish(LogRecord r) { records.add(r); }
            @Override public void flush() {}
            @Override public void close() {}
        };
        jul.addHandler(h);
        try {
            Kernels.Choice c = Kernels.choose(null);
            System.getLogger(Kernels.class.getName()).log(System.Logger.Level.INFO, c.line());
            assertEquals(1, records.size());
            assertEquals(java.util.logging.Level.INFO, records.get(0).getLevel());
            assertTrue(records.get(0).getMessage().contains(c.kernel().name()));
        } finally {
            jul.removeHandler(h);
        }
    }

    @Test
    void vectorNamesAreOfferedOnlyWhenUsable() {
        if (Kernels.vectorAvailable()) {
            assertTrue(Kernels.names().contains("vector"));
        } else {
            assertEquals(List.of("scalar"), Kernels.names());
            ScalarKernelTest.assertMessage("kernel 'vector' is not available", () -> Kernels.byName("vector"));
        }
    }
}
