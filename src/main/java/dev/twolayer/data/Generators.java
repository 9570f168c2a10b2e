package dev.twolayer.data;

import dev.twolayer.model.ModelSpec;
import dev.twolayer.model.Seeds;
import dev.twolayer.model.TwoLayerNet;

import java.util.SplittableRandom;

/**
 * Seeded synthetic data sets of the research settings (../shared/papers.md) and teacher networks to label them.
 * Every method is deterministic given its seed; generators that take a {@code long seed} use independent
 * {@link Seeds} streams for the different random parts.
 */
public final class Generators {
    private Generators() {}

    // ---------------------------------------------------------------------------------------------------------
    // Gaussian inputs with a teacher

    /** n x d inputs with i.i.d. N(0, 1) entries, row-major. */
    public static float[] gaussianInputs(int n, int d, SplittableRandom rng) {
        if (n < 1 || d < 1) throw new IllegalArgumentException("need n >= 1 and d >= 1, got n=" + n + ", d=" + d);
        if ((long) n * d > Integer.MAX_VALUE - 16) throw new IllegalArgumentException("n*d = " + (long) n * d + " is too large");
        float[] x = new float[n * d];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        return x;
    }

    /** n samples x ~ N(0, I_d) (d = teacher's input dimension) labelled y = teacher(x), computed in double. */
    public static Dataset teacher(TwoLayerNet teacher, int n, long seed) {
        int d = teacher.spec().d();
        float[] x = gaussianInputs(n, d, Seeds.stream(seed, 0));
        return new Dataset(n, d, teacher.spec().m(), x, label(teacher, x, n), null);
    }

    /**
     * Evaluates {@code net} on n row-major inputs in double precision (the reference forward pass:
     * {@code A relu_s(W x + b [+ x]) + c}), rounding the outputs to float. Returns n x m values.
     */
    public static float[] label(TwoLayerNet net, float[] x, int n) {
        ModelSpec s = net.spec();
        int d = s.d(), k = s.k(), m = s.m();
        if (x.length < (long) n * d) throw new IllegalArgumentException("x has " + x.length + " entries, need n*d = " + (long) n * d);
        float[] y = new float[n * m];
        double[] h = new double[k];
        for (int r = 0; r < n; r++) {
            int xo = r * d;
            for (int j = 0; j < k; j++) {
                double z = net.b(j);
                for (int i = 0; i < d; i++) z += (double) net.w(j, i) * x[xo + i];
                if (s.identityMapping()) z += x[xo + j];
                h[j] = z > 0 ? z : s.leakySlope() * z;
            }
            for (int o = 0; o < m; o++) {
                double f = net.c(o);
                for (int j = 0; j < k; j++) f += (double) net.a(o, j) * h[j];
                y[r * m + o] = (float) f;
            }
        }
        return y;
    }

    /** Teacher spec of the papers: d inputs, k units, one output fixed at ones, no biases. */
    private static ModelSpec teacherSpec(int d, int k, boolean identityMapping) {
        return ModelSpec.builder(d, k).biases(false).outputTrainable(false).identityMapping(identityMapping).build();
    }

    /** Identity teacher (Safran-Shamir, Tian): V = I_d, output weights 1, no biases: x -> sum_j relu(x_j). */
    public static TwoLayerNet identityTeacher(int d) {
        TwoLayerNet t = new TwoLayerNet(teacherSpec(d, d, false));
        for (int j = 0; j < d; j++) t.setW(j, j, 1f);
        fillOutputOnes(t);
        return t;
    }

    /** k <= d orthonormal rows (Gram-Schmidt of a Gaussian matrix, in double), output weights 1, no biases. */
    public static TwoLayerNet orthonormalTeacher(int d, int k, long seed) {
        if (k > d) throw new IllegalArgumentException("orthonormal teacher needs k <= d, got d=" + d + ", k=" + k);
        TwoLayerNet t = new TwoLayerNet(teacherSpec(d, k, false));
        SplittableRandom rng = Seeds.stream(seed, 1);
        double[][] rows = new double[k][d];
        for (int j = 0; j < k; j++) {
            double norm;
            do {
                for (int i = 0; i < d; i++) rows[j][i] = rng.nextGaussian();
                // two passes of modified Gram-Schmidt: orthogonal to float precision even for d ~ thousands
                for (int pass = 0; pass < 2; pass++)
                    for (int p = 0; p < j; p++) {
                        double dot = 0;
                        for (int i = 0; i < d; i++) dot += rows[j][i] * rows[p][i];
                        for (int i = 0; i < d; i++) rows[j][i] -= dot * rows[p][i];
                    }
                double sq = 0;
                for (int i = 0; i < d; i++) sq += rows[j][i] * rows[j][i];
                norm = Math.sqrt(sq);
            } while (norm < 1e-8); // a (measure-zero) dependent draw: draw again
            for (int i = 0; i < d; i++) {
                rows[j][i] /= norm;
                t.setW(j, i, (float) rows[j][i]);
            }
        }
        fillOutputOnes(t);
        return t;
    }

