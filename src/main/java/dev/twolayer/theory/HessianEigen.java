package dev.twolayer.theory;

import java.util.Arrays;

/**
 * Hessian of the population objective with respect to W, by central finite differences of the analytic gradient
 * (symmetrised), and a cyclic Jacobi eigensolver for dense symmetric matrices (robust; fine up to a few hundred
 * rows, e.g. n*d = 440 for n = 22, d = 20).
 */
public final class HessianEigen {
    private HessianEigen() {}

    /** Default finite-difference step: balances the O(h^2) truncation against gradient rounding / h. */
    public static final double DEFAULT_STEP = 1e-5;

    /**
     * The (n d) x (n d) Hessian of F with respect to W at {@code w} (student output weights {@code a}, null = ones),
     * flat row-major, symmetrised: H[p][q] = (dG_p/dw_q + dG_q/dw_p)/2 with dG/dw_q = (G(w + h e_q) - G(w - h e_q))/(2h).
     */
    public static double[] hessian(GaussianPopulationLoss loss, double[] w, double[] a, double h) {
        if (!(h > 0)) throw new IllegalArgumentException("finite-difference step must be > 0, got " + h);
        int size = loss.size();
        if (w.length != size) throw new IllegalArgumentException("W must have length n*d=" + size + ", got " + w.length);
        GaussianPopulationLoss.Workspace ws = loss.newWorkspace();
        double[] x = w.clone(), gPlus = new double[size], gMinus = new double[size];
        double[] hess = new double[size * size];
        for (int q = 0; q < size; q++) {
            double saved = x[q];
            x[q] = saved + h;
            loss.lossAndGradient(x, a, gPlus, null, ws);
            x[q] = saved - h;
            loss.lossAndGradient(x, a, gMinus, null, ws);
            x[q] = saved;
            for (int p = 0; p < size; p++) hess[p * size + q] = (gPlus[p] - gMinus[p]) / (2 * h);
        }
        for (int p = 0; p < size; p++)
            for (int q = p + 1; q < size; q++) {
                double s = (hess[p * size + q] + hess[q * size + p]) / 2;
                hess[p * size + q] = s;
                hess[q * size + p] = s;
            }
        return hess;
    }

    /** Smallest eigenvalue of the Hessian of F wrt W at {@code w} (finite-difference step {@link #DEFAULT_STEP}). */
    public static double smallestEigenvalue(GaussianPopulationLoss loss, double[] w, double[] a) {
        return symmetricEigenvalues(hessian(loss, w, a, DEFAULT_STEP), loss.size())[0];
    }

    /**
     * All eigenvalues, ascending, of the symmetric {@code size x size} matrix (flat row-major; not modified), by the
     * cyclic Jacobi method. The matrix is symmetrised first ((A + A^T)/2).
     *
     * @throws IllegalArgumentException on a wrong length or non-finite entries
     * @throws ArithmeticException if it fails to converge in 100 sweeps (should not happen)
     */
    public static double[] symmetricEigenvalues(double[] matrix, int size) {
        if (size < 1) throw new IllegalArgumentException("matrix size must be >= 1, got " + size);
        if (matrix.length != size * size)
            throw new IllegalArgumentException("matrix must be size x size = " + size * size + ", got length " + matrix.length);
        final int nn = size;
        double[] a = new double[nn * nn];
        double frob = 0;
        for (int p = 0; p < nn; p++)
            for (int q = 0; q < nn; q++) {
                double v = (matrix[p * nn + q] + matrix[q * nn + p]) / 2;
                if (!Double.isFinite(v)) throw new IllegalArgumentException("matrix has a non-finite entry at (" + p + ", " + q + ")");
                a[p * nn + q] = v;
                frob += v * v;
            }
        // Off-diagonal mass below (eps * |A|_F)^2 means the diagonal holds the eigenvalues to rounding
        final double target = Math.pow(1e-15 * Math.sqrt(frob), 2);
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int p = 0; p < nn; p++)
                for (int q = p + 1; q < nn; q++) off += a[p * nn + q] * a[p * nn + q];
            if (off <= target || off == 0) {
                double[] eig = new double[nn];
                for (int p = 0; p < nn; p++) eig[p] = a[p * nn + p];
                Arrays.sort(eig);
                return eig;
            }
            for (int p = 0; p < nn - 1; p++) {
                for (int q = p + 1; q < nn; q++) {
                    double apq = a[p * nn + q];
                    if (apq == 0) continue;
                    double app = a[p * nn + p], aqq = a[q * nn + q];
                    // After a few sweeps, an entry below the rounding of both diagonal entries is dropped
                    if (sweep > 3 && Math.abs(app) + 100 * Math.abs(apq) == Math.abs(app)
                            && Math.abs(aqq) + 100 * Math.abs(apq) == Math.abs(aqq)) {
                        a[p * nn + q] = 0;
                        a[q * nn + p] = 0;
                        continue;
                    }
                    double theta = (aqq - app) / (2 * apq);
                    // t = tan(phi), the smaller root of t^2 + 2 theta t - 1 = 0 (rotation angle <= pi/4)
                    double t = Math.abs(theta) > 1e150 ? 1 / (2 * theta)
                            : Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double c = 1 / Math.sqrt(t * t + 1), s = t * c;
                    // A <- J^T A J with J the (p, q) rotation: columns, then rows
                    for (int k = 0; k < nn; k++) {
                        double akp = a[k * nn + p], akq = a[k * nn + q];
                        a[k * nn + p] = c * akp - s * akq;
                        a[k * nn + q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < nn; k++) {
                        double apk = a[p * nn + k], aqk = a[q * nn + k];
                        a[p * nn + k] = c * apk - s * aqk;
                        a[q * nn + k] = s * apk + c * aqk;
                    }
                    a[p * nn + q] = 0;
                    a[q * nn + p] = 0;
                }
            }
        }
        throw new ArithmeticException("Jacobi eigenvalue iteration did not converge in 100 sweeps (size " + nn + ")");
    }
}
