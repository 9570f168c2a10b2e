package dev.twolayer.experiments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small order statistics and fits used by the aggregations. */
public final class Stats {
    private Stats() {}

    /** Median (lower middle for even counts) of a non-empty list. */
    public static long medianLong(List<Long> values) {
        if (values.isEmpty()) throw new IllegalArgumentException("median of an empty list");
        List<Long> s = new ArrayList<>(values);
        Collections.sort(s);
        return s.get((s.size() - 1) / 2);
    }

    /** Least-squares slope and intercept of y on x: {slope, intercept}. Needs two distinct x values. */
    public static double[] linearFit(double[] x, double[] y) {
        if (x.length != y.length || x.length < 2) throw new IllegalArgumentException("need >= 2 paired points, got " + x.length + " and " + y.length);
        double mx = 0, my = 0;
        for (int i = 0; i < x.length; i++) { mx += x[i]; my += y[i]; }
        mx /= x.length; my /= y.length;
        double sxx = 0, sxy = 0;
        for (int i = 0; i < x.length; i++) { sxx += (x[i] - mx) * (x[i] - mx); sxy += (x[i] - mx) * (y[i] - my); }
        if (!(sxx > 0)) throw new IllegalArgumentException("x values are all equal");
        double slope = sxy / sxx;
        return new double[] {slope, my - slope * mx};
    }
}
