import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The update's memory floor (rows of W += x, every other row) with x at a chosen distance from W's rows modulo 4 KiB.
 * x lies in the same array as W, after its k rows of d floats, at float offset s within a row's page offset, so the
 * loads of x and the stores to W's rows (4 KiB apart at d = 1024) meet in their low 12 address bits at a known lag.
 * Usage: AliasFloor d k rounds s1 s2 ... (s in floats; the step's x offset is whatever the heap gives)
 */
public class AliasFloor {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;

    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), rounds = Integer.parseInt(a[2]);
        int[] s = new int[a.length - 3];
        for (int i = 0; i < s.length; i++) s[i] = Integer.parseInt(a[3 + i]);
        float[] w = new float[k * d + 2 * d];
        for (int i = 0; i < k * d; i++) w[i] = 1f;
        double[][] us = new double[s.length][rounds];
        double sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < s.length; i++) {
                int xo = k * d + s[i];
                java.util.Arrays.fill(w, xo, xo + d, 1e-7f);
                long n = 0, t0 = System.nanoTime(), t;
                do { sink += axpyRows(w, xo, k, d); n++; } while ((t = System.nanoTime()) - t0 < 300_000_000L);
                us[i][r] = (t - t0) / 1e3 / n;
            }
        }
        for (int i = 0; i < s.length; i++)
            System.out.printf("x at +%4d floats (%5d bytes past W's page offset): %.1f us a pass (median of %d)%n", s[i],
                    4 * s[i], median(us[i]), rounds);
        if (sink == 42) System.out.println();
    }

    /** Every other row of W (the first k*d floats): row += x, x at w[xo ..]. */
    static double axpyRows(float[] w, int xo, int k, int d) {
        int L = S.length();
        for (int u = 0; u < k; u += 2) {
            int o = u * d;
            for (int j = 0; j < d; j += L)
                FloatVector.fromArray(S, w, o + j).add(FloatVector.fromArray(S, w, xo + j)).intoArray(w, o + j);
        }
        return w[1];
    }

    static double median(double[] v) {
        double[] c = v.clone();
        java.util.Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }
}
