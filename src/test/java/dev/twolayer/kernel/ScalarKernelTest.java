package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** ScalarKernel (float) against the double-precision oracle, plus its input validation. */
class ScalarKernelTest {

    private final Kernel kernel = new ScalarKernel();

    @Test
    void matchesDoubleReferenceForEveryOption() {
        Random rnd = new Random(11);
        int[][] shapes = {{1, 1, 1, 0}, {7, 17, 5, 3}, {17, 33, 31, 1}, {16, 16, 16, 0}};
        for (int[] s : shapes)
            for (ModelSpec spec : Fixture.allOptionSpecs(s[0], s[1]))
                for (boolean weighted : new boolean[] {false, true})
                    assertMatchesReference(kernel, Fixture.random(spec, s[3], s[2], weighted, rnd));
    }

    @Test
    void matchesDoubleReferenceOnRandomShapes() {
        Random rnd = new Random(12);
        for (int trial = 0; trial < 60; trial++) {
            int d = 1 + rnd.nextInt(40), k = 1 + rnd.nextInt(40);
            ModelSpec spec = ModelSpec.builder(d, rnd.nextInt(4) == 0 ? d : k).outputs(1 + rnd.nextInt(3))
                    .hiddenBias(rnd.nextBoolean()).outputBias(rnd.nextBoolean())
                    .outputTrainable(rnd.nextBoolean()).leakySlope(rnd.nextBoolean() ? 0 : 0.1)
                    .identityMapping(false).build();
            assertMatchesReference(kernel, Fixture.random(spec, rnd.nextInt(5), 1 + rnd.nextInt(70), rnd.nextBoolean(), rnd));
        }
    }

    @Test
    void gradientIsOverwrittenNotAccumulated() {
        Random rnd = new Random(13);
        Fixture f = Fixture.random(ModelSpec.of(4, 5), 0, 3, false, rnd);
        Kernel.Workspace ws = kernel.newWorkspace(f.spec, 8);
        float[] g1 = new float[f.spec.paramCount()];
        float[] g2 = new float[f.spec.paramCount()];
        Arrays.fill(g2, 123f);
        double l1 = kernel.forwardBackward(f.spec, f.params, f.x, f.y, null, f.row0, f.rows, f.lossScale, g1, ws);
        double l2 = kernel.forwardBackward(f.spec, f.params, f.x, f.y, null, f.row0, f.rows, f.lossScale, g2, ws);
        assertArrayEquals(g1, g2);
        assertEquals(l1, l2);
    }

    @Test
    void fixedOutputLayerGetsZeroGradient() {
        Random rnd = new Random(14);
        ModelSpec spec = ModelSpec.builder(3, 4).outputs(2).outputTrainable(false).build();
        Fixture f = Fixture.random(spec, 1, 6, true, rnd);
        float[] grad = new float[spec.paramCount()];
        Arrays.fill(grad, 1f);
        kernel.forwardBackward(spec, f.params, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale, grad,
                kernel.newWorkspace(spec, 6));
        for (int q = spec.offsetA(); q < spec.offsetA() + spec.m() * spec.k(); q++) assertEquals(0f, grad[q]);
    }

    @Test
    void emptyBlockGivesZeroLossAndGradient() {
        ModelSpec spec = ModelSpec.of(2, 3);
        float[] grad = new float[spec.paramCount()];
        Arrays.fill(grad, 5f);
        double loss = kernel.forwardBackward(spec, new float[spec.paramCount()], new float[4], new float[2], null,
                1, 0, 1.0, grad, kernel.newWorkspace(spec, 1));
        assertEquals(0.0, loss);
        for (float g : grad) assertEquals(0f, g);
    }

