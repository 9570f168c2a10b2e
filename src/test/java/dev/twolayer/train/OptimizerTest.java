package dev.twolayer.train;

import dev.twolayer.data.Dataset;
import dev.twolayer.model.Init;
import dev.twolayer.model.ModelSpec;
import dev.twolayer.model.TwoLayerNet;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/** Each optimiser's first steps, inside the trainer, against hand formulas evaluated in double. */
class OptimizerTest {
    // tiny problem: d = 3, k = 2, one output, all parameters; 5 samples (not a multiple of anything)
    static final ModelSpec SPEC = ModelSpec.of(3, 2);
    static final Dataset DATA = Fixtures.teacherData(SPEC, 5, 11, null);
    static final double LR = 0.05;

    static TwoLayerNet start() { return Init.he().create(SPEC, 5); }

    static float[] trained(Optimizer.Factory opt, int steps) {
        TwoLayerNet net = start();
        TrainResult r = Trainer.train(net, DATA, TrainConfig.builder().optimizer(opt).stepSize(LR)
                .kernel(Fixtures.scalar()).maxSteps(steps).build());
        assertEquals(steps, r.steps());
        assertEquals(StopReason.MAX_STEPS, r.stopReason());
        return net.params();
    }

    static float[] grad(float[] params) {
        float[] g = new float[SPEC.paramCount()];
        Fixtures.lossAndGrad(SPEC, params, DATA, g);
        for (float v : g) assertTrue(Float.isFinite(v));
        return g;
    }

