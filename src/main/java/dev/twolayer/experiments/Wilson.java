package dev.twolayer.experiments;

/**
 * The Wilson score interval for a binomial proportion: unlike the normal approximation it stays inside [0, 1]
 * and is sensible for 0 or n successes, which is exactly where the experiments' fractions often sit.
 */
public final class Wilson {
    private Wilson() {}

    /** The two-sided 95% normal quantile. */
    public static final double Z95 = 1.959963984540054;

    /**
     * A proportion with its interval.
     *
     * @param successes count of successes
     * @param trials    count of trials
     * @param p         successes / trials (NaN when trials == 0)
     * @param lo        lower bound
     * @param hi        upper bound
     */
    public record Interval(long successes, long trials, double p, double lo, double hi) {}

    /** The 95% Wilson score interval; with 0 trials it is [0, 1] and p is NaN. */
    public static Interval interval95(long successes, long trials) {
        return interval(successes, trials, Z95);
    }

    /** The Wilson score interval for quantile {@code z}. */
    public static Interval interval(long successes, long trials, double z) {
        if (trials < 0) throw new IllegalArgumentException("trials must be >= 0, got " + trials);
        if (successes < 0 || successes > trials)
            throw new IllegalArgumentException("successes must be in [0, trials=" + trials + "], got " + successes);
        if (!(z > 0) || !Double.isFinite(z)) throw new IllegalArgumentException("z must be positive and finite, got " + z);
        if (trials == 0) return new Interval(0, 0, Double.NaN, 0, 1);
        double n = trials, p = successes / n, z2 = z * z;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom;
        // exact endpoints at the boundaries (rounding would otherwise leave 1e-17 residues)
        double lo = successes == 0 ? 0 : Math.max(0, centre - half);
        double hi = successes == trials ? 1 : Math.min(1, centre + half);
        return new Interval(successes, trials, p, lo, hi);
    }
}