    @Test
    void badInputIsRejectedWithAClearMessage() {
        ModelSpec spec = ModelSpec.of(3, 4);
        Random rnd = new Random(15);
        Fixture f = Fixture.random(spec, 0, 4, false, rnd); // 6 samples in the arrays
        Kernel.Workspace ws = kernel.newWorkspace(spec, 4);
        float[] grad = new float[spec.paramCount()];
        float[] out = new float[8];

        assertMessage("params has length", () -> kernel.forwardBackward(spec, new float[spec.paramCount() - 1],
                f.x, f.y, null, 0, 4, 1, grad, ws));
        assertMessage("exceeds the workspace", () -> kernel.forwardBackward(spec, f.params, f.x, f.y, null, 0, 5,
                1, grad, ws));
        assertMessage("inputs x has length", () -> kernel.forwardBackward(spec, f.params, f.x, f.y, null, 3, 4,
                1, grad, ws));
        assertMessage("inputs x has length", () -> kernel.forward(spec, f.params, new float[11], 0, 4, out, ws));
        assertMessage("targets y has length", () -> kernel.forwardBackward(spec, f.params, f.x, new float[3], null,
                0, 4, 1, grad, ws));
        assertMessage("weights has length", () -> kernel.forwardBackward(spec, f.params, f.x, f.y, new float[2],
                0, 4, 1, grad, ws));
        assertMessage("grad has length", () -> kernel.forwardBackward(spec, f.params, f.x, f.y, null, 0, 4, 1,
                new float[3], ws));
        assertMessage("out has length", () -> kernel.forward(spec, f.params, f.x, 0, 4, new float[3], ws));
        assertMessage("row0 must be >= 0", () -> kernel.forward(spec, f.params, f.x, -1, 2, out, ws));
        assertMessage("lossScale must be finite", () -> kernel.forwardBackward(spec, f.params, f.x, f.y, null, 0,
                4, Double.NaN, grad, ws));
        assertMessage("maxRows must be >= 1", () -> kernel.newWorkspace(spec, 0));
        ModelSpec wider = ModelSpec.of(3, 9);
        assertMessage("workspace was made for k=4", () -> kernel.forward(wider, new float[wider.paramCount()], f.x,
                0, 2, out, ws));
        Kernel.Workspace foreign = () -> 4;
        assertMessage("was not made by the scalar kernel", () -> kernel.forward(spec, f.params, f.x, 0, 2, out, foreign));
    }

    static void assertMessage(String fragment, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' should mention '" + fragment + "'");
    }

    /**
     * Forward outputs, loss and gradient of a float kernel against the double oracle on the same (float-valued) data.
     * Tolerance: float rounding grows with the length of the sums involved (d, k, m, rows), relative to the scale of
     * the result.
     */
    static void assertMatchesReference(Kernel kernel, Fixture f) {
        ModelSpec spec = f.spec;
        double[] p = DoubleReferenceKernel.widen(f.params), x = DoubleReferenceKernel.widen(f.x);
        double[] y = DoubleReferenceKernel.widen(f.y), w = DoubleReferenceKernel.widen(f.weights);
        double sumLength = spec.d() + spec.k() * spec.m() + f.rows;
        double eps = 4 * Math.ulp(1f) * sumLength;
        String where = spec + " rows=" + f.rows + " row0=" + f.row0 + " weighted=" + (f.weights != null);

        double[] outRef = new double[f.rows * spec.m()];
        DoubleReferenceKernel.forward(spec, p, x, f.row0, f.rows, outRef);
        float[] out = new float[f.rows * spec.m() + 3];
        Arrays.fill(out, Float.NaN);
        Kernel.Workspace ws = kernel.newWorkspace(spec, f.rows + 1);
        kernel.forward(spec, f.params, f.x, f.row0, f.rows, out, ws);
        double outScale = Math.max(1.0, Fixture.maxAbs(outRef));
        for (int i = 0; i < outRef.length; i++)
            assertEquals(outRef[i], out[i], eps * outScale, "output " + i + " of " + where);
        for (int i = outRef.length; i < out.length; i++) assertTrue(Float.isNaN(out[i]), "wrote past the block");

        double[] gRef = new double[spec.paramCount()];
        double lossRef = DoubleReferenceKernel.forwardBackward(spec, p, x, y, w, f.row0, f.rows, f.lossScale, gRef);
        float[] g = Fixture.gaussian(spec.paramCount(), new Random(1)); // garbage in: must be overwritten
        double loss = kernel.forwardBackward(spec, f.params, f.x, f.y, f.weights, f.row0, f.rows, f.lossScale, g, ws);
        assertEquals(lossRef, loss, eps * Math.max(lossRef, 1e-6), "loss of " + where);
        // Each gradient entry sums rows x (m or 1) terms bounded by 2 lossScale w |r| (1 + |A|) (1 + |x| + |h|);
        // cancellation can make the result much smaller than its terms, so scale by the terms.
        double maxResidual = 0, maxWeight = 1, maxH = Fixture.maxAbs(outRef);
        for (int i = 0; i < f.rows; i++) {
            if (f.weights != null) maxWeight = Math.max(maxWeight, f.weights[f.row0 + i]);
            for (int o = 0; o < spec.m(); o++)
                maxResidual = Math.max(maxResidual, Math.abs(outRef[i * spec.m() + o] - y[(f.row0 + i) * spec.m() + o]));
        }
        double termBound = 2 * f.lossScale * maxWeight * maxResidual * spec.m() * (1 + Fixture.maxAbs(p))
                * (1 + Fixture.maxAbs(x) + maxH + Fixture.maxAbs(p) * spec.d());
        double gScale = Math.max(Fixture.maxAbs(gRef), termBound);
        for (int q = 0; q < gRef.length; q++)
            assertEquals(gRef[q], g[q], eps * gScale, "gradient " + q + " of " + where);
    }
}