    static void assertClose(double[] expected, float[] actual) {
        assertEquals(expected.length, actual.length);
        boolean moved = false;
        float[] p0 = start().params();
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 2e-6 * Math.max(1, Math.abs(expected[i])), "parameter " + i);
            if (actual[i] != p0[i]) moved = true;
        }
        assertTrue(moved, "the step did not move the parameters");
    }

    @Test void sgdFirstStep() {
        float[] p0 = start().params();
        float[] g0 = grad(p0);
        double[] expect = new double[p0.length];
        for (int i = 0; i < p0.length; i++) expect[i] = p0[i] - LR * g0[i];
        assertClose(expect, trained(Optimizer.sgd(), 1));
    }

    @Test void momentumTwoSteps() {
        double mu = 0.9;
        float[] p0 = start().params();
        float[] g0 = grad(p0);
        float[] p1 = trained(Optimizer.momentum(mu), 1);
        double[] v = new double[p0.length], e1 = new double[p0.length];
        for (int i = 0; i < p0.length; i++) { v[i] = g0[i]; e1[i] = p0[i] - LR * v[i]; }
        assertClose(e1, p1);
        float[] g1 = grad(p1);
        double[] e2 = new double[p0.length];
        for (int i = 0; i < p0.length; i++) { v[i] = mu * v[i] + g1[i]; e2[i] = p1[i] - LR * v[i]; }
        assertClose(e2, trained(Optimizer.momentum(mu), 2));
    }

    @Test void nesterovAndDampeningTwoSteps() {
        double mu = 0.8, damp = 0.3;
        float[] g0 = randomVector(7, 1), g1 = randomVector(7, 2), p = randomVector(7, 3);
        double[] ref = toDouble(p), v = new double[7];
        Optimizer damped = Optimizer.momentum(mu, damp, false).create(7);
        damped.step(p, g0, LR);
        damped.step(p, g1, LR);
        for (int i = 0; i < 7; i++) { v[i] = g0[i]; ref[i] -= LR * v[i]; }
        for (int i = 0; i < 7; i++) { v[i] = mu * v[i] + (1 - damp) * g1[i]; ref[i] -= LR * v[i]; }
        for (int i = 0; i < 7; i++) assertEquals(ref[i], p[i], 1e-6);

        float[] q = randomVector(7, 3);
        double[] refN = toDouble(q), vn = new double[7];
        Optimizer nesterov = Optimizer.momentum(mu, 0, true).create(7);
        nesterov.step(q, g0, LR);
        nesterov.step(q, g1, LR);
        for (int i = 0; i < 7; i++) { vn[i] = g0[i]; refN[i] -= LR * (g0[i] + mu * vn[i]); }
        for (int i = 0; i < 7; i++) { vn[i] = mu * vn[i] + g1[i]; refN[i] -= LR * (g1[i] + mu * vn[i]); }
        for (int i = 0; i < 7; i++) assertEquals(refN[i], q[i], 1e-6);

        nesterov.reset();   // after reset the first step is again p -= lr * (g + mu * g)
        float[] r = randomVector(7, 3);
        nesterov.step(r, g0, LR);
        float[] r0 = randomVector(7, 3);
        for (int i = 0; i < 7; i++) assertEquals(r0[i] - LR * (1 + mu) * g0[i], r[i], 1e-6);
    }

    @Test void adamTwoSteps() {
        double b1 = 0.9, b2 = 0.999, eps = 1e-8;
        float[] p0 = start().params();
        float[] g0 = grad(p0);
        float[] p1 = trained(Optimizer.adam(), 1);
        int n = p0.length;
        double[] m = new double[n], v = new double[n], e1 = new double[n];
        for (int i = 0; i < n; i++) {
            m[i] = (1 - b1) * g0[i]; v[i] = (1 - b2) * g0[i] * g0[i];
            double mh = m[i] / (1 - b1), vh = v[i] / (1 - b2);
            e1[i] = p0[i] - LR * mh / (Math.sqrt(vh) + eps);
        }
        assertClose(e1, p1);
        float[] g1 = grad(p1);
        double[] e2 = new double[n];
        for (int i = 0; i < n; i++) {
            m[i] = b1 * m[i] + (1 - b1) * g1[i]; v[i] = b2 * v[i] + (1 - b2) * g1[i] * g1[i];
            double mh = m[i] / (1 - b1 * b1), vh = v[i] / (1 - b2 * b2);
            e2[i] = p1[i] - LR * mh / (Math.sqrt(vh) + eps);
        }
        assertClose(e2, trained(Optimizer.adam(), 2));
    }

    @Test void adamFirstStepMovesEachParameterByAboutLr() {
        // bias correction makes the first Adam step +-lr per coordinate with a non-negligible gradient
        float[] p = randomVector(9, 4), g = randomVector(9, 5), p0 = p.clone();
        Optimizer.adam().create(9).step(p, g, 0.01);
        for (int i = 0; i < 9; i++) assertEquals(-Math.signum(g[i]) * 0.01, p[i] - p0[i], 1e-5);
    }

    @Test void fixedOutputLayerStaysFixed() {
        ModelSpec spec = ModelSpec.builder(3, 4).outputTrainable(false).outputBias(false).build();
        Dataset data = Fixtures.teacherData(spec, 9, 2, null);
        for (Optimizer.Factory f : new Optimizer.Factory[]{Optimizer.sgd(), Optimizer.momentum(0.9), Optimizer.adam()}) {
            TwoLayerNet net = Init.he().create(spec, 3);
            Trainer.train(net, data, TrainConfig.builder().optimizer(f).stepSize(0.01).kernel(Fixtures.scalar()).maxSteps(5).build());
            for (int j = 0; j < 4; j++) assertEquals(1f, net.a(0, j), f + " moved a fixed output weight");
        }
    }

    @Test void badOptimiserArguments() {
        assertThrows(IllegalArgumentException.class, () -> Optimizer.momentum(1.0));
        assertThrows(IllegalArgumentException.class, () -> Optimizer.momentum(-0.1));
        assertThrows(IllegalArgumentException.class, () -> Optimizer.momentum(0.9, 0.5, true));
        assertThrows(IllegalArgumentException.class, () -> Optimizer.adam(1.0, 0.999, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> Optimizer.adam(0.9, 0.999, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Optimizer.sgd().create(3).step(new float[4], new float[4], 0.1));
        assertTrue(e.getMessage().contains("3"), e.getMessage());
    }

    static float[] randomVector(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) v[i] = (float) rng.nextGaussian();
        return v;
    }

    static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) d[i] = a[i];
        return d;
    }
}
