package dev.twolayer.experiments;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class WilsonTest {

    private static void check(long x, long n, double lo, double hi) {
        Wilson.Interval w = Wilson.interval95(x, n);
        assertEquals(lo, w.lo(), 5e-5, "lower bound for " + x + "/" + n);
        assertEquals(hi, w.hi(), 5e-5, "upper bound for " + x + "/" + n);
        assertEquals((double) x / n, w.p(), 1e-15);
        assertTrue(w.lo() <= w.p() && w.p() <= w.hi());
    }

    @Test
    void knownValues() {
        // reference values: statsmodels proportion_confint(method="wilson") / R binom::binom.wilson
        check(0, 10, 0.0, 0.2775);
        check(1, 10, 0.0179, 0.4042);
        check(5, 10, 0.2366, 0.7634);
        check(10, 10, 0.7225, 1.0);
        check(50, 100, 0.4038, 0.5962);
        check(1, 1, 0.2065, 1.0);
        check(7, 1000, 0.0034, 0.0144);
    }

    @Test
    void closedFormAtZeroSuccesses() {
        // upper bound for 0/n is z^2 / (n + z^2)
        for (int n : new int[] {1, 3, 17, 1000}) {
            double z2 = Wilson.Z95 * Wilson.Z95;
            assertEquals(z2 / (n + z2), Wilson.interval95(0, n).hi(), 1e-12);
            assertEquals(0.0, Wilson.interval95(0, n).lo());
        }
    }

    @Test
    void symmetryAndShrinking() {
        Wilson.Interval a = Wilson.interval95(3, 17), b = Wilson.interval95(14, 17);
        assertEquals(a.lo(), 1 - b.hi(), 1e-12);
        assertEquals(a.hi(), 1 - b.lo(), 1e-12);
        double w100 = Wilson.interval95(30, 100).hi() - Wilson.interval95(30, 100).lo();
        double w10000 = Wilson.interval95(3000, 10000).hi() - Wilson.interval95(3000, 10000).lo();
        assertTrue(w10000 < w100 / 5, "interval must shrink like 1/sqrt(n)");
    }

    @Test
    void rejectsBadCounts() {
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval95(5, 4));
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval95(-1, 4));
        assertThrows(IllegalArgumentException.class, () -> Wilson.interval95(0, -1));
        assertTrue(Double.isNaN(Wilson.interval95(0, 0).p()));
    }
}
