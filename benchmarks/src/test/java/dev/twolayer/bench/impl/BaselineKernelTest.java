package dev.twolayer.bench.impl;

import dev.twolayer.kernel.Kernel;
import dev.twolayer.model.ModelSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Every benchmark-module kernel against the double-precision reference and (when in the build) ScalarKernel. */
class BaselineKernelTest {

    static final List<ModelSpec> SPECS = List.of(
            ModelSpec.of(1, 1),
            ModelSpec.of(3, 5),
            ModelSpec.of(17, 33),                                   // tails past 8/16 lanes
            ModelSpec.of(64, 128),
            ModelSpec.builder(9, 9).identityMapping(true).leakySlope(0.1).build(),
            ModelSpec.builder(13, 7).biases(false).outputTrainable(false).build(),
            ModelSpec.builder(6, 11).outputs(3).hiddenBias(false).build());

    @ParameterizedTest
    @ValueSource(strings = {"autovec", "ejml", "ojalgo", "netlib"})
    void matchesReference(String impl) {
        for (ModelSpec spec : SPECS)
            for (int rows : new int[]{1, 7, 20}) {
                Kernel kernel = Impls.create(impl, rows);
                KernelCheck.verify(kernel, new ReferenceKernel(), spec, rows, 42 + rows);
                KernelCheck.verify(kernel, spec, rows, 7 + rows); // ScalarKernel when present
            }
    }

    @Test
    void checkCatchesAWrongKernel() {
        Kernel good = new AutoVecKernel();
        Kernel broken = new Kernel() {
            @Override public String name() { return "broken"; }
            @Override public Workspace newWorkspace(ModelSpec s, int maxRows) { return good.newWorkspace(s, maxRows); }
            @Override public void forward(ModelSpec s, float[] p, float[] x, int row0, int rows, float[] out, Workspace ws) {
                good.forward(s, p, x, row0, rows, out, ws);
            }
            @Override
            public double forwardBackward(ModelSpec s, float[] p, float[] x, float[] y, float[] w, int row0, int rows,
                                          double scale, float[] grad, Workspace ws) {
                double loss = good.forwardBackward(s, p, x, y, w, row0, rows, scale, grad, ws);
                grad[s.offsetB()] += 0.5f; // one wrong bias gradient
                return loss;
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> KernelCheck.verify(broken, new ReferenceKernel(), ModelSpec.of(5, 6), 4, 1));
        assertTrue(e.getMessage().contains("gradient mismatch at index " + ModelSpec.of(5, 6).offsetB()), e.getMessage());
    }

    @Test
    void workspaceMisuseIsRejectedWithAClearMessage() {
        Kernel k = new EjmlKernel();
        ModelSpec spec = ModelSpec.of(4, 4);
        Kernel.Workspace ws = k.newWorkspace(spec, 2);
        var e = assertThrows(IllegalArgumentException.class,
                () -> k.forward(spec, new float[spec.paramCount()], new float[12], 0, 3, new float[3], ws));
        assertTrue(e.getMessage().contains("rows 3 outside [1, 2]"), e.getMessage());
    }

    @Test
    void unknownImplIsReportedNotCrashed() {
        var reason = Impls.unavailableReason("no-such-kernel");
        assertTrue(reason.isPresent());
        assertTrue(reason.get().contains("no-such-kernel"), reason.get());
    }
}
