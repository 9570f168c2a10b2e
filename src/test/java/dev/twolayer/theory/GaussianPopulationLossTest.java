package dev.twolayer.theory;

import static dev.twolayer.theory.GaussianKernelFunctionsTest.act;
import static dev.twolayer.theory.GaussianKernelFunctionsTest.gaussian;
import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GaussianPopulationLossTest {

    /** A random problem; identity mapping needs n <= d. */
    static GaussianPopulationLoss problem(SplittableRandom rnd, int n, int m, int d, double s, boolean identity,
                                          boolean weights, boolean vector) {
        double[] v = gaussian(rnd, m * d, 1 / Math.sqrt(d));
        double[] b = weights ? gaussian(rnd, m, 1) : null;
        return new GaussianPopulationLoss(n, d, v, b, s, identity, vector);
    }

    static double maxAbsDiff(double[] x, double[] y) {
        double e = 0;
        for (int i = 0; i < x.length; i++) e = Math.max(e, Math.abs(x[i] - y[i]));
        return e;
    }

    static double maxAbs(double[] x) {
        double e = 0;
        for (double v : x) e = Math.max(e, Math.abs(v));
        return e;
    }

    @Test
    void gradientMatchesCentralDifferences() {
        SplittableRandom rnd = new SplittableRandom(11);
        int[][] shapes = {{3, 2, 4}, {5, 5, 5}, {1, 1, 1}, {2, 3, 9}};
        for (int[] sh : shapes) {
            int n = sh[0], m = sh[1], d = sh[2];
            for (double s : new double[] {0.0, 0.25}) {
                for (boolean identity : new boolean[] {false, true}) {
                    GaussianPopulationLoss loss = problem(rnd, n, m, d, s, identity, true, false);
                    var ws = loss.newWorkspace();
                    double[] w = gaussian(rnd, n * d, 0.5), a = gaussian(rnd, n, 1);
                    double[] gw = new double[n * d], ga = new double[n];
                    loss.lossAndGradient(w, a, gw, ga, ws);
                    String what = "n=" + n + " m=" + m + " d=" + d + " s=" + s + " identity=" + identity;
                    double h = 1e-5, scale = Math.max(1, maxAbs(gw));
                    for (int p = 0; p < n * d; p++) {
                        double saved = w[p];
                        w[p] = saved + h; double fp = loss.loss(w, a, ws);
                        w[p] = saved - h; double fm = loss.loss(w, a, ws);
                        w[p] = saved;
                        assertEquals((fp - fm) / (2 * h), gw[p], 1e-8 * scale, "dF/dw " + what + " p=" + p);
                    }
                    for (int i = 0; i < n; i++) {
                        double saved = a[i];
                        a[i] = saved + h; double fp = loss.loss(w, a, ws);
                        a[i] = saved - h; double fm = loss.loss(w, a, ws);
                        a[i] = saved;
                        assertEquals((fp - fm) / (2 * h), ga[i], 1e-8 * Math.max(1, maxAbs(ga)), "dF/da " + what + " i=" + i);
                    }
                }
            }
        }
    }

    @Test
    void agreesWithStraightforwardFormulas() {
        SplittableRandom rnd = new SplittableRandom(12);
        for (int[] sh : new int[][] {{4, 3, 6}, {7, 7, 7}, {2, 5, 3}}) {
            int n = sh[0], m = sh[1], d = sh[2];
            double[] v = gaussian(rnd, m * d, 1), b = gaussian(rnd, m, 1);
            double[] w = gaussian(rnd, n * d, 1), a = gaussian(rnd, n, 1);
            for (double s : new double[] {0.0, 0.1}) {
                boolean identity = n <= d;
                var fast = new GaussianPopulationLoss(n, d, v, b, s, identity, false);
                var ref = new StraightforwardPopulationLoss(n, d, v, b, s, identity);
                double[] gw = new double[n * d], ga = new double[n];
                double f = fast.lossAndGradient(w, a, gw, ga, fast.newWorkspace());
                assertEquals(ref.loss(w, a), f, 1e-13 * Math.max(1, Math.abs(f)));
                assertTrue(maxAbsDiff(ref.gradient(w, a), gw) < 1e-13 * Math.max(1, maxAbs(gw)));
                assertTrue(maxAbsDiff(ref.outputWeightGradient(w, a), ga) < 1e-13 * Math.max(1, maxAbs(ga)));
            }
        }
    }

    @Test
    void vectorPathEqualsScalarPath() {
        assertTrue(GaussianPopulationLoss.vectorApiAvailable(), "tests run with the vector module");
        SplittableRandom rnd = new SplittableRandom(13);
        // dimensions around lane multiples (tails), and size 1
        for (int d : new int[] {1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 20}) {
            int n = 1 + rnd.nextInt(Math.min(d, 6)), m = 1 + rnd.nextInt(6);
            double s = rnd.nextBoolean() ? 0 : 0.15;
            boolean identity = rnd.nextBoolean();
            double[] v = gaussian(rnd, m * d, 1), b = gaussian(rnd, m, 1);
            double[] w = gaussian(rnd, n * d, 1), a = gaussian(rnd, n, 1);
            var scalar = new GaussianPopulationLoss(n, d, v, b, s, identity, false);
            var vector = scalar.withVectorised(true);
            assertTrue(vector.vectorised());
            double[] g1 = new double[n * d], g2 = new double[n * d], a1 = new double[n], a2 = new double[n];
            double f1 = scalar.lossAndGradient(w, a, g1, a1, scalar.newWorkspace());
            double f2 = vector.lossAndGradient(w, a, g2, a2, vector.newWorkspace());
            assertEquals(f1, f2, 1e-13 * Math.max(1, Math.abs(f1)), "d=" + d);
            assertTrue(maxAbsDiff(g1, g2) <= 1e-13 * Math.max(1, maxAbs(g1)), "d=" + d);
            assertTrue(maxAbsDiff(a1, a2) <= 1e-13 * Math.max(1, maxAbs(a1)), "d=" + d);
        }
    }

    /** F = 1/2 E[(student - teacher)^2] with 10^6 samples; leaky, identity mapping, output weights. */
    @Test
    void lossEqualsHalfMeanSquaredErrorByMonteCarlo() {
        SplittableRandom rnd = new SplittableRandom(14);
        int n = 3, m = 2, d = 4, samples = 1_000_000;
        double s = 0.1;
        double[] v = gaussian(rnd, m * d, 0.6), b = gaussian(rnd, m, 1);
        double[] w = gaussian(rnd, n * d, 0.4), a = gaussian(rnd, n, 1);
        var loss = new GaussianPopulationLoss(n, d, v, b, s, true, false);
        double f = loss.loss(w, a, loss.newWorkspace());
        double[] u = w.clone();
        for (int i = 0; i < n; i++) u[i * d + i] += 1;
        double sum = 0, sq = 0;
        double[] x = new double[d];
        for (int t = 0; t < samples; t++) {
            for (int k = 0; k < d; k++) x[k] = rnd.nextGaussian();
            double diff = 0;
            for (int i = 0; i < n; i++) diff += a[i] * act(GaussianKernelFunctions.dot(u, i * d, x, 0, d), s);
            for (int j = 0; j < m; j++) diff -= b[j] * act(GaussianKernelFunctions.dot(v, j * d, x, 0, d), s);
            double e = 0.5 * diff * diff;
            sum += e; sq += e * e;
        }
        double mean = sum / samples, se = Math.sqrt((sq / samples - mean * mean) / samples);
        assertEquals(f, mean, 4 * se);
        assertEquals(f, mean, 0.01 * f);
    }

    /** The sample-mean gradient over N Gaussian samples approaches dF/dW like 1/sqrt(N). */
    @Test
    void empiricalGradientConvergesToClosedForm() {
        SplittableRandom rnd = new SplittableRandom(15);
        int n = 4, d = 4;
        double[] v = GaussianPopulationLoss.identity(d), w = gaussian(rnd, n * d, 0.5);
        var loss = new GaussianPopulationLoss(n, d, v, null, 0.0, false, false);
        double[] exact = new double[n * d];
        loss.lossAndGradient(w, null, exact, loss.newWorkspace());
        // RMS error over 4 repetitions for each N, to keep the ratio stable
        double e3 = 0, e5 = 0;
        for (int rep = 0; rep < 4; rep++) {
            e3 += Math.pow(empiricalError(w, v, n, d, 1_000, exact, rnd), 2);
            e5 += Math.pow(empiricalError(w, v, n, d, 100_000, exact, rnd), 2);
        }
        double ratio = Math.sqrt(e3 / e5);  // about sqrt(100) = 10
        assertTrue(ratio > 4 && ratio < 25, "error ratio N=1e3 vs 1e5 was " + ratio);
    }

    private static double empiricalError(double[] w, double[] v, int n, int d, int samples, double[] exact,
                                         SplittableRandom rnd) {
        double[] g = new double[n * d], x = new double[d], z = new double[n];
        for (int t = 0; t < samples; t++) {
            for (int k = 0; k < d; k++) x[k] = rnd.nextGaussian();
            double diff = 0;
            for (int i = 0; i < n; i++) { z[i] = GaussianKernelFunctions.dot(w, i * d, x, 0, d); diff += Math.max(0, z[i]); }
            for (int j = 0; j < v.length / d; j++) diff -= Math.max(0, GaussianKernelFunctions.dot(v, j * d, x, 0, d));
            for (int i = 0; i < n; i++) if (z[i] > 0) for (int k = 0; k < d; k++) g[i * d + k] += diff * x[k];
        }
        double e = 0;
        for (int p = 0; p < g.length; p++) e += Math.pow(g[p] / samples - exact[p], 2);
        return Math.sqrt(e);
    }

    @Test
    void zeroNeuronContributesNothing() {
        SplittableRandom rnd = new SplittableRandom(16);
        int d = 5, m = 3;
        double[] v = gaussian(rnd, m * d, 1), w2 = gaussian(rnd, 2 * d, 1);
        double[] w3 = new double[3 * d];
        System.arraycopy(w2, 0, w3, 0, 2 * d);  // third row zero
        for (boolean vec : new boolean[] {false, true}) {
            var l2 = new GaussianPopulationLoss(2, d, v, null, 0.0, false, vec);
            var l3 = new GaussianPopulationLoss(3, d, v, null, 0.0, false, vec);
            double[] g2 = new double[2 * d], g3 = new double[3 * d];
            double f2 = l2.lossAndGradient(w2, null, g2, l2.newWorkspace());
            double f3 = l3.lossAndGradient(w3, null, g3, l3.newWorkspace());
            assertEquals(f2, f3, 1e-14);
            for (int k = 0; k < d; k++) {
                assertEquals(g2[k], g3[k], 1e-14);
                assertEquals(0.0, g3[2 * d + k], 0.0);
            }
        }
        // Global minimum: the student equals the teacher
        var l = GaussianPopulationLoss.of(m, d, v);
        double[] g = new double[m * d];
        assertEquals(0.0, l.lossAndGradient(v.clone(), null, g, l.newWorkspace()), 1e-14);
        assertEquals(0.0, GaussianPopulationLoss.maxRowNorm(g, m, d), 1e-14);
    }

    @Test
    void badInputIsRejected() {
        var loss = GaussianPopulationLoss.of(3, 4, GaussianPopulationLoss.identity(4));
        var ws = loss.newWorkspace();
        var e = assertThrows(IllegalArgumentException.class, () -> loss.loss(new double[11], ws));
        assertTrue(e.getMessage().contains("n x d"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> loss.loss(new double[12], new double[2], ws));
        var other = GaussianPopulationLoss.of(2, 4, GaussianPopulationLoss.identity(4));
        assertThrows(IllegalArgumentException.class, () -> loss.loss(new double[12], other.newWorkspace()));
        assertThrows(IllegalArgumentException.class, () -> new GaussianPopulationLoss(3, 4, new double[7], null, 0, false, false));
        assertThrows(IllegalArgumentException.class, () -> new GaussianPopulationLoss(5, 4, new double[8], null, 0, true, false));
        assertThrows(IllegalArgumentException.class, () -> new GaussianPopulationLoss(3, 4, new double[8], null, 1.0, false, false));
    }
}
