package dev.twolayer.theory;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class IntervalLossTest {

    /** Composite Simpson on a grid that includes every kink, so the quadrature is exact up to rounding per piece. */
    private static double quadrature(IntervalLoss L, double[] v, double[] w, double[] b, double c, int perPiece) {
        java.util.List<Double> pts = new java.util.ArrayList<>();
        pts.add(L.a()); pts.add(L.b());
        for (int j = 0; j < v.length; j++) if (w[j] != 0) { double t = -b[j] / w[j]; if (t > L.a() && t < L.b()) pts.add(t); }
        pts.sort(null);
        double s = 0;
        for (int p = 0; p + 1 < pts.size(); p++) {
            double lo = pts.get(p), hi = pts.get(p + 1), h = (hi - lo) / perPiece;
            for (int i = 0; i < perPiece; i++) {
                double x0 = lo + i * h, x1 = x0 + h / 2, x2 = x0 + h;
                s += h / 6 * (sq(L, v, w, b, c, x0) + 4 * sq(L, v, w, b, c, x1) + sq(L, v, w, b, c, x2));
            }
        }
        return L.normalised() ? s / (L.b() - L.a()) : s;
    }

    /** Plain midpoint rule on a uniform grid that ignores kinks: independent of the kink logic. */
    private static double midpoint(IntervalLoss L, double[] v, double[] w, double[] b, double c, int m) {
        double h = (L.b() - L.a()) / m, s = 0;
        for (int i = 0; i < m; i++) s += h * sq(L, v, w, b, c, L.a() + (i + 0.5) * h);
        return L.normalised() ? s / (L.b() - L.a()) : s;
    }

    private static double sq(IntervalLoss L, double[] v, double[] w, double[] b, double c, double x) {
        double e = L.f(v, w, b, c, x) - L.alpha() * x - L.beta();
        return e * e;
    }

    private static double[] gauss(SplittableRandom r, int n, double sd) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = r.nextGaussian() * sd;
        return x;
    }

    @Test
    void lossMatchesQuadrature() {
        SplittableRandom rng = new SplittableRandom(42);
        for (int trial = 0; trial < 40; trial++) {
            int n = 1 + rng.nextInt(13);
            double a = rng.nextGaussian(), b = a + 0.1 + 3 * rng.nextDouble();
            IntervalLoss L = new IntervalLoss(n, a, b, rng.nextGaussian(), rng.nextGaussian(), trial % 2 == 0);
            double[] v = gauss(rng, n, 1), w = gauss(rng, n, 1.5), bias = gauss(rng, n, 1);
            if (trial % 5 == 0) w[0] = 0; // degenerate neuron
            double c = rng.nextGaussian();
            double exact = L.loss(v, w, bias, c);
            assertEquals(quadrature(L, v, w, bias, c, 4), exact, 1e-12 * Math.max(1, exact), "trial " + trial);
            assertEquals(midpoint(L, v, w, bias, c, 200_000), exact, 1e-6 * Math.max(1, exact), "trial " + trial);
        }
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 30; trial++) {
            int n = 1 + rng.nextInt(9);
            IntervalLoss L = new IntervalLoss(n, -1, 2, 0.7, -0.3, trial % 2 == 1);
            double[] v = gauss(rng, n, 1), w = gauss(rng, n, 1.5), bias = gauss(rng, n, 1);
            double[] c = {rng.nextGaussian()};
            double[] gv = new double[n], gw = new double[n], gb = new double[n], gc = new double[1];
            L.evaluate(v, w, bias, c[0], gv, gw, gb, gc);
            double h = 1e-6;
            for (double[][] pair : new double[][][] {{v, gv}, {w, gw}, {bias, gb}, {c, gc}}) {
                double[] p = pair[0], g = pair[1];
                for (int j = 0; j < p.length; j++) {
                    double keep = p[j];
                    p[j] = keep + h; double up = L.loss(v, w, bias, c[0]);
                    p[j] = keep - h; double dn = L.loss(v, w, bias, c[0]);
                    p[j] = keep;
                    assertEquals((up - dn) / (2 * h), g[j], 1e-6 * Math.max(1, Math.abs(g[j])), "trial " + trial + " index " + j);
                }
            }
        }
    }

    @Test
    void deadNetworkAndExactFit() {
        // every neuron inactive on [0, 1]: only c matters; at the best constant the loss is alpha^2 (b-a)^3 / 12
        IntervalLoss L = new IntervalLoss(3, 0, 1, 2.0, 0.5, false);
        double[] v = {1, -2, 0.5}, w = {-1, -3, 2}, b = {-0.1, 0, -2.5};
        for (int j = 0; j < 3; j++) assertTrue(L.isDead(w[j], b[j]), "neuron " + j);
        double best = 0.5 + 2.0 * 0.5; // mean of the target
        double[] gv = new double[3], gw = new double[3], gb = new double[3], gc = new double[1];
        assertEquals(L.deadNetworkLoss(), L.evaluate(v, w, b, best, gv, gw, gb, gc), 1e-14);
        assertEquals(4.0 / 12, L.deadNetworkLoss(), 1e-15);
        assertArrayEquals(new double[3], gw, 0.0);
        assertArrayEquals(new double[3], gb, 0.0);
        assertArrayEquals(new double[3], gv, 0.0);
        assertEquals(0, gc[0], 1e-14);
        // one linear neuron fits alpha x + beta exactly
        IntervalLoss L1 = new IntervalLoss(1, 0, 1, 2.0, 0.5, true);
        assertEquals(0, L1.loss(new double[] {1}, new double[] {2}, new double[] {0.5}, 0), 1e-30);
        assertEquals(IntervalLoss.NeuronState.LINEAR, L1.state(2, 0.5));
        assertEquals(IntervalLoss.NeuronState.ACTIVE, L1.state(2, -0.5));
        assertEquals(IntervalLoss.NeuronState.DEGENERATE, L1.state(0, 0.5));
        assertEquals(IntervalLoss.NeuronState.INACTIVE, L1.state(-2, 0));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new IntervalLoss(0, 0, 1, 1, 0, true));
        assertThrows(IllegalArgumentException.class, () -> new IntervalLoss(2, 1, 1, 1, 0, true));
        IntervalLoss L = new IntervalLoss(2, 0, 1, 1, 0, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> L.loss(new double[1], new double[2], new double[2], 0));
        assertTrue(e.getMessage().contains("v"), e.getMessage());
    }
}
