package dev.twolayer.theory;

import static dev.twolayer.theory.GaussianKernelFunctionsTest.gaussian;
import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PopulationGdTest {

    /** papers.md section 3, K = 5, step 0.01 from W = 1e-3 I. */
    @Test
    void tianSymmetricDynamicsValues() {
        double[][] tr = SymmetricTianDynamics.trajectory(5, 1e-3, 0.0, 0.01, 299);
        assertEquals(0.0123548, tr[1][0], 1e-7);
        assertEquals(0.0024975, tr[1][1], 1e-7);
        assertEquals(0.0924128, tr[10][0], 1e-7);
        assertEquals(0.0420640, tr[10][1], 1e-7);
        assertEquals(0.4764569, tr[100][0], 1e-7);
        assertEquals(0.1624477, tr[100][1], 1e-7);
        assertEquals(0.8541320, tr[299][0], 1e-7);
        assertEquals(0.0560841, tr[299][1], 1e-7);
    }

    @Test
    void iteratesStaySymmetric() {
        int k = 5;
        var loss = SymmetricTianDynamics.objective(k);
        var gd = new PopulationGd(loss, PopulationGd.Config.fixedSteps(0.01, 50));
        double[] w = new double[k * k];
        gd.run(SymmetricTianDynamics.symmetricW(k, 1e-3, 0), null, w, null);
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++) assertEquals(i == j ? w[0] : w[1], w[i * k + j], 1e-14);
    }

    @Test
    void symmetricStartConvergesToSaddle() {
        for (int k : new int[] {2, 5, 10}) {
            double xs = SymmetricTianDynamics.saddle(k);
            var gd = new PopulationGd(SymmetricTianDynamics.objective(k),
                    new PopulationGd.Config(0.1, 1e-11, 1e4, 200_000, 0));
            double[] w = new double[k * k];
            var res = gd.run(SymmetricTianDynamics.symmetricW(k, 0.3, 0.3), null, w, null);
            assertEquals(PopulationGd.Status.CONVERGED, res.status(), "K=" + k + " " + res);
            assertEquals(xs, w[0], 1e-8, "K=" + k);
            assertEquals(xs, w[1], 1e-8, "K=" + k);
        }
    }

    @Test
    void asymmetricStartReachesTeacher() {
        int k = 5;
        var gd = new PopulationGd(SymmetricTianDynamics.objective(k), PopulationGd.Config.safranShamir(200_000));
        double[] w = new double[k * k];
        var res = gd.run(SymmetricTianDynamics.symmetricW(k, 0.35, 0.3), null, w, null);
        assertEquals(PopulationGd.Status.CONVERGED, res.status(), res.toString());
        assertTrue(res.loss() < 1e-12, res.toString());
        assertArrayEquals(GaussianPopulationLoss.identity(k), w, 1e-6);
    }

    @Test
    void divergenceRestartsWithHalfStep() {
        int k = 3;
        SplittableRandom rnd = new SplittableRandom(21);
        double[] w0 = gaussian(rnd, k * k, 1 / Math.sqrt(k));
        var loss = SymmetricTianDynamics.objective(k);
        double[] init = w0.clone();
        var cfg = new PopulationGd.Config(64.0, 1e-9 / (2 * Math.PI), 1e4 / (2 * Math.PI), 2_000, 30);
        var res = new PopulationGd(loss, cfg).run(w0, null);
        assertTrue(res.restarts() > 0, res.toString());
        assertEquals(64.0 / Math.pow(2, res.restarts()), res.step(), 0.0);
        assertNotEquals(PopulationGd.Status.DIVERGED, res.status(), res.toString());
        assertTrue(res.gradNorm() <= 1e4 / (2 * Math.PI));
        assertTrue(res.totalSteps() > res.steps());
        assertArrayEquals(init, w0, 0.0, "initial W untouched");
        // With no halvings allowed the same run reports DIVERGED
        var none = new PopulationGd(loss, new PopulationGd.Config(64.0, 1e-9, 1e4 / (2 * Math.PI), 2_000, 0)).run(w0, null);
        assertEquals(PopulationGd.Status.DIVERGED, none.status());
    }

    @Test
    void stepCapGivesUnconverged() {
        int k = 4;
        double[] w0 = gaussian(new SplittableRandom(22), k * k, 0.5);
        var loss = SymmetricTianDynamics.objective(k);
        var res = new PopulationGd(loss, PopulationGd.Config.safranShamir(10)).run(w0, null);
        assertEquals(PopulationGd.Status.UNCONVERGED, res.status());
        assertEquals(10, res.steps());
        double[] g = new double[k * k];
        double[] w = w0.clone();
        // the reported numbers describe the final iterate
        new PopulationGd(loss, PopulationGd.Config.safranShamir(10)).run(w0, w);
        assertEquals(loss.lossAndGradient(w, null, g, loss.newWorkspace()), res.loss(), 0.0);
        assertEquals(GaussianPopulationLoss.maxRowNorm(g, k, k), res.gradNorm(), 0.0);
    }

    /** Safran-Shamir setting at small k: both paths agree with the straightforward GD. */
    @Test
    void matchesStraightforwardGd() {
        int k = 6, n = 7;
        double[] w0 = gaussian(new SplittableRandom(23), n * k, 1 / Math.sqrt(k));
        double[] v = GaussianPopulationLoss.identity(k);
        double[] ref = w0.clone();
        new StraightforwardPopulationLoss(n, k, v, null, 0, false).gradientDescent(ref, 0.1, 0, 300);
        for (boolean vec : new boolean[] {false, true}) {
            var loss = new GaussianPopulationLoss(n, k, v, null, 0, false, vec);
            double[] w = new double[n * k];
            var res = new PopulationGd(loss, PopulationGd.Config.safranShamir(300)).run(w0, w);
            assertEquals(300, res.steps());
            assertArrayEquals(ref, w, 1e-11);
        }
    }
}
