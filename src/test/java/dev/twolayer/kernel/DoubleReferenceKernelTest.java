package dev.twolayer.kernel;

import dev.twolayer.model.ModelSpec;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** The double-precision oracle against central finite differences, for every model option. */
class DoubleReferenceKernelTest {

    private static final int[][] SHAPES = { // d, k, rows, row0
            {1, 1, 1, 0}, {7, 17, 5, 3}, {3, 2, 4, 1}, {16, 8, 2, 0}, {2, 9, 33, 2}};

    @Test
    void gradientMatchesCentralFiniteDifferencesForEveryOption() {
        Random rnd = new Random(20240611);
        int checked = 0;
        for (int[] shape : SHAPES) {
            for (ModelSpec spec : Fixture.allOptionSpecs(shape[0], shape[1])) {
                for (boolean weighted : new boolean[] {false, true}) {
                    Fixture f = Fixture.random(spec, shape[3], shape[2], weighted, rnd);
                    checkAgainstFiniteDifferences(f);
                    checked++;
                }
            }
        }
        assertEquals(SHAPES.length * 64 * 2, checked);
    }

    @Test
    void randomShapesIncludingTails() {
        Random rnd = new Random(7);
        for (int trial = 0; trial < 40; trial++) {
            int d = 1 + rnd.nextInt(20), k = 1 + rnd.nextInt(20), rows = 1 + rnd.nextInt(12);
            ModelSpec spec = ModelSpec.builder(d, rnd.nextBoolean() ? d : k).outputs(1 + rnd.nextInt(3))
                    .hiddenBias(rnd.nextBoolean()).outputBias(rnd.nextBoolean())
                    .outputTrainable(rnd.nextBoolean()).leakySlope(rnd.nextBoolean() ? 0 : 0.2)
                    .build();
            checkAgainstFiniteDifferences(Fixture.random(spec, rnd.nextInt(3), rows, rnd.nextBoolean(), rnd));
        }
    }

    @Test
    void reluDerivativeAtExactlyZeroIsTheLeakySlope() {
        for (double s : new double[] {0.0, 0.25}) {
            // z = w*x + b = 1*1 - 1 = 0 exactly; f = a*relu(z) + c = c; residual r = c - y.
            ModelSpec spec = ModelSpec.builder(1, 1).leakySlope(s).build();
            double[] params = {1, -1, 2, 0.5}; // W, b, A, c
            double[] grad = new double[4];
            DoubleReferenceKernel.forwardBackward(spec, params, new double[] {1}, new double[] {1.5}, null, 0, 1, 1.0, grad);
            double g = 2 * (0.5 - 1.5); // dLoss/df
            assertEquals(s * g * 2, grad[1], 1e-15, "db at the kink");
            assertEquals(s * g * 2, grad[0], 1e-15, "dW at the kink");
            assertEquals(0.0, grad[2], 1e-15, "dA at the kink (h = 0)");
            assertEquals(g, grad[3], 1e-15, "dc");
        }
    }

    @Test
    void lossEqualsScaledWeightedSquaredResidualsOfForward() {
        Random rnd = new Random(3);
        ModelSpec spec = ModelSpec.builder(5, 6).outputs(2).leakySlope(0.1).build();
        Fixture f = Fixture.random(spec, 2, 7, true, rnd);
        double[] p = DoubleReferenceKernel.widen(f.params), x = DoubleReferenceKernel.widen(f.x);
        double[] y = DoubleReferenceKernel.widen(f.y), w = DoubleReferenceKernel.widen(f.weights);
        double[] out = new double[f.rows * 2];
        DoubleReferenceKernel.forward(spec, p, x, f.row0, f.rows, out);
        double expected = 0;
        for (int i = 0; i < f.rows; i++)
            for (int o = 0; o < 2; o++) {
                double r = out[i * 2 + o] - y[(f.row0 + i) * 2 + o];
                expected += f.lossScale * w[f.row0 + i] * r * r;
            }
        double loss = DoubleReferenceKernel.loss(spec, p, x, y, w, f.row0, f.rows, f.lossScale);
        assertEquals(expected, loss, 1e-12 * expected);
    }

    static void checkAgainstFiniteDifferences(Fixture f) {
        ModelSpec spec = f.spec;
        double[] p = DoubleReferenceKernel.widen(f.params), x = DoubleReferenceKernel.widen(f.x);
        double[] y = DoubleReferenceKernel.widen(f.y), w = DoubleReferenceKernel.widen(f.weights);
        double[] grad = new double[spec.paramCount()];
        double loss = DoubleReferenceKernel.forwardBackward(spec, p, x, y, w, f.row0, f.rows, f.lossScale, grad);
        assertTrue(loss > 0 && Double.isFinite(loss));
        double h = 1e-6;
        for (int q = 0; q < p.length; q++) {
            boolean fixedA = !spec.outputTrainable() && q >= spec.offsetA() && q < spec.offsetA() + spec.m() * spec.k();
            if (fixedA) {
                assertEquals(0.0, grad[q], "fixed output layer must get zero gradient at " + q + " for " + spec);
                continue;
            }
            double keep = p[q];
            p[q] = keep + h;
            double up = DoubleReferenceKernel.loss(spec, p, x, y, w, f.row0, f.rows, f.lossScale);
            p[q] = keep - h;
            double down = DoubleReferenceKernel.loss(spec, p, x, y, w, f.row0, f.rows, f.lossScale);
            p[q] = keep;
            double fd = (up - down) / (2 * h);
            double tol = 1e-6 * Math.max(1.0, Math.abs(grad[q])) + 1e-8;
            assertEquals(fd, grad[q], tol, "parameter " + q + " of " + spec + " rows=" + f.rows + " row0=" + f.row0
                    + " weighted=" + (f.weights != null));
        }
    }
}
