package dev.twolayer.kernel;

/** Throwaway: padRows/unpadRows at k, d into a copy at offset 0 or aligned. */
public class PadTiming {
    static final int MODE = Integer.getInteger("mode", 0);
    static final jdk.incubator.vector.VectorShuffle<Float> SH = jdk.incubator.vector.VectorShuffle.fromOp(jdk.incubator.vector.FloatVector.SPECIES_512, i -> (i * 5) & 15);
    static final jdk.incubator.vector.VectorSpecies<Float> S = jdk.incubator.vector.FloatVector.SPECIES_512;
    static void pad(float[] from, int k, int d, int dp, float[] to, int off, float[] tab) {
        final int L = 16;
        int r = L / dp, n = k * d;
        jdk.incubator.vector.FloatVector idx = jdk.incubator.vector.FloatVector.fromArray(S, tab, 0), zero = jdk.incubator.vector.FloatVector.zero(S);
        for (int u = 0; u + r <= k; u += r) {
            int o = u * d;
            jdk.incubator.vector.FloatVector v = jdk.incubator.vector.FloatVector.fromArray(S, from, o);
            if (MODE == 0) v = idx.selectFrom(v, zero); else if (MODE == 1) v = v.rearrange(SH);
            v.intoArray(to, off + u * dp);
        }
    }
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), dp = VectorKernel.segmentStride(d);
        VectorBody512 body = new VectorBody512();
        float[] w = new float[k * d + 2 * k + 1], pw = new float[k * dp + 64];
        for (int i = 0; i < w.length; i++) w[i] = (float) Math.sin(i);
        int n = 200_000; float[] tab = new float[16]; for (int c = 0; c < 16; c++) tab[c] = (c % dp < d ? (c / dp) * d + c % dp : 16);
        for (int rep = 0; rep < 5; rep++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) { body.padRows(w, k, d, dp, pw); body.unpadRows(pw, k, d, dp, w); }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) body.padRows(w, k, d, dp, pw);
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) body.unpadRows(pw, k, d, dp, w);
            long t3 = System.nanoTime();
            long t4 = System.nanoTime();
            for (int i = 0; i < n; i++) pad(w, k - 4, d, dp, pw, 0, tab);
            long t5 = System.nanoTime();
            for (int i = 0; i < n; i++) pad(w, k - 4, d, dp, pw, 12, tab);
            long t6 = System.nanoTime();
            System.out.printf("local pad off0 %.1f  aligned %.1f%n", (t5 - t4) / (double) n, (t6 - t5) / (double) n);
            System.out.printf("pad+unpad %.1f ns  pad %.1f  unpad %.1f%n", (t1 - t0) / (double) n, (t2 - t1) / (double) n, (t3 - t2) / (double) n);
        }
    }
}
