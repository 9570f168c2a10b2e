import jdk.incubator.vector.*;
public final class FoldProbe {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final VectorSpecies<Integer> SI = IntVector.SPECIES_512;
    static final long[] BIT = {0xAAAAL, 0xCCCCL, 0xF0F0L, 0xFF00L};
    static final float[] SW = new float[64];
    static final int[] X1 = new int[64];
    static { for (int s = 0; s < 4; s++) for (int c = 0; c < 16; c++) { SW[s*16+c] = ((c >> s) & 1) == 0 ? c ^ (1 << s) : 16 + (c ^ (1 << s)); X1[s*16+c] = c ^ (1 << s); } }
    static final VectorMask<Float> M0 = VectorMask.fromLong(S, BIT[0]), M1 = VectorMask.fromLong(S, BIT[1]), M2 = VectorMask.fromLong(S, BIT[2]), M3 = VectorMask.fromLong(S, BIT[3]);
    static final VectorShuffle<Float> H0 = VectorShuffle.fromArray(S, X1, 0), H1 = VectorShuffle.fromArray(S, X1, 16), H2 = VectorShuffle.fromArray(S, X1, 32), H3 = VectorShuffle.fromArray(S, X1, 48);
    static final FloatVector W0 = FloatVector.fromArray(S, SW, 0), W1 = FloatVector.fromArray(S, SW, 16), W2 = FloatVector.fromArray(S, SW, 32), W3 = FloatVector.fromArray(S, SW, 48);
    // 2-source form: lane c = u[c]+u[c^b] (bit clear) else v[c]+v[c^b]
    static FloatVector c2(FloatVector u, FloatVector v, VectorMask<Float> m, FloatVector sw) { return u.blend(v, m).add(sw.selectFrom(u, v)); }
    static FloatVector c1(FloatVector u, FloatVector v, VectorMask<Float> m, VectorShuffle<Float> sh) { return u.blend(v, m).add(v.blend(u, m).rearrange(sh)); }
    static void fwd2(float[] w, int k, float[] x, float[] z) {
        VectorMask<Float> b0 = M0, b1 = M1, b2 = M2, b3 = M3;
        FloatVector s0 = W0, s1 = W1, s2 = W2, s3 = W3;
        FloatVector xv = FloatVector.fromArray(S, x, 0), zero = FloatVector.zero(S);
        for (int j0 = 0; j0 < k; j0 += 16) {
            int o = j0 * 16;
            FloatVector q0 = c2(c2(FloatVector.fromArray(S, w, o).fma(xv, zero), FloatVector.fromArray(S, w, o + 16).fma(xv, zero), b0, s0), c2(FloatVector.fromArray(S, w, o + 32).fma(xv, zero), FloatVector.fromArray(S, w, o + 48).fma(xv, zero), b0, s0), b1, s1);
            FloatVector q1 = c2(c2(FloatVector.fromArray(S, w, o + 64).fma(xv, zero), FloatVector.fromArray(S, w, o + 80).fma(xv, zero), b0, s0), c2(FloatVector.fromArray(S, w, o + 96).fma(xv, zero), FloatVector.fromArray(S, w, o + 112).fma(xv, zero), b0, s0), b1, s1);
            FloatVector q2 = c2(c2(FloatVector.fromArray(S, w, o + 128).fma(xv, zero), FloatVector.fromArray(S, w, o + 144).fma(xv, zero), b0, s0), c2(FloatVector.fromArray(S, w, o + 160).fma(xv, zero), FloatVector.fromArray(S, w, o + 176).fma(xv, zero), b0, s0), b1, s1);
            FloatVector q3 = c2(c2(FloatVector.fromArray(S, w, o + 192).fma(xv, zero), FloatVector.fromArray(S, w, o + 208).fma(xv, zero), b0, s0), c2(FloatVector.fromArray(S, w, o + 224).fma(xv, zero), FloatVector.fromArray(S, w, o + 240).fma(xv, zero), b0, s0), b1, s1);
            c2(c2(q0, q1, b2, s2), c2(q2, q3, b2, s2), b3, s3).intoArray(z, j0);
        }
    }
    static void fwd1(float[] w, int k, float[] x, float[] z) {
        VectorMask<Float> b0 = M0, b1 = M1, b2 = M2, b3 = M3;
        VectorShuffle<Float> s0 = H0, s1 = H1, s2 = H2, s3 = H3;
        FloatVector xv = FloatVector.fromArray(S, x, 0), zero = FloatVector.zero(S);
        for (int j0 = 0; j0 < k; j0 += 16) {
            int o = j0 * 16;
            FloatVector q0 = c1(c1(FloatVector.fromArray(S, w, o).fma(xv, zero), FloatVector.fromArray(S, w, o + 16).fma(xv, zero), b0, s0), c1(FloatVector.fromArray(S, w, o + 32).fma(xv, zero), FloatVector.fromArray(S, w, o + 48).fma(xv, zero), b0, s0), b1, s1);
            FloatVector q1 = c1(c1(FloatVector.fromArray(S, w, o + 64).fma(xv, zero), FloatVector.fromArray(S, w, o + 80).fma(xv, zero), b0, s0), c1(FloatVector.fromArray(S, w, o + 96).fma(xv, zero), FloatVector.fromArray(S, w, o + 112).fma(xv, zero), b0, s0), b1, s1);
            FloatVector q2 = c1(c1(FloatVector.fromArray(S, w, o + 128).fma(xv, zero), FloatVector.fromArray(S, w, o + 144).fma(xv, zero), b0, s0), c1(FloatVector.fromArray(S, w, o + 160).fma(xv, zero), FloatVector.fromArray(S, w, o + 176).fma(xv, zero), b0, s0), b1, s1);
            FloatVector q3 = c1(c1(FloatVector.fromArray(S, w, o + 192).fma(xv, zero), FloatVector.fromArray(S, w, o + 208).fma(xv, zero), b0, s0), c1(FloatVector.fromArray(S, w, o + 224).fma(xv, zero), FloatVector.fromArray(S, w, o + 240).fma(xv, zero), b0, s0), b1, s1);
            c1(c1(q0, q1, b2, s2), c1(q2, q3, b2, s2), b3, s3).intoArray(z, j0);
        }
    }
    public static void main(String[] a) {
        int k = Integer.parseInt(a[0]);
        float[] w = new float[16 * k], x = new float[16], z = new float[k], z2 = new float[k];
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < w.length; i++) w[i] = (float) r.nextGaussian();
        for (int i = 0; i < 16; i++) x[i] = (float) r.nextGaussian();
        int n = 40_000_000 / k;
        for (int rep = 0; rep < 6; rep++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) fwd2(w, k, x, z);
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) fwd1(w, k, x, z2);
            long t2 = System.nanoTime();
            double maxd = 0; for (int j = 0; j < k; j++) { double s = 0; for (int i = 0; i < 16; i++) s += (double) w[j*16+i]*x[i]; maxd = Math.max(maxd, Math.abs(s - z[j]) + Math.abs(s - z2[j])); }
            if (rep >= 3) System.out.printf("k=%d twoSource %.2f oneSource %.2f ns/unit  err %.1e same=%b%n", k, (t1 - t0) / (double) n / k, (t2 - t1) / (double) n / k, maxd, java.util.Arrays.equals(z, z2));
        }
    }
}