    /** Random teacher: W entries i.i.d. N(0, 1/d), output weights 1, no biases. */
    public static TwoLayerNet randomTeacher(int d, int k, long seed) {
        TwoLayerNet t = new TwoLayerNet(teacherSpec(d, k, false));
        SplittableRandom rng = Seeds.stream(seed, 2);
        double sd = Math.sqrt(1.0 / d);
        for (int j = 0; j < k; j++)
            for (int i = 0; i < d; i++) t.setW(j, i, (float) (rng.nextGaussian() * sd));
        fillOutputOnes(t);
        return t;
    }

    /**
     * Li-Yuan identity-mapping teacher {@code x -> sum_i relu((e_i + w*_i) . x)} (k = d, output ones, no biases) with a
     * Gaussian W* rescaled so that its spectral norm is {@code bound} (to power-iteration accuracy, with a 1e-6
     * relative safety margin so it never exceeds the bound).
     */
    public static TwoLayerNet smallNormIdentityTeacher(int d, double bound, long seed) {
        if (!(bound > 0) || !Double.isFinite(bound)) throw new IllegalArgumentException("spectral norm bound must be positive, got " + bound);
        TwoLayerNet t = new TwoLayerNet(teacherSpec(d, d, true));
        SplittableRandom rng = Seeds.stream(seed, 3);
        double[] w = new double[d * d];
        for (int i = 0; i < w.length; i++) w[i] = rng.nextGaussian();
        double scale = bound * (1 - 1e-6) / spectralNorm(w, d, d);
        for (int j = 0; j < d; j++)
            for (int i = 0; i < d; i++) t.setW(j, i, (float) (w[j * d + i] * scale));
        fillOutputOnes(t);
        // float rounding may push the norm up by ~1e-7 relative: shrink until it is within the bound
        while (spectralNorm(wAsDouble(t), d, d) > bound) for (int i = 0; i < d * d; i++) t.params()[i] *= (1 - 1e-6f);
        return t;
    }

    private static double[] wAsDouble(TwoLayerNet t) {
        ModelSpec s = t.spec();
        double[] w = new double[s.k() * s.d()];
        for (int i = 0; i < w.length; i++) w[i] = t.params()[s.offsetW() + i];
        return w;
    }

    /** Largest singular value of a rows x cols row-major matrix, by power iteration on M^T M (in double). */
    public static double spectralNorm(double[] mat, int rows, int cols) {
        double[] v = new double[cols], u = new double[rows];
        SplittableRandom rng = new SplittableRandom(0x5EED);
        for (int i = 0; i < cols; i++) v[i] = rng.nextGaussian();
        double sigma = 0;
        for (int it = 0; it < 2000; it++) {
            double vn = 0;
            for (double e : v) vn += e * e;
            vn = Math.sqrt(vn);
            if (vn == 0) return 0;
            for (int i = 0; i < cols; i++) v[i] /= vn;
            for (int r = 0; r < rows; r++) {
                double s = 0;
                for (int i = 0; i < cols; i++) s += mat[r * cols + i] * v[i];
                u[r] = s;
            }
            double un = 0;
            for (double e : u) un += e * e;
            double next = Math.sqrt(un);
            for (int i = 0; i < cols; i++) {
                double s = 0;
                for (int r = 0; r < rows; r++) s += mat[r * cols + i] * u[r];
                v[i] = s;
            }
            if (it > 10 && Math.abs(next - sigma) <= 1e-14 * next) return next;
            sigma = next;
        }
        return sigma;
    }

