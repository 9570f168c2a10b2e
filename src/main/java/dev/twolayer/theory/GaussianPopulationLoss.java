package dev.twolayer.theory;

import java.util.Arrays;

/**
 * The teacher-student population objective for Gaussian inputs (papers.md section 0), in double precision:
 * <pre>
 *   F(W, a) = 1/2 sum_{i,i'} a_i a_i' k_s(u_i, u_i') - sum_{i,j} a_i b_j k_s(u_i, v_j) + 1/2 sum_{j,j'} b_j b_j' k_s(v_j, v_j')
 *   dF/dw_i = a_i ( sum_{i'} a_i' g_s(u_i, u_i') - sum_j b_j g_s(u_i, v_j) )
 *   dF/da_i = sum_{i'} a_i' k_s(u_i, u_i') - sum_j b_j k_s(u_i, v_j)
 * </pre>
 * which equals {@code 1/2 E[(sum_i a_i relu_s(u_i.x) - sum_j b_j relu_s(v_j.x))^2]} for x ~ N(0, I_d).
 * Student rows are {@code u_i = w_i}, or {@code u_i = e_i + w_i} with identity mapping (then dF/dw = dF/du).
 * The teacher (rows v_j, m x d, and output weights b_j) is fixed at construction; with identity mapping pass the
 * teacher's effective rows, e.g. {@link #identityPlus}.
 *
 * <p>Arrays are flat and row-major: W is n x d, gradients likewise. Student output weights {@code a} may be null
 * (all ones). Evaluation allocates nothing: all scratch lives in a caller-owned {@link Workspace}; one workspace
 * per thread. Each unordered student pair shares one arccos. The pairwise dot products and the gradient
 * assembly use the Vector API when {@link #vectorised()} (rows zero-padded to the lane count); the plain-Java path
 * computes the same quantities and agrees to rounding.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GaussianPopulationLoss {
    private static final double TWO_PI = 2 * Math.PI;

    private final int n, m, d, dp;
    private final double slope, reluWeight;
    private final boolean identityMapping, vectorised;
    private final double[] teacherRows;    // m x d, as given (copy)
    private final double[] teacherPadded;  // m x dp
    private final double[] teacherNorms;   // m
    private final double[] teacherWeights; // m (ones when null was given)
    private final double teacherConstant;  // 1/2 sum b b' k_s(v, v')

    /**
     * @param n               student rows
     * @param d               input dimension
     * @param teacherRows     m x d teacher rows (copied); m = teacherRows.length / d
     * @param teacherWeights  teacher output weights (length m), or null for all ones
     * @param slope           leaky slope s in [0, 1) (0 = ReLU)
     * @param identityMapping student rows are e_i + w_i (needs n <= d)
     * @param vectorised      use the Vector API path (needs module jdk.incubator.vector)
     */
    public GaussianPopulationLoss(int n, int d, double[] teacherRows, double[] teacherWeights, double slope,
                                  boolean identityMapping, boolean vectorised) {
        if (n < 1) throw new IllegalArgumentException("student rows n must be >= 1, got " + n);
        if (d < 1) throw new IllegalArgumentException("input dimension d must be >= 1, got " + d);
        if (teacherRows == null || teacherRows.length == 0 || teacherRows.length % d != 0)
            throw new IllegalArgumentException("teacher rows must be a non-empty m x d array with d=" + d
                    + ", got length " + (teacherRows == null ? "null" : teacherRows.length));
        GaussianKernelFunctions.checkSlope(slope);
        if (identityMapping && n > d)
            throw new IllegalArgumentException("identity mapping needs n <= d, got n=" + n + ", d=" + d);
        if (vectorised && !vectorApiAvailable())
            throw new IllegalStateException("vectorised path requested but module jdk.incubator.vector is not present"
                    + " (run with --add-modules jdk.incubator.vector)");
        this.n = n;
        this.d = d;
        this.m = teacherRows.length / d;
        if (teacherWeights != null && teacherWeights.length != m)
            throw new IllegalArgumentException("teacher weights must have length m=" + m + ", got " + teacherWeights.length);
        this.slope = slope;
        this.reluWeight = (1 - slope) * (1 - slope);
        this.identityMapping = identityMapping;
        this.vectorised = vectorised;
        this.dp = vectorised ? roundUp(d, TheoryVectorOps.lanes()) : d;
        this.teacherRows = teacherRows.clone();
        this.teacherWeights = new double[m];
        this.teacherPadded = new double[m * dp];
        this.teacherNorms = new double[m];
        for (int j = 0; j < m; j++) {
            this.teacherWeights[j] = teacherWeights == null ? 1 : teacherWeights[j];
            System.arraycopy(teacherRows, j * d, teacherPadded, j * dp, d);
            teacherNorms[j] = GaussianKernelFunctions.norm(teacherRows, j * d, d);
        }
        double tc = 0;
        for (int j = 0; j < m; j++)
            for (int j2 = 0; j2 < m; j2++)
                tc += this.teacherWeights[j] * this.teacherWeights[j2]
                        * GaussianKernelFunctions.leakyKernel(teacherRows, j * d, teacherRows, j2 * d, d, slope);
        this.teacherConstant = tc / 2;
    }

    /** ReLU student of n rows against a teacher with all output weights 1, fastest available path. */
    public static GaussianPopulationLoss of(int n, int d, double[] teacherRows) {
        return new GaussianPopulationLoss(n, d, teacherRows, null, 0.0, false, vectorPays(d));
    }

    /**
     * Smallest input dimension at which the Vector API path is the faster one. PopulationGradientBenchmark (Xeon,
     * steps/s, vector vs plain): k = n = 6: 545k vs 762k; k = 6, n = 8: 404k vs 494k; k = 10: about equal;
     * k = 20: 52k vs 48k. Short rows leave most lanes of the pairwise loops idle.
     */
    public static final int VECTOR_MIN_D = 12;

    /** Whether the Vector API path is available and faster for input dimension d. */
    public static boolean vectorPays(int d) {
        return d >= VECTOR_MIN_D && vectorApiAvailable();
    }

    /** Whether module jdk.incubator.vector is in the boot layer. */
    public static boolean vectorApiAvailable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /** The identity matrix (d x d, flat), e.g. the teacher of Safran & Shamir and Tian. */
    public static double[] identity(int d) {
        double[] v = new double[d * d];
        for (int i = 0; i < d; i++) v[i * d + i] = 1;
        return v;
    }

    /** {@code I + wStar} for a d x d flat matrix: the effective rows of an identity-mapping teacher. */
    public static double[] identityPlus(double[] wStar, int d) {
        if (wStar.length != d * d) throw new IllegalArgumentException("wStar must be d x d = " + d * d + ", got " + wStar.length);
        double[] v = wStar.clone();
        for (int i = 0; i < d; i++) v[i * d + i] += 1;
        return v;
    }

    /** The same objective on the other code path (for comparisons and speed measurements). */
    public GaussianPopulationLoss withVectorised(boolean useVector) {
        return new GaussianPopulationLoss(n, d, teacherRows, teacherWeights, slope, identityMapping, useVector);
    }

    public int n() { return n; }
    public int m() { return m; }
    public int d() { return d; }
    public double slope() { return slope; }
    public boolean identityMapping() { return identityMapping; }
    public boolean vectorised() { return vectorised; }
    /** Number of entries of W (and of dF/dW): n * d. */
    public int size() { return n * d; }
    /** Copy of the teacher rows (m x d). */
    public double[] teacherRows() { return teacherRows.clone(); }
    /** Copy of the teacher output weights (length m). */
    public double[] teacherWeights() { return teacherWeights.clone(); }

    /** Caller-owned scratch memory for one evaluation at a time. */
    public static final class Workspace {
        final int n, m, dp;
        final double[] u, uNorm, alpha, rowGrad;
        final double[] kss, kst, bss, bst;
        final double[] cosSS, thetaSS, cosST, thetaST;

        Workspace(int n, int m, int dp) {
            this.n = n; this.m = m; this.dp = dp;
            u = new double[n * dp];
            uNorm = new double[n];
            alpha = new double[n];
            rowGrad = new double[dp];
            kss = new double[n * n]; bss = new double[n * n]; cosSS = new double[n * n]; thetaSS = new double[n * n];
            kst = new double[n * m]; bst = new double[n * m]; cosST = new double[n * m]; thetaST = new double[n * m];
        }

        /** Student row norms |u_i| of the last evaluation (live array, length n). */
        public double[] studentNorms() { return uNorm; }
        /** Clipped cosines between student rows of the last evaluation (live, n x n; 0 where a row is zero). */
        public double[] cosStudentStudent() { return cosSS; }
        /** Angles between student rows of the last evaluation (live, n x n). */
        public double[] thetaStudentStudent() { return thetaSS; }
        /** Clipped cosines student row i vs teacher row j (live, n x m). */
        public double[] cosStudentTeacher() { return cosST; }
        /** Angles student row i vs teacher row j (live, n x m). */
        public double[] thetaStudentTeacher() { return thetaST; }
    }

    public Workspace newWorkspace() {
        return new Workspace(n, m, dp);
    }

    /** F(W, a). */
    public double loss(double[] w, double[] a, Workspace ws) {
        return lossAndGradient(w, a, null, null, ws);
    }

    /** F(W, a) with all student output weights 1. */
    public double loss(double[] w, Workspace ws) {
        return lossAndGradient(w, null, null, null, ws);
    }

    /** Writes dF/dW (n x d) into gradW and returns F. */
    public double lossAndGradient(double[] w, double[] a, double[] gradW, Workspace ws) {
        return lossAndGradient(w, a, gradW, null, ws);
    }

    /**
     * Returns F and overwrites {@code gradW} (n x d) with dF/dW and {@code gradA} (n) with dF/da; either may be null
     * to skip it. {@code a} null means all student output weights are 1 (then gradA is still dF/da at a = 1).
     */
    public double lossAndGradient(double[] w, double[] a, double[] gradW, double[] gradA, Workspace ws) {
        check(w, a, gradW, gradA, ws);
        final int n = this.n, m = this.m, d = this.d, dp = this.dp;
        final double s = slope, r = reluWeight;
        final boolean vec = vectorised;
        final double[] u = ws.u, un = ws.uNorm, alpha = ws.alpha;
        final double[] kss = ws.kss, kst = ws.kst, bss = ws.bss, bst = ws.bst;
        final double[] cosSS = ws.cosSS, thetaSS = ws.thetaSS, cosST = ws.cosST, thetaST = ws.thetaST;
        final double[] vp = teacherPadded, vn = teacherNorms, b = teacherWeights;

        // Student rows u_i (padding stays zero: it is never written)
        for (int i = 0; i < n; i++) {
            int base = i * dp;
            System.arraycopy(w, i * d, u, base, d);
            if (identityMapping) u[base + i] += 1;
            un[i] = Math.sqrt(vec ? TheoryVectorOps.dot(u, base, u, base, dp)
                                  : GaussianKernelFunctions.dot(u, base, u, base, d));
            alpha[i] = 0;
        }

        // Student-student pairs: one arccos per unordered pair
        double studentSum = 0;
        for (int i = 0; i < n; i++) {
            final double ai = a == null ? 1 : a[i];
            final double nu = un[i];
            final double kii = (s + r / 2) * nu * nu;
            kss[i * n + i] = kii;
            bss[i * n + i] = ai * (s + r / 2);
            cosSS[i * n + i] = nu == 0 ? 0 : 1;
            thetaSS[i * n + i] = nu == 0 ? Math.PI / 2 : 0;
            studentSum += ai * ai * kii;
            for (int i2 = i + 1; i2 < n; i2++) {
                final double a2 = a == null ? 1 : a[i2];
                final double np = un[i2];
                final double dt = vec ? TheoryVectorOps.dot(u, i * dp, u, i2 * dp, dp)
                                      : GaussianKernelFunctions.dot(u, i * d, u, i2 * d, d);
                double c = 0, t = Math.PI / 2, kRelu = 0, bRelu = 0;
                if (nu != 0 && np != 0) {
                    c = dt / (nu * np);
                    c = c > 1 ? 1 : (c < -1 ? -1 : c);
                    t = Math.acos(c);
                    double st = GaussianKernelFunctions.sinFromCos(c);
                    kRelu = nu * np * (st + (Math.PI - t) * c) / TWO_PI;
                    bRelu = (Math.PI - t) / TWO_PI;
                    alpha[i] += a2 * np * st;
                    alpha[i2] += ai * nu * st;
                }
                final double k = s * dt + r * kRelu;
                final double beta = s + r * bRelu;
                kss[i * n + i2] = k; kss[i2 * n + i] = k;
                bss[i * n + i2] = a2 * beta; bss[i2 * n + i] = ai * beta;
                cosSS[i * n + i2] = c; cosSS[i2 * n + i] = c;
                thetaSS[i * n + i2] = t; thetaSS[i2 * n + i] = t;
                studentSum += 2 * ai * a2 * k;
            }
        }

        // Student-teacher pairs
        double crossSum = 0;
        for (int i = 0; i < n; i++) {
            final double ai = a == null ? 1 : a[i];
            final double nu = un[i];
            for (int j = 0; j < m; j++) {
                final double nv = vn[j];
                final double dt = vec ? TheoryVectorOps.dot(u, i * dp, vp, j * dp, dp)
                                      : GaussianKernelFunctions.dot(u, i * d, vp, j * d, d);
                double c = 0, t = Math.PI / 2, kRelu = 0, bRelu = 0;
                if (nu != 0 && nv != 0) {
                    c = dt / (nu * nv);
                    c = c > 1 ? 1 : (c < -1 ? -1 : c);
                    t = Math.acos(c);
                    double st = GaussianKernelFunctions.sinFromCos(c);
                    kRelu = nu * nv * (st + (Math.PI - t) * c) / TWO_PI;
                    bRelu = (Math.PI - t) / TWO_PI;
                    alpha[i] -= b[j] * nv * st;
                }
                final double k = s * dt + r * kRelu;
                kst[i * m + j] = k;
                bst[i * m + j] = b[j] * (s + r * bRelu);
                cosST[i * m + j] = c;
                thetaST[i * m + j] = t;
                crossSum += ai * b[j] * k;
            }
        }
        final double f = 0.5 * studentSum - crossSum + teacherConstant;

        if (gradW != null) {
            // dF/du_i = a_i ( r alpha_i/(2 pi |u_i|) u_i + sum_i' bss[i,i'] u_i' - sum_j bst[i,j] v_j )
            final double[] g = ws.rowGrad;
            for (int i = 0; i < n; i++) {
                final double ai = a == null ? 1 : a[i];
                Arrays.fill(g, 0.0);
                if (vec) {
                    if (un[i] != 0) TheoryVectorOps.axpy(r * alpha[i] / (TWO_PI * un[i]), u, i * dp, g, 0, dp);
                    for (int i2 = 0; i2 < n; i2++) TheoryVectorOps.axpy(bss[i * n + i2], u, i2 * dp, g, 0, dp);
                    for (int j = 0; j < m; j++) TheoryVectorOps.axpy(-bst[i * m + j], vp, j * dp, g, 0, dp);
                } else {
                    if (un[i] != 0) axpy(r * alpha[i] / (TWO_PI * un[i]), u, i * d, g, 0, d);
                    for (int i2 = 0; i2 < n; i2++) axpy(bss[i * n + i2], u, i2 * d, g, 0, d);
                    for (int j = 0; j < m; j++) axpy(-bst[i * m + j], vp, j * d, g, 0, d);
                }
                for (int k = 0; k < d; k++) gradW[i * d + k] = ai * g[k];
            }
        }
        if (gradA != null) {
            for (int i = 0; i < n; i++) {
                double acc = 0;
                for (int i2 = 0; i2 < n; i2++) acc += (a == null ? 1 : a[i2]) * kss[i * n + i2];
                for (int j = 0; j < m; j++) acc -= b[j] * kst[i * m + j];
                gradA[i] = acc;
            }
        }
        return f;
    }

    /** max_i |grad_i|_2 over the n rows of a flat n x d gradient: the stopping quantity of papers.md section 1. */
    public static double maxRowNorm(double[] grad, int n, int d) {
        if (grad.length < n * d)
            throw new IllegalArgumentException("gradient has length " + grad.length + " < n*d = " + n * d);
        double max = 0;
        for (int i = 0; i < n; i++) {
            double sq = 0;
            for (int k = 0; k < d; k++) { double x = grad[i * d + k]; sq += x * x; }
            // NaN must propagate so that callers see a broken state
            if (!(sq <= max)) max = sq;
        }
        return Math.sqrt(max);
    }

    /** Writes |grad_i|_2 for each row i into {@code out} (length n) and returns their maximum. */
    public static double gradientNorms(double[] grad, int n, int d, double[] out) {
        if (grad.length < n * d || out.length < n)
            throw new IllegalArgumentException("need grad length >= n*d = " + n * d + " and out length >= n = " + n);
        double max = 0;
        for (int i = 0; i < n; i++) {
            double sq = 0;
            for (int k = 0; k < d; k++) { double x = grad[i * d + k]; sq += x * x; }
            out[i] = Math.sqrt(sq);
            if (!(out[i] <= max)) max = out[i];
        }
        return max;
    }

    private static void axpy(double alpha, double[] x, int xOff, double[] y, int yOff, int len) {
        for (int k = 0; k < len; k++) y[yOff + k] += alpha * x[xOff + k];
    }

    private void check(double[] w, double[] a, double[] gradW, double[] gradA, Workspace ws) {
        if (w == null || w.length != n * d)
            throw new IllegalArgumentException("W must be n x d = " + n + " x " + d + ", got length " + (w == null ? "null" : w.length));
        if (a != null && a.length != n)
            throw new IllegalArgumentException("student output weights must have length n=" + n + ", got " + a.length);
        if (gradW != null && gradW.length != n * d)
            throw new IllegalArgumentException("gradW must have length n*d=" + n * d + ", got " + gradW.length);
        if (gradA != null && gradA.length != n)
            throw new IllegalArgumentException("gradA must have length n=" + n + ", got " + gradA.length);
        if (ws == null || ws.n != n || ws.m != m || ws.dp != dp)
            throw new IllegalArgumentException("workspace was not made by this loss (newWorkspace())");
    }

    private static int roundUp(int x, int multiple) {
        return (x + multiple - 1) / multiple * multiple;
    }
}
