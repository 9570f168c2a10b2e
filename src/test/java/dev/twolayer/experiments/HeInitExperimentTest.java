package dev.twolayer.experiments;

import dev.twolayer.experiments.HeInitExperiment.Net;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class HeInitExperimentTest {

    @Test
    void ntkStepOnHandCheckableNet() {
        // one neuron relu(x): off at x = -1, on at x = 1; K(-1,-1) = 1 (only c), K(1,1) = 1 + 1 + w^2 (1 + 1) = 4, K(-1,1) = 1
        Net net = new Net(new double[] {1}, new double[] {0}, new double[] {1}, 0);
        double[] p = {0.5, 0, 0, 0.5, 0, 0};
        // diag(sqrt p) K diag(sqrt p) restricted to the two points: [[0.5, 0.5], [0.5, 2]]
        double lambda = (2.5 + Math.sqrt(1.5 * 1.5 + 4 * 0.25)) / 2;
        assertEquals(1 / lambda, HeInitExperiment.ntkStep(net, p), 1e-14);
        double[] k = HeInitExperiment.ntkGram(net);
        assertEquals(1, k[0], 0); assertEquals(4, k[3 * 6 + 3], 0); assertEquals(1, k[3], 0);
        assertEquals(2 + 2 * 2 * 3, k[4 * 6 + 5], 0); // x = 2, 3: 1 + 2*3 + (2*3 + 1)
    }

    @Test
    void ntkGramMatchesFiniteDifferenceJacobian() {
        SplittableRandom rng = new SplittableRandom(11);
        int n = 5;
        double[] a = new double[n], b = new double[n], w = new double[n];
        for (int i = 0; i < n; i++) { a[i] = rng.nextGaussian(); b[i] = rng.nextGaussian() * 0.5; w[i] = rng.nextGaussian(); }
        Net net = new Net(a, b, w, rng.nextGaussian());
        int params = 3 * n + 1;
        double[][] jac = new double[6][params];
        double eps = 1e-6;
        double[] fp = new double[6], fm = new double[6];
        for (int q = 0; q < params; q++) {
            Net plus = net.copy(), minus = net.copy();
            nudge(plus, q, eps); nudge(minus, q, -eps);
            plus.evaluate(fp); minus.evaluate(fm);
            for (int j = 0; j < 6; j++) jac[j][q] = (fp[j] - fm[j]) / (2 * eps);
        }
        double[] k = HeInitExperiment.ntkGram(net);
        for (int j = 0; j < 6; j++)
            for (int l = 0; l < 6; l++) {
                double s = 0;
                for (int q = 0; q < params; q++) s += jac[j][q] * jac[l][q];
                assertEquals(s, k[j * 6 + l], 1e-6 * (1 + Math.abs(s)), "K[" + j + "," + l + "]");
            }
    }

    private static void nudge(Net net, int q, double e) {
        int n = net.n;
        if (q < n) net.a[q] += e; else if (q < 2 * n) net.b[q - n] += e; else if (q < 3 * n) net.w[q - 2 * n] += e; else net.c += e;
    }

    @Test
    void twoSidedLinearFitByHand() {
        double d = 0.1;
        double[] y = {-1 + d, 2 + d, -1 + d, 1 + d, -2 + d, 1 + d};
        double[] p = {2 / 7.0, 1 / 7.0, 1 / 7.0, 1 / 7.0, 1 / 7.0, 1 / 7.0};
        double[] fit = HeInitExperiment.twoSidedLinearFit(y, p);
        // x < 0, weights (2,1,1): slope -3/11, intercept -8/11 (+ D); x > 0 uniform weights: the constant D
        assertEquals(-5 / 11.0 + d, fit[0], 1e-14);
        assertEquals(-2 / 11.0 + d, fit[1], 1e-14);
        assertEquals(1 / 11.0 + d, fit[2], 1e-14);
        for (int j = 3; j < 6; j++) assertEquals(d, fit[j], 1e-14);
    }

    @Test
    void gdRunsThatDoNotCrossConvergeToTheTwoSidedFit() {
        var cfg = new HeInitExperiment.Config(new int[] {32}, new double[] {0}, List.of(HeInitExperiment.Optimiser.GD),
                List.of(HeInitExperiment.InitKind.HE), 1, 200_000, 1000, 10, 1e-8, 16, 1e-3);
        int converged = 0;
        for (long seed = 1; seed <= 4; seed++) {
            var t = HeInitExperiment.runOne(cfg, 32, 0.0, seed).get(0);
            assertTrue(t.step() > 0);
            if (t.outcome() == HeInitExperiment.Outcome.CONVERGED) {
                converged++;
                assertTrue(t.distanceToFit() < 1e-3, "distance " + t.distanceToFit());
                assertTrue(Math.abs(t.excessLoss()) < 1e-6, "excess " + t.excessLoss());
            } else assertEquals(HeInitExperiment.Outcome.CROSSED, t.outcome());
        }
        assertTrue(converged > 0, "with n = 32 GD usually stays in the kernel regime");
    }
}
