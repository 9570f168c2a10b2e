package dev.twolayer.kernel;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
/**
 * VectorBody512.weightGradRows at one row (the batch-1 step of W, its list form, half the units active at random) on
 * plain arrays: alone, after a read of all of W, or after the real forward pass (forwardZDot). Usage: [alone|read|forward]
 */
public class WgBench {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    public static void main(String[] a) {
        int d = 1024, k = 4096;
        boolean readFirst = a.length > 0 && a[0].equals("read"), fwd = a.length > 0 && a[0].equals("forward");
        float[] z = new float[k + 64], y = new float[16];
        VectorBody512 body = new VectorBody512();
        // "fixture" as a second word: W is the benchmarks' Fixture's parameter array (its own data left as it is)
        // "copy": a fresh array holding the Fixture's parameters (the same values, another place in memory)
        boolean fixture = a.length > 1 && (a[1].equals("fixture") || a[1].equals("copy"));
        float[] w = fixture ? dev.twolayer.bench.Fixture.create("vector", d, k, 1, 64).params : new float[k * d + 2 * k];
        if (a.length > 1 && a[1].equals("copy")) w = w.clone();
        // "checked": a Fixture is made first (its kernel checked against ScalarKernel and warmed up), W our own
        if (a.length > 1 && a[1].equals("checked")) dev.twolayer.bench.Fixture.create("vector", d, k, 1, 64);
        float[] x = new float[64 * d];
        float[][] gps = new float[64][k + 16];
        int[] units = new int[k + 16];
        java.util.Random r = new java.util.Random(1);
        // a third word: the scale of W's own values (default 1)
        float scale = a.length > 2 ? Float.parseFloat(a[2]) : 1f;
        if (!fixture) for (int i = 0; i < k * d; i++) w[i] = scale * (float) r.nextGaussian();
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        for (float[] gp : gps) for (int j = 0; j < k; j++) gp[j] = r.nextBoolean() ? 0f : 1e-3f * (float) r.nextGaussian();
        double sink = 0;
        for (int i = 0; i < 300; i++) sink += read(w, k * d);
        for (int round = 0; round < 6; round++) {
            long n = 0, t0 = System.nanoTime(), t, tw = 0;
            com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
            long b0 = mx.getCurrentThreadAllocatedBytes();
            do {
                if (readFirst) sink += read(w, k * d);
                if (fwd) {
                    body.forwardZDot(w, k, x, (int) (n & 63) * d, 1, d, k, k * d, false, z, true, k * d + k, 0f, 0f, y, 0);
                    sink += y[0];
                }
                long a0 = System.nanoTime();
                body.weightGradRows(x, (int) (n & 63) * d, 1, d, gps[(int) (n * 7 & 63)], k, null, 0, 0, k, false, w, false,
                        1e-4f, 0, units);
                tw += System.nanoTime() - a0;
                n++;
            } while ((t = System.nanoTime()) - t0 < 500_000_000L);
            String what = (a.length > 0 && !a[0].equals("alone") ? "after " + a[0] : "alone") + (fixture ? " (Fixture's W" + (a[1].equals("copy") ? ", copied)" : ")") : " (W ~ N(0, " + scale + "^2)" + (a.length > 1 && a[1].equals("checked") ? ", after a Fixture's checks)" : ")"));
            System.out.printf("%s: W's step %.1f us, all %.1f us, %.0f bytes allocated a pass%n", what, tw / 1e3 / n,
                    (t - t0) / 1e3 / n, (double) (mx.getCurrentThreadAllocatedBytes() - b0) / n);
        }
        if (sink == 42) System.out.println();
    }
    static double read(float[] w, int len) {
        FloatVector s0 = FloatVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
        int L = S.length();
        for (int i = 0; i + 4 * L <= len; i += 4 * L) {
            s0 = s0.add(FloatVector.fromArray(S, w, i)); s1 = s1.add(FloatVector.fromArray(S, w, i + L));
            s2 = s2.add(FloatVector.fromArray(S, w, i + 2 * L)); s3 = s3.add(FloatVector.fromArray(S, w, i + 3 * L));
        }
        return s0.add(s1).add(s2.add(s3)).reduceLanes(jdk.incubator.vector.VectorOperators.ADD);
    }
}
