package dev.twolayer.experiments;

import dev.twolayer.experiments.IdentityMappingExperiment.Config;
import dev.twolayer.experiments.IdentityMappingExperiment.Variant;
import dev.twolayer.theory.GaussianPopulationLoss;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class IdentityMappingExperimentTest {

    private static Config cfg(int d, double initNorm, long popSteps) {
        return new Config(d, 1, 0.3, initNorm, 0.05, popSteps, 10, 1e-4, 0, 200, 0.001, 10, "scalar");
    }

    @Test
    void identityStartAtZeroHasLossOfIdentityAgainstTeacher() {
        int d = 4;
        Config c = cfg(d, 0.0, 1);
        double[] wStar = IdentityMappingExperiment.teacherW(c, 42);
        double[] w0 = IdentityMappingExperiment.initialW(c, 42);
        assertArrayEquals(new double[d * d], w0);
        var t = IdentityMappingExperiment.populationRun(c, Variant.IDENTITY, wStar, w0);
        // F(I) against teacher rows I + W*: the vanilla objective at W = I
        GaussianPopulationLoss vanilla = IdentityMappingExperiment.objective(Variant.VANILLA, wStar, d);
        double expected = vanilla.loss(GaussianPopulationLoss.identity(d), vanilla.newWorkspace());
        assertEquals(expected, t.loss()[0], 1e-12);
        assertTrue(expected > 1e-3, "W* is not tiny, so F(I) is not: " + expected);
        // distance |W0 - W*|_F = |W*|_F and potential sum_i |e_i + w*_i| - 1
        double fro = 0, pot = 0;
        for (int i = 0; i < d; i++) {
            double s = 0;
            for (int k = 0; k < d; k++) { double v = wStar[i * d + k] + (i == k ? 1 : 0); s += v * v; fro += wStar[i * d + k] * wStar[i * d + k]; }
            pot += Math.sqrt(s) - 1;
        }
        assertEquals(Math.sqrt(fro), t.distance()[0], 1e-12);
        assertEquals(pot, t.potential()[0], 1e-12);
        // vanilla from W0 = 0: every unit is dead, F = teacher constant = F(0), zero gradient, phase indicator 0
        var v = IdentityMappingExperiment.populationRun(c, Variant.VANILLA, wStar, w0);
        assertEquals(vanilla.loss(new double[d * d], vanilla.newWorkspace()), v.loss()[0], 1e-12);
        assertFalse(v.phaseTwo()[0]);
    }

    @Test
    void teacherLabelsAreEachRowsSumsInOrder() {
        SplittableRandom rng = new SplittableRandom(11);
        for (int d : new int[] {1, 3, 10})
            for (int batch : new int[] {1, 2, 3, 4, 5, 7, 8, 9, 200, 203}) {
                double[] v = new double[d * d];
                for (int i = 0; i < v.length; i++) v[i] = rng.nextGaussian() + (i % (d + 1) == 0 ? 1 : 0);
                float[] x = new float[batch * d], y = new float[batch];
                for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
                IdentityMappingExperiment.teacherLabels(v, d, x, y, batch);
                int positive = 0;
                for (int r = 0; r < batch; r++) {
                    double out = 0;
                    for (int i = 0; i < d; i++) {
                        double z = 0;
                        for (int k = 0; k < d; k++) z += v[i * d + k] * x[r * d + k];
                        if (z > 0) out += z;
                    }
                    assertEquals((float) out, y[r], "d=" + d + " batch=" + batch + " row " + r); // the same bits
                    if (out > 0) positive++;
                }
                assertTrue(batch < 8 || positive > 0, "labels all zero: d=" + d + " batch=" + batch);
            }
    }

    @Test
    void phaseTwoIndicatorAndDescentNearTeacher() {
        int d = 5;
        Config c = cfg(d, 0.05, 2000);
        var r = IdentityMappingExperiment.populationPair(c, 7);
        // identity starts near W*: one-point convex region, loss goes to ~0 and distance shrinks
        assertTrue(r.identity().phaseTwo()[0]);
        assertEquals(0, r.identity().phaseTwoFrom());
        assertTrue(r.identity().finalLoss() < 1e-4 * r.identity().loss()[0], "final " + r.identity().finalLoss());
        assertTrue(r.identity().finalDistance() < r.identity().distance()[0]);
        assertTrue(r.identity().firstSmallLoss() > 0);
        for (int i = 1; i < r.identity().loss().length; i++)
            assertTrue(r.identity().loss()[i] <= r.identity().loss()[i - 1] + 1e-15, "GD with a small step is monotone");
        // the indicator agrees with a direct computation at a fresh point
        double[] wStar = IdentityMappingExperiment.teacherW(c, 7);
        double[] w = new double[d * d];
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < w.length; i++) w[i] = rng.nextGaussian() * 0.4;
        var probe = new IdentityMappingExperiment.Probe(Variant.VANILLA, wStar, d);
        probe.evaluate(w);
        GaussianPopulationLoss f = IdentityMappingExperiment.objective(Variant.VANILLA, wStar, d);
        double[] g = new double[d * d];
        f.lossAndGradient(w, null, g, f.newWorkspace());
        double[] v = GaussianPopulationLoss.identityPlus(wStar, d);
        double inner = 0;
        for (int i = 0; i < w.length; i++) inner += -g[i] * (v[i] - w[i]);
        assertEquals(inner, probe.inner, 1e-12);
    }
}