    private static void fillOutputOnes(TwoLayerNet t) {
        ModelSpec s = t.spec();
        java.util.Arrays.fill(t.params(), s.offsetA(), s.offsetA() + s.m() * s.k(), 1f);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Holzmueller-Steinwart 1-D six-point data and 2-D star data

    /** Inputs of the six-point data, in this order. */
    private static final float[] SIX_X = {-1, -2, -3, 1, 2, 3};
    /** Targets of the six-point data before the shift D. */
    private static final float[] SIX_Y = {-1, 2, -1, 1, -2, 1};

    /** The six points x = (-1,-2,-3,1,2,3), y = (-1,2,-1,1,-2,1) + shift (D in {0, 0.01, 0.1}), unweighted. */
    public static Dataset sixPoint(double shift) {
        if (!Double.isFinite(shift)) throw new IllegalArgumentException("shift D must be finite, got " + shift);
        float[] y = new float[6];
        for (int j = 0; j < 6; j++) y[j] = (float) (SIX_Y[j] + shift);
        return new Dataset(6, 1, 1, SIX_X.clone(), y, null);
    }

    /** The six-point data with sample weights {@link #multinomialWeights(int, int, SplittableRandom) p} for width n. */
    public static Dataset sixPoint(double shift, int width, long seed) {
        return sixPoint(shift).withWeights(multinomialWeights(6, width, Seeds.stream(seed, 4)));
    }

    /**
     * Sample weights p = multinomial(n^2 draws, uniform over {@code points}) / n^2, as float. Exact (one uniform draw
     * per trial; cost O(n^2), ~4M draws for n = 2048). The weights sum to 1 up to float rounding.
     */
    public static float[] multinomialWeights(int points, int n, SplittableRandom rng) {
        if (points < 1) throw new IllegalArgumentException("need at least one point, got " + points);
        if (n < 1 || (long) n * n > Integer.MAX_VALUE) throw new IllegalArgumentException("n must be in [1, 46340], got " + n);
        int draws = n * n;
        long[] counts = new long[points];
        for (int t = 0; t < draws; t++) counts[rng.nextInt(points)]++;
        float[] p = new float[points];
        for (int j = 0; j < points; j++) p[j] = (float) ((double) counts[j] / draws);
        return p;
    }

    /** Number of rays of the star data. */
    public static final int STAR_RAYS = 11;

    /**
     * The 2-D star data: for ray i = 0..10 at angle 2 pi i / 11, points at radii 0.9, 1.0, 1.1 with targets 1, -2, 1.
     * 33 samples, ordered ray by ray (row 3 i + r).
     */
    public static Dataset star() {
        double[] radii = {0.9, 1.0, 1.1};
        float[] labels = {1, -2, 1};
        int n = STAR_RAYS * 3;
        float[] x = new float[2 * n], y = new float[n];
        for (int i = 0; i < STAR_RAYS; i++) {
            double angle = 2 * Math.PI * i / STAR_RAYS;
            for (int r = 0; r < 3; r++) {
                int row = 3 * i + r;
                x[2 * row] = (float) (radii[r] * Math.cos(angle));
                x[2 * row + 1] = (float) (radii[r] * Math.sin(angle));
                y[row] = labels[r];
            }
        }
        return new Dataset(n, 2, 1, x, y, null);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Cheridito-Jentzen-Rossmannek: affine target on an interval

    /** n evenly spaced points a, ..., b (just a when n = 1) with targets alpha x + beta. */
    public static Dataset intervalGrid(double a, double b, int n, double alpha, double beta) {
        checkInterval(a, b, n, alpha, beta);
        float[] x = new float[n], y = new float[n];
        for (int i = 0; i < n; i++) {
            double xi = n == 1 ? a : a + (b - a) * i / (n - 1);
            x[i] = (float) xi;
            y[i] = (float) (alpha * xi + beta);
        }
        return new Dataset(n, 1, 1, x, y, null);
    }

    /** n points uniform on [a, b] (seeded) with targets alpha x + beta. */
    public static Dataset intervalUniform(double a, double b, int n, double alpha, double beta, long seed) {
        checkInterval(a, b, n, alpha, beta);
        SplittableRandom rng = Seeds.stream(seed, 5);
        float[] x = new float[n], y = new float[n];
        for (int i = 0; i < n; i++) {
            double xi = a + (b - a) * rng.nextDouble();
            x[i] = (float) xi;
            y[i] = (float) (alpha * xi + beta);
        }
        return new Dataset(n, 1, 1, x, y, null);
    }

    private static void checkInterval(double a, double b, int n, double alpha, double beta) {
        if (!(Double.isFinite(a) && Double.isFinite(b) && a < b))
            throw new IllegalArgumentException("interval needs finite a < b, got [" + a + ", " + b + "]");
        if (!Double.isFinite(alpha) || !Double.isFinite(beta))
            throw new IllegalArgumentException("alpha and beta must be finite, got " + alpha + ", " + beta);
        if (n < 1) throw new IllegalArgumentException("need n >= 1 points, got " + n);
    }
}
