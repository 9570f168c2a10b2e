package dev.twolayer.theory;

import static dev.twolayer.theory.GaussianKernelFunctionsTest.gaussian;
import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HessianEigenTest {

    /** Q diag(lambda) Q^T with a random orthogonal Q (Gram-Schmidt of a Gaussian matrix). */
    static double[] withEigenvalues(double[] lambda, SplittableRandom rnd) {
        int n = lambda.length;
        double[] q = gaussian(rnd, n * n, 1);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double dt = GaussianKernelFunctions.dot(q, i * n, q, j * n, n);
                for (int k = 0; k < n; k++) q[i * n + k] -= dt * q[j * n + k];
            }
            double nr = GaussianKernelFunctions.norm(q, i * n, n);
            for (int k = 0; k < n; k++) q[i * n + k] /= nr;
        }
        double[] a = new double[n * n];
        for (int r = 0; r < n; r++)
            for (int c = 0; c < n; c++) {
                double s = 0;
                for (int k = 0; k < n; k++) s += q[k * n + r] * lambda[k] * q[k * n + c];
                a[r * n + c] = s;
            }
        return a;
    }

    @Test
    void jacobiFindsKnownEigenvalues() {
        SplittableRandom rnd = new SplittableRandom(31);
        for (int n : new int[] {1, 2, 7, 30, 61}) {
            double[] lambda = gaussian(rnd, n, 3);
            if (n > 3) { lambda[1] = lambda[0]; lambda[2] = -1e-4; }  // a repeated and a tiny negative one
            double[] a = withEigenvalues(lambda, rnd);
            double[] copy = a.clone();
            double[] eig = HessianEigen.symmetricEigenvalues(a, n);
            assertArrayEquals(copy, a, 0.0, "input not modified");
            double[] sorted = lambda.clone();
            Arrays.sort(sorted);
            assertArrayEquals(sorted, eig, 1e-12 * 3 * n, "n=" + n);
        }
        assertArrayEquals(new double[] {-1, 3}, HessianEigen.symmetricEigenvalues(new double[] {1, 2, 2, 1}, 2), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> HessianEigen.symmetricEigenvalues(new double[5], 2));
        assertThrows(IllegalArgumentException.class, () -> HessianEigen.symmetricEigenvalues(new double[] {Double.NaN}, 1));
    }

    @Test
    void hessianMatchesSecondDifferencesOfLoss() {
        SplittableRandom rnd = new SplittableRandom(32);
        int n = 3, m = 2, d = 3;
        var loss = new GaussianPopulationLoss(n, d, gaussian(rnd, m * d, 1), gaussian(rnd, m, 1), 0.1, false, false);
        double[] w = gaussian(rnd, n * d, 1), a = gaussian(rnd, n, 1);
        double[] h = HessianEigen.hessian(loss, w, a, HessianEigen.DEFAULT_STEP);
        var ws = loss.newWorkspace();
        int size = n * d;
        double e = 1e-3;
        for (int p = 0; p < size; p++)
            for (int q = 0; q < size; q++) {
                double[] x = w.clone();
                x[p] += e; x[q] += e; double fpp = loss.loss(x, a, ws);
                x = w.clone(); x[p] += e; x[q] -= e; double fpm = loss.loss(x, a, ws);
                x = w.clone(); x[p] -= e; x[q] += e; double fmp = loss.loss(x, a, ws);
                x = w.clone(); x[p] -= e; x[q] -= e; double fmm = loss.loss(x, a, ws);
                assertEquals((fpp - fpm - fmp + fmm) / (4 * e * e), h[p * size + q], 1e-5, "p=" + p + " q=" + q);
                assertEquals(h[q * size + p], h[p * size + q], 0.0);
            }
    }

    @Test
    void hessianIsPositiveSemidefiniteAtGlobalMinimumAndNotAtSaddle() {
        int k = 4;
        var loss = SymmetricTianDynamics.objective(k);
        double atMin = HessianEigen.smallestEigenvalue(loss, GaussianPopulationLoss.identity(k), null);
        assertTrue(atMin > -1e-6, "min eigenvalue at the global minimum " + atMin);
        double xs = SymmetricTianDynamics.saddle(k);
        double atSaddle = HessianEigen.smallestEigenvalue(loss, SymmetricTianDynamics.symmetricW(k, xs, xs), null);
        assertTrue(atSaddle < -1e-3, "min eigenvalue at the symmetric saddle " + atSaddle);
    }
}
