package dev.twolayer.experiments;

import dev.twolayer.data.Dataset;
import dev.twolayer.data.Generators;
import dev.twolayer.experiments.StarActivationExperiment.Config;
import dev.twolayer.experiments.StarActivationExperiment.Net;
import dev.twolayer.experiments.StarActivationExperiment.Outcome;
import dev.twolayer.experiments.StarActivationExperiment.PatternTracker;
import dev.twolayer.experiments.StarActivationExperiment.TrainResult;
import dev.twolayer.experiments.StarActivationExperiment.Weights;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class StarActivationExperimentTest {
    private static final int P = 33;

    private static double[] uniform() {
        double[] p = new double[P];
        Arrays.fill(p, 1.0 / P);
        return p;
    }

    private static double[] randomWeights(SplittableRandom rng) {
        double[] p = new double[P];
        double s = 0;
        for (int j = 0; j < P; j++) s += p[j] = 0.2 + rng.nextDouble();
        for (int j = 0; j < P; j++) p[j] /= s;
        return p;
    }

    /** A generic net (nonzero biases, no kink within 1e-3 of a data point), so finite differences are clean. */
    private static Net genericNet(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        while (true) {
            Net net = new Net(n);
            for (int i = 0; i < n; i++) {
                net.a1[i] = rng.nextGaussian(); net.a2[i] = rng.nextGaussian();
                net.b[i] = 0.5 * rng.nextGaussian(); net.w[i] = rng.nextGaussian();
            }
            net.c = rng.nextGaussian();
            boolean clean = true;
            for (int i = 0; i < n; i++)
                for (int j = 0; j < P; j++)
                    if (Math.abs(net.a1[i] * StarActivationExperiment.X1[j] + net.a2[i] * StarActivationExperiment.X2[j] + net.b[i]) < 1e-3) clean = false;
            if (clean) return net;
        }
    }

    private static Config config(long maxSteps, int window) {
        return new Config(new int[] {8}, 1, maxSteps, window, 1e-10, Weights.UNIFORM);
    }

    @Test
    void dataAreGeneratorsStarInDouble() {
        Dataset star = Generators.star();
        assertEquals(P, star.size());
        for (int j = 0; j < P; j++) {
            assertEquals(star.x()[2 * j], StarActivationExperiment.X1[j], 1e-7);
            assertEquals(star.x()[2 * j + 1], StarActivationExperiment.X2[j], 1e-7);
            assertEquals(star.y()[j], StarActivationExperiment.Y[j], 0);
        }
    }

    @Test
    void ntkStepMatchesFiniteDifferenceJacobian() {
        for (long seed = 1; seed <= 3; seed++) {
            Net net = genericNet(6, seed);
            int q = net.parameterCount();
            double[][] jac = new double[P][q];
            double eps = 1e-6;
            double[] fp = new double[P], fm = new double[P];
            for (int k = 0; k < q; k++) {
                Net plus = net.copy(), minus = net.copy();
                plus.set(k, net.get(k) + eps); minus.set(k, net.get(k) - eps);
                plus.evaluate(fp); minus.evaluate(fm);
                for (int j = 0; j < P; j++) jac[j][k] = (fp[j] - fm[j]) / (2 * eps);
            }
            double[] kFd = new double[P * P];
            for (int j = 0; j < P; j++)
                for (int l = 0; l < P; l++) {
                    double s = 0;
                    for (int k = 0; k < q; k++) s += jac[j][k] * jac[l][k];
                    kFd[j * P + l] = s;
                }
            double[] k = StarActivationExperiment.ntkGram(net);
            for (int e = 0; e < P * P; e++) assertEquals(kFd[e], k[e], 1e-6 * (1 + Math.abs(kFd[e])), "K entry " + e);
            for (double[] p : new double[][] {uniform(), randomWeights(new SplittableRandom(seed))}) {
                double lambda = powerIterationLambdaMax(kFd, p);
                assertEquals(1 / lambda, StarActivationExperiment.ntkStep(net, p), 1e-7 / lambda);
            }
        }
    }

    /** lambda_max of diag(sqrt p) K diag(sqrt p) by power iteration (independent of the Jacobi solver). */
    private static double powerIterationLambdaMax(double[] k, double[] p) {
        double[] m = new double[P * P];
        for (int j = 0; j < P; j++)
            for (int l = 0; l < P; l++) m[j * P + l] = Math.sqrt(p[j] * p[l]) * k[j * P + l];
        double[] v = new double[P];
        Arrays.fill(v, 1 / Math.sqrt(P));
        double lambda = 0;
        for (int it = 0; it < 10_000; it++) {
            double[] u = new double[P];
            for (int j = 0; j < P; j++)
                for (int l = 0; l < P; l++) u[j] += m[j * P + l] * v[l];
            double rayleigh = 0, norm = 0;
            for (int j = 0; j < P; j++) { rayleigh += v[j] * u[j]; norm += u[j] * u[j]; }
            norm = Math.sqrt(norm);
            for (int j = 0; j < P; j++) v[j] = u[j] / norm;
            if (Math.abs(rayleigh - lambda) <= 1e-15 * rayleigh) return rayleigh;
            lambda = rayleigh;
        }
        return lambda;
    }

    @Test
    void gradientMatchesCentralDifferences() {
        for (long seed = 4; seed <= 6; seed++) {
            Net net = genericNet(7, seed);
            double[] p = randomWeights(new SplittableRandom(seed));
            double[] grad = net.gradient(p);
            double eps = 1e-6;
            for (int k = 0; k < net.parameterCount(); k++) {
                Net plus = net.copy(), minus = net.copy();
                plus.set(k, net.get(k) + eps); minus.set(k, net.get(k) - eps);
                double fd = (plus.loss(p) - minus.loss(p)) / (2 * eps);
                assertEquals(fd, grad[k], 1e-7 * (1 + Math.abs(fd)), "parameter " + k);
            }
        }
    }

    @Test
    void oneTrainingStepIsTheGradientStepInBothLoops() {
        for (boolean scalar : new boolean[] {true, false}) {
            Net net = genericNet(13, 7); // 13: not a multiple of the 8 lanes
            double[] p = randomWeights(new SplittableRandom(8));
            double h = 0.01;
            double[] grad = net.gradient(p);
            Net trained = net.copy();
            TrainResult r = StarActivationExperiment.train(config(1, 1000), trained, p, h, scalar);
            assertEquals(1, r.steps());
            assertEquals(Outcome.CAPPED, r.outcome());
            for (int k = 0; k < net.parameterCount(); k++)
                assertEquals(net.get(k) - h * grad[k], trained.get(k), 1e-14 * (1 + Math.abs(net.get(k))), "parameter " + k + (scalar ? " (scalar)" : " (vector)"));
            assertEquals(trained.loss(p), r.finalLoss(), 1e-13);
            assertEquals(net.loss(p), r.initialLoss(), 1e-13);
        }
    }

    @Test
    void scalarAndVectorLoopsAreBitIdentical() {
        SplittableRandom rng = new SplittableRandom(9);
        for (int n : new int[] {37, 64}) {
            Net start = StarActivationExperiment.initialNet(n, rng);
            double[] p = uniform();
            // a step 20x the NTK step: unstable, so kinks move and the pattern changes
            for (double factor : new double[] {1, 20}) {
                double h = factor * StarActivationExperiment.ntkStep(start, p);
                Net a = start.copy(), b = start.copy();
                TrainResult ra = StarActivationExperiment.train(config(400, 1000), a, p, h, true);
                TrainResult rb = StarActivationExperiment.train(config(400, 1000), b, p, h, false);
                assertEquals(ra, rb, "n=" + n + " factor " + factor);
                for (int k = 0; k < a.parameterCount(); k++)
                    assertEquals(Double.doubleToRawLongBits(a.get(k)), Double.doubleToRawLongBits(b.get(k)), "parameter " + k);
                if (factor == 20) assertTrue(ra.changed() || ra.outcome() == Outcome.DIVERGED, "a 20x step should move some kink: " + ra);
            }
        }
    }

    @Test
    void detectorFiresWhenAHugeStepMovesAKinkAcrossPointsAndNotOnAZeroStep() {
        // one neuron relu(x1): active on the 15 points with x1 > 0 (rays 0, 1, 2, 9, 10)
        Net net = new Net(new double[] {1}, new double[] {0}, new double[] {0}, new double[] {1}, 0);
        assertEquals(15, Long.bitCount(net.pattern()[0]));
        for (boolean scalar : new boolean[] {true, false}) {
            TrainResult still = StarActivationExperiment.train(config(50, 10), net.copy(), uniform(), 0.0, scalar);
            assertFalse(still.changed());
            assertEquals(-1, still.firstChangeStep());
            assertEquals(0, still.everFlippedEntries());
            assertEquals(0, still.finalChangedEntries());
            assertEquals(Outcome.CONVERGED, still.outcome()); // a zero step never improves: stops after the window
            assertEquals(10, still.steps());

            // h = 1000: b -> about -319, a1 -> about -252, so the neuron dies: all 15 active entries flip at step 1
            Net moved = net.copy();
            TrainResult jump = StarActivationExperiment.train(config(5, 1000), moved, uniform(), 1000, scalar);
            assertTrue(jump.changed());
            assertEquals(1, jump.firstChangeStep());
            assertEquals(15, jump.everFlippedEntries());
            assertEquals(15, jump.finalChangedEntries());
            assertTrue(moved.b[0] < -300 && moved.a1[0] < -200, "b " + moved.b[0] + ", a1 " + moved.a1[0]);
        }
    }

    @Test
    void trackerKeepsShortLivedFlips() {
        long ray0 = 0b111;
        PatternTracker t = new PatternTracker(new long[] {ray0, 0});
        assertFalse(t.everSplit());
        t.observe(0, ray0, 1);
        t.observe(1, 0, 1);
        assertFalse(t.changed());
        t.observe(0, 0b011, 2); // the point at radius 1.1 drops out for one step: a within-ray split
        t.observe(0, ray0, 3);
        assertTrue(t.changed());
        assertEquals(2, t.firstChangeStep());
        assertEquals(1, t.everFlippedEntries());
        assertTrue(t.everSplit());
        assertEquals(0, t.differingEntries(new long[] {ray0, 0}));
        t.observe(1, 0b111_000, 4); // a whole ray switching on is not a split
        assertEquals(4, t.everFlippedEntries());
        assertEquals(3, t.differingEntries(new long[] {ray0, 0b111_000}));
        assertFalse(StarActivationExperiment.isSplit(0b111_000_111));
        assertTrue(StarActivationExperiment.isSplit(0b110_000_000));
    }

    @Test
    void rayAffineFloorIsOneForUniformWeightsAndUnsplitRunsStayAboveIt() {
        assertEquals(1.0, StarActivationExperiment.rayAffineFloor(uniform()), 1e-14);
        // weight only on radii 0.9 and 1.0 of every ray: an affine function fits both, floor 0
        double[] two = new double[P];
        for (int j = 0; j < P; j++) if (j % 3 != 2) two[j] = 1.0 / 22;
        assertEquals(0.0, StarActivationExperiment.rayAffineFloor(two), 1e-14);
        Config cfg = new Config(new int[] {64}, 1, 3000, 200, 1e-10, Weights.UNIFORM);
        for (long seed = 1; seed <= 6; seed++) {
            TrainResult r = StarActivationExperiment.runOne(cfg, 64, seed);
            assertTrue(r.step() > 0);
            assertTrue(r.finalLoss() < r.initialLoss(), r.toString());
            if (!r.everSplit()) {
                assertTrue(r.finalLoss() >= r.floor() * (1 - 1e-12), "no ray split, yet below the floor: " + r);
                assertFalse(r.belowFloor());
            }
            if (!r.changed()) { assertEquals(0, r.everFlippedEntries()); assertFalse(r.everSplit()); }
        }
    }

    @Test
    void resultsAreIdenticalForOneAndTwoThreads() {
        Config cfg = new Config(new int[] {16, 40}, 4, 2000, 200, 1e-10, Weights.MULTINOMIAL);
        ExperimentReport one = StarActivationExperiment.run(cfg, new ExperimentContext(new ExperimentRunner(1), 77, null));
        ExperimentReport two = StarActivationExperiment.run(cfg, new ExperimentContext(new ExperimentRunner(2), 77, null));
        assertEquals(2, one.rows().size());
        assertEquals(one.rows(), two.rows());
        assertEquals(one.details().get("runsSample"), two.details().get("runsSample"));
        assertEquals(one.summary(), two.summary());
        ExperimentReport other = StarActivationExperiment.run(cfg, new ExperimentContext(new ExperimentRunner(2), 78, null));
        assertNotEquals(one.details().get("runsSample"), other.details().get("runsSample"));
    }

    @Test
    void configRejectsBadValues() {
        assertThrows(IllegalArgumentException.class, () -> new Config(new int[0], 1, 10, 10, 1e-10, Weights.UNIFORM));
        assertThrows(IllegalArgumentException.class, () -> new Config(new int[] {0}, 1, 10, 10, 1e-10, Weights.UNIFORM));
        assertThrows(IllegalArgumentException.class, () -> new Config(new int[] {8}, 0, 10, 10, 1e-10, Weights.UNIFORM));
        assertThrows(IllegalArgumentException.class, () -> new Config(new int[] {8}, 1, 0, 10, 1e-10, Weights.UNIFORM));
        assertThrows(IllegalArgumentException.class, () -> new Config(new int[] {8}, 1, 10, 0, 1e-10, Weights.UNIFORM));
        assertThrows(IllegalArgumentException.class, () -> new Config(new int[] {8}, 1, 10, 10, Double.NaN, Weights.UNIFORM));
        assertThrows(IllegalArgumentException.class, () -> new Config(new int[] {8}, 1, 10, 10, -1, Weights.UNIFORM));
    }
}
