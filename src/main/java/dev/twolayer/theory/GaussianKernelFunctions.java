package dev.twolayer.theory;

/**
 * Closed forms for Gaussian inputs x ~ N(0, I_d) (papers.md section 0), in double precision.
 *
 * <p>For nonzero w, v with angle t ({@code cos t = w.v / (|w||v|)} clipped to [-1, 1]):
 * <pre>
 *   k(w, v) = E[relu(w.x) relu(v.x)] = |w||v| (sin t + (pi - t) cos t) / (2 pi)
 *   g(w, v) = dk/dw = (|v| sin t w/|w| + (pi - t) v) / (2 pi)
 *   k_s(w, v) = s (w.v) + (1-s)^2 k(w, v),   g_s(w, v) = s v + (1-s)^2 g(w, v)     (leaky slope s in [0, 1))
 * </pre>
 * Special cases: {@code w == v} (element-wise) gives exactly {@code |w|^2/2} and {@code w/2}; a zero vector on
 * either side makes the ReLU part vanish (k = 0, g = 0). The leaky linear part {@code s v} of {@code g_s(0, v)} is
 * kept: it is the true gradient of the linear term.
 *
 * <p>Vectors are given as (array, offset) with an explicit dimension d; nothing is allocated.
 */
public final class GaussianKernelFunctions {
    private GaussianKernelFunctions() {}

    static final double TWO_PI = 2 * Math.PI;

    /** Euclidean dot product of {@code x[xOff..xOff+d)} and {@code y[yOff..yOff+d)}. */
    public static double dot(double[] x, int xOff, double[] y, int yOff, int d) {
        double acc = 0;
        for (int k = 0; k < d; k++) acc += x[xOff + k] * y[yOff + k];
        return acc;
    }

    /** Euclidean norm of {@code x[off..off+d)}. */
    public static double norm(double[] x, int off, int d) {
        return Math.sqrt(dot(x, off, x, off, d));
    }

    /** {@code dot / (nw nv)} clipped to [-1, 1]; 0 when a norm is zero. */
    public static double clippedCosine(double dot, double nw, double nv) {
        if (nw == 0 || nv == 0) return 0;
        double c = dot / (nw * nv);
        return c > 1 ? 1 : (c < -1 ? -1 : c);
    }

    /** sin t for t = arccos(c), c in [-1, 1], computed as sqrt((1-c)(1+c)) (accurate near both ends). */
    public static double sinFromCos(double c) {
        double s2 = (1 - c) * (1 + c);
        return s2 > 0 ? Math.sqrt(s2) : 0;
    }

    /** The ReLU kernel from norms, clipped cosine c and angle t = arccos(c); 0 if a norm is zero. */
    public static double kernelFromAngle(double nw, double nv, double c, double t) {
        if (nw == 0 || nv == 0) return 0;
        return nw * nv * (sinFromCos(c) + (Math.PI - t) * c) / TWO_PI;
    }

    private static boolean same(double[] w, int wOff, double[] v, int vOff, int d) {
        if (w == v && wOff == vOff) return true;
        for (int k = 0; k < d; k++) if (w[wOff + k] != v[vOff + k]) return false;
        return true;
    }

    /** k(w, v) for the ReLU (slope 0). */
    public static double kernel(double[] w, int wOff, double[] v, int vOff, int d) {
        double nw = norm(w, wOff, d), nv = norm(v, vOff, d);
        if (nw == 0 || nv == 0) return 0;
        if (same(w, wOff, v, vOff, d)) return dot(w, wOff, w, wOff, d) / 2;
        double c = clippedCosine(dot(w, wOff, v, vOff, d), nw, nv);
        return kernelFromAngle(nw, nv, c, Math.acos(c));
    }

    /** k(w, v) for whole arrays of equal length. */
    public static double kernel(double[] w, double[] v) {
        checkSameLength(w, v);
        return kernel(w, 0, v, 0, w.length);
    }

    /** Writes g(w, v) = dk(w, v)/dw into {@code out[outOff..outOff+d)} (zeros if w or v is zero). */
    public static void gradient(double[] w, int wOff, double[] v, int vOff, int d, double[] out, int outOff) {
        double nw = norm(w, wOff, d), nv = norm(v, vOff, d);
        if (nw == 0 || nv == 0) {
            for (int k = 0; k < d; k++) out[outOff + k] = 0;
            return;
        }
        if (same(w, wOff, v, vOff, d)) {
            for (int k = 0; k < d; k++) out[outOff + k] = w[wOff + k] / 2;
            return;
        }
        double c = clippedCosine(dot(w, wOff, v, vOff, d), nw, nv);
        double t = Math.acos(c);
        double onW = nv * sinFromCos(c) / nw / TWO_PI;
        double onV = (Math.PI - t) / TWO_PI;
        for (int k = 0; k < d; k++) out[outOff + k] = onW * w[wOff + k] + onV * v[vOff + k];
    }

    /** g(w, v) for whole arrays of equal length, as a new array (convenience; not for hot loops). */
    public static double[] gradient(double[] w, double[] v) {
        checkSameLength(w, v);
        double[] out = new double[w.length];
        gradient(w, 0, v, 0, w.length, out, 0);
        return out;
    }

    /** k_s(w, v) = s (w.v) + (1-s)^2 k(w, v). */
    public static double leakyKernel(double[] w, int wOff, double[] v, int vOff, int d, double s) {
        checkSlope(s);
        return s * dot(w, wOff, v, vOff, d) + (1 - s) * (1 - s) * kernel(w, wOff, v, vOff, d);
    }

    /** k_s for whole arrays. */
    public static double leakyKernel(double[] w, double[] v, double s) {
        checkSameLength(w, v);
        return leakyKernel(w, 0, v, 0, w.length, s);
    }

    /** Writes g_s(w, v) = s v + (1-s)^2 g(w, v) into {@code out[outOff..outOff+d)}. */
    public static void leakyGradient(double[] w, int wOff, double[] v, int vOff, int d, double s,
                                     double[] out, int outOff) {
        checkSlope(s);
        gradient(w, wOff, v, vOff, d, out, outOff);
        double r = (1 - s) * (1 - s);
        for (int k = 0; k < d; k++) out[outOff + k] = s * v[vOff + k] + r * out[outOff + k];
    }

    /** g_s for whole arrays, as a new array. */
    public static double[] leakyGradient(double[] w, double[] v, double s) {
        checkSameLength(w, v);
        double[] out = new double[w.length];
        leakyGradient(w, 0, v, 0, w.length, s, out, 0);
        return out;
    }

    static void checkSlope(double s) {
        if (!(s >= 0 && s < 1)) throw new IllegalArgumentException("leaky slope must be in [0, 1), got " + s);
    }

    private static void checkSameLength(double[] w, double[] v) {
        if (w.length != v.length)
            throw new IllegalArgumentException("w and v must have the same length, got " + w.length + " and " + v.length);
    }
}
