package dev.twolayer.theory;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GaussianKernelFunctionsTest {

    static double[] gaussian(SplittableRandom rnd, int len, double scale) {
        double[] x = new double[len];
        for (int i = 0; i < len; i++) x[i] = scale * rnd.nextGaussian();
        return x;
    }

    static double act(double z, double s) {
        return z > 0 ? z : s * z;
    }

    /**
     * k_s and g_s against 10^6 Gaussian samples, for a random pair, a nearly opposite pair, and slopes 0 and 0.2.
     * Bound: 4 standard errors of the sample mean (about 0.5% of k here), computed from the same samples.
     */
    @Test
    void kernelAndGradientMatchMonteCarlo() {
        SplittableRandom rnd = new SplittableRandom(20240611L);
        int d = 4, samples = 1_000_000;
        double[] w1 = gaussian(rnd, d, 1), v1 = gaussian(rnd, d, 0.7);
        double[] w2 = {1.0, 0.2, -0.3, 0.5}, v2 = {-0.9, -0.25, 0.35, -0.4};  // angle close to pi
        double[][][] pairs = {{w1, v1}, {w2, v2}};
        double[] slopes = {0.0, 0.2};
        // accumulators per (pair, slope): k sum, k sumsq, g sum[d], g sumsq[d]
        double[][] kSum = new double[2][2], kSq = new double[2][2];
        double[][][] gSum = new double[2][2][d], gSq = new double[2][2][d];
        double[] x = new double[d];
        for (int t = 0; t < samples; t++) {
            for (int k = 0; k < d; k++) x[k] = rnd.nextGaussian();
            for (int p = 0; p < 2; p++) {
                double zw = GaussianKernelFunctions.dot(pairs[p][0], 0, x, 0, d);
                double zv = GaussianKernelFunctions.dot(pairs[p][1], 0, x, 0, d);
                for (int q = 0; q < 2; q++) {
                    double s = slopes[q];
                    double fv = act(zv, s);
                    double kv = act(zw, s) * fv;
                    kSum[p][q] += kv; kSq[p][q] += kv * kv;
                    double dw = (zw > 0 ? 1 : s) * fv;
                    for (int k = 0; k < d; k++) { double gk = dw * x[k]; gSum[p][q][k] += gk; gSq[p][q][k] += gk * gk; }
                }
            }
        }
        for (int p = 0; p < 2; p++)
            for (int q = 0; q < 2; q++) {
                double s = slopes[q];
                double kMean = kSum[p][q] / samples;
                double kSe = Math.sqrt((kSq[p][q] / samples - kMean * kMean) / samples);
                double kExact = GaussianKernelFunctions.leakyKernel(pairs[p][0], pairs[p][1], s);
                assertEquals(kExact, kMean, 4 * kSe, "k_s pair " + p + " s=" + s);
                double[] gExact = GaussianKernelFunctions.leakyGradient(pairs[p][0], pairs[p][1], s);
                for (int k = 0; k < d; k++) {
                    double gMean = gSum[p][q][k] / samples;
                    double gSe = Math.sqrt((gSq[p][q][k] / samples - gMean * gMean) / samples);
                    assertEquals(gExact[k], gMean, 4 * gSe, "g_s pair " + p + " s=" + s + " component " + k);
                }
            }
        // The random pair is far from degenerate: its kernel is matched to about half a percent
        double kRel = Math.abs(kSum[0][0] / samples / GaussianKernelFunctions.kernel(w1, v1) - 1);
        assertTrue(kRel < 0.01, "relative MC error of k " + kRel);
    }

    @Test
    void specialCases() {
        double[] w = {0.3, -1.2, 0.7};
        double nsq = 0.3 * 0.3 + 1.2 * 1.2 + 0.7 * 0.7;
        assertEquals(nsq / 2, GaussianKernelFunctions.kernel(w, w.clone()), 0.0);
        assertArrayEquals(new double[] {0.15, -0.6, 0.35}, GaussianKernelFunctions.gradient(w, w.clone()), 0.0);
        double[] zero = new double[3];
        assertEquals(0.0, GaussianKernelFunctions.kernel(zero, w));
        assertEquals(0.0, GaussianKernelFunctions.kernel(w, zero));
        assertArrayEquals(new double[3], GaussianKernelFunctions.gradient(zero, w), 0.0);
        assertArrayEquals(new double[3], GaussianKernelFunctions.gradient(w, zero), 0.0);
        // leaky: the linear part of g_s(0, v) = s v survives
        assertArrayEquals(new double[] {0.03, -0.12, 0.07}, GaussianKernelFunctions.leakyGradient(zero, w, 0.1), 1e-15);
        // parallel and antiparallel: cos is clipped, no NaN
        double[] w3 = {3 * 0.3, 3 * -1.2, 3 * 0.7};
        assertEquals(3 * nsq / 2, GaussianKernelFunctions.kernel(w, w3), 1e-12);
        double[] neg = {-0.3, 1.2, -0.7};
        assertEquals(0.0, GaussianKernelFunctions.kernel(w, neg), 1e-15);
        assertArrayEquals(new double[3], GaussianKernelFunctions.gradient(w, neg), 1e-7);
        // orthogonal unit vectors: k = 1/(2 pi), g = (w + pi/2 v)/(2 pi)
        double[] e1 = {1, 0, 0}, e2 = {0, 1, 0};
        assertEquals(1 / (2 * Math.PI), GaussianKernelFunctions.kernel(e1, e2), 1e-16);
        assertArrayEquals(new double[] {1 / (2 * Math.PI), 0.25, 0}, GaussianKernelFunctions.gradient(e1, e2), 1e-16);
        // leaky with s: k_s(w, w) = s |w|^2 + (1-s)^2 |w|^2/2
        assertEquals(0.2 * nsq + 0.64 * nsq / 2, GaussianKernelFunctions.leakyKernel(w, w, 0.2), 1e-15);
    }

    @Test
    void gradientIsDerivativeOfKernel() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int d : new int[] {1, 2, 5, 9}) {
            double[] w = gaussian(rnd, d, 1), v = gaussian(rnd, d, 1);
            for (double s : new double[] {0, 0.3}) {
                double[] g = GaussianKernelFunctions.leakyGradient(w, v, s);
                for (int k = 0; k < d; k++) {
                    double h = 1e-6, saved = w[k];
                    w[k] = saved + h; double kp = GaussianKernelFunctions.leakyKernel(w, v, s);
                    w[k] = saved - h; double km = GaussianKernelFunctions.leakyKernel(w, v, s);
                    w[k] = saved;
                    assertEquals((kp - km) / (2 * h), g[k], 1e-8 * Math.max(1, Math.abs(g[k])), "d=" + d + " s=" + s + " k=" + k);
                }
            }
        }
    }

    @Test
    void badInputIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GaussianKernelFunctions.kernel(new double[2], new double[3]));
        assertTrue(e.getMessage().contains("same length"));
        assertThrows(IllegalArgumentException.class, () -> GaussianKernelFunctions.leakyKernel(new double[2], new double[2], 1.0));
    }
}
