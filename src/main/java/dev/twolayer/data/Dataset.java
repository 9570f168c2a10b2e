package dev.twolayer.data;

/**
 * n samples in flat row-major arrays: inputs {@code x} (n x d), targets {@code y} (n x m) and optional per-sample
 * weights (n, non-negative, not all zero). The arrays are exposed, not copied: kernels read them in place.
 * Construction validates shapes and rejects NaN/Inf with the offending row and column.
 */
public final class Dataset {
    private final int n, d, m;
    private final float[] x, y, weights;

    public Dataset(int n, int d, int m, float[] x, float[] y, float[] weights) {
        if (n < 1) throw new IllegalArgumentException("dataset is empty (n = " + n + ")");
        if (d < 1) throw new IllegalArgumentException("input dimension must be >= 1, got " + d);
        if (m < 1) throw new IllegalArgumentException("target dimension must be >= 1, got " + m);
        if (x == null || x.length != (long) n * d)
            throw new IllegalArgumentException("x has " + (x == null ? "no" : x.length) + " entries, expected n*d = " + (long) n * d);
        if (y == null || y.length != (long) n * m)
            throw new IllegalArgumentException("y has " + (y == null ? "no" : y.length) + " entries, expected n*m = " + (long) n * m);
        if (weights != null && weights.length != n)
            throw new IllegalArgumentException("weights has " + weights.length + " entries, expected n = " + n);
        requireFinite("x", x, d);
        requireFinite("y", y, m);
        if (weights != null) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                float w = weights[i];
                if (!Float.isFinite(w) || w < 0)
                    throw new IllegalArgumentException("sample weight at row " + i + " is " + w + "; weights must be finite and >= 0");
                total += w;
            }
            if (!(total > 0)) throw new IllegalArgumentException("sample weights sum to 0");
        }
        this.n = n; this.d = d; this.m = m; this.x = x; this.y = y; this.weights = weights;
    }

    public static Dataset of(int d, int m, float[] x, float[] y) {
        if (x.length % d != 0) throw new IllegalArgumentException("x length " + x.length + " is not a multiple of d = " + d);
        return new Dataset(x.length / d, d, m, x, y, null);
    }

    private static void requireFinite(String name, float[] a, int cols) {
        for (int i = 0; i < a.length; i++)
            if (!Float.isFinite(a[i]))
                throw new IllegalArgumentException(name + " has a non-finite value " + a[i] + " at row " + (i / cols) + ", column " + (i % cols));
    }

    public int size() { return n; }
    public int inputDim() { return d; }
    public int targetDim() { return m; }
    public float[] x() { return x; }
    public float[] y() { return y; }
    /** Per-sample weights, or null when every sample weighs 1. */
    public float[] weights() { return weights; }

    /** Sum of the weights over all rows (n when unweighted): the loss normaliser of a full batch. */
    public double totalWeight() {
        if (weights == null) return n;
        double t = 0;
        for (float w : weights) t += w;
        return t;
    }

    /** The same samples with other weights (e.g. a validation re-weighting); arrays are shared. */
    public Dataset withWeights(float[] newWeights) {
        return new Dataset(n, d, m, x, y, newWeights);
    }
}
