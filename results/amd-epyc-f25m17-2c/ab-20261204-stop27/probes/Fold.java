import jdk.incubator.vector.*;
import java.util.*;
/** forward-only z = W x for d=16: zmm 16-vector fold vs two ymm halves + 8-vector fold. */
public final class Fold {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512, H = FloatVector.SPECIES_256;
    static final float[] SW = swap(16), SWH = swap(8);
    static float[] swap(int L) { int st = Integer.numberOfTrailingZeros(L); float[] t = new float[st * L];
        for (int s = 0; s < st; s++) for (int c = 0; c < L; c++) t[s * L + c] = ((c >> s) & 1) == 0 ? c ^ (1 << s) : L + (c ^ (1 << s)); return t; }
    static long bits(int L, int b) { long m = 0; for (int c = 0; c < L; c++) if ((c & b) != 0) m |= 1L << c; return m; }
    static void zmm(float[] w, int k, float[] x, float[] z) {
        VectorMask<Float> b0 = VectorMask.fromLong(S, bits(16,1)), b1 = VectorMask.fromLong(S, bits(16,2)), b2 = VectorMask.fromLong(S, bits(16,4)), b3 = VectorMask.fromLong(S, bits(16,8));
        FloatVector s0 = FloatVector.fromArray(S, SW, 0), s1 = FloatVector.fromArray(S, SW, 16), s2 = FloatVector.fromArray(S, SW, 32), s3 = FloatVector.fromArray(S, SW, 48);
        FloatVector xv = FloatVector.fromArray(S, x, 0);
        for (int j0 = 0; j0 < k; j0 += 16) {
            int o = j0 * 16;
            FloatVector a0 = FloatVector.fromArray(S, w, o).mul(xv), a1 = FloatVector.fromArray(S, w, o + 16).mul(xv);
            FloatVector a2 = FloatVector.fromArray(S, w, o + 32).mul(xv), a3 = FloatVector.fromArray(S, w, o + 48).mul(xv);
            FloatVector u = a0.blend(a1, b0).add(s0.selectFrom(a0, a1)), v = a2.blend(a3, b0).add(s0.selectFrom(a2, a3));
            FloatVector r = u.blend(v, b1).add(s1.selectFrom(u, v));
            a0 = FloatVector.fromArray(S, w, o + 64).mul(xv); a1 = FloatVector.fromArray(S, w, o + 80).mul(xv);
            a2 = FloatVector.fromArray(S, w, o + 96).mul(xv); a3 = FloatVector.fromArray(S, w, o + 112).mul(xv);
            u = a0.blend(a1, b0).add(s0.selectFrom(a0, a1)); v = a2.blend(a3, b0).add(s0.selectFrom(a2, a3));
            FloatVector q = u.blend(v, b1).add(s1.selectFrom(u, v));
            r = r.blend(q, b2).add(s2.selectFrom(r, q));
            a0 = FloatVector.fromArray(S, w, o + 128).mul(xv); a1 = FloatVector.fromArray(S, w, o + 144).mul(xv);
            a2 = FloatVector.fromArray(S, w, o + 160).mul(xv); a3 = FloatVector.fromArray(S, w, o + 176).mul(xv);
            u = a0.blend(a1, b0).add(s0.selectFrom(a0, a1)); v = a2.blend(a3, b0).add(s0.selectFrom(a2, a3));
            FloatVector h = u.blend(v, b1).add(s1.selectFrom(u, v));
            a0 = FloatVector.fromArray(S, w, o + 192).mul(xv); a1 = FloatVector.fromArray(S, w, o + 208).mul(xv);
            a2 = FloatVector.fromArray(S, w, o + 224).mul(xv); a3 = FloatVector.fromArray(S, w, o + 240).mul(xv);
            u = a0.blend(a1, b0).add(s0.selectFrom(a0, a1)); v = a2.blend(a3, b0).add(s0.selectFrom(a2, a3));
            q = u.blend(v, b1).add(s1.selectFrom(u, v));
            h = h.blend(q, b2).add(s2.selectFrom(h, q));
            r = r.blend(h, b3).add(s3.selectFrom(r, h));
            r.intoArray(z, j0);
        }
    }
    static void ymm(float[] w, int k, float[] x, float[] z) {
        VectorMask<Float> b0 = VectorMask.fromLong(H, bits(8,1)), b1 = VectorMask.fromLong(H, bits(8,2)), b2 = VectorMask.fromLong(H, bits(8,4));
        FloatVector s0 = FloatVector.fromArray(H, SWH, 0), s1 = FloatVector.fromArray(H, SWH, 8), s2 = FloatVector.fromArray(H, SWH, 16);
        FloatVector xl = FloatVector.fromArray(H, x, 0), xh = FloatVector.fromArray(H, x, 8);
        for (int j0 = 0; j0 < k; j0 += 8) {
            int o = j0 * 16;
            FloatVector a0 = FloatVector.fromArray(H, w, o + 8).fma(xh, FloatVector.fromArray(H, w, o).mul(xl));
            FloatVector a1 = FloatVector.fromArray(H, w, o + 24).fma(xh, FloatVector.fromArray(H, w, o + 16).mul(xl));
            FloatVector a2 = FloatVector.fromArray(H, w, o + 40).fma(xh, FloatVector.fromArray(H, w, o + 32).mul(xl));
            FloatVector a3 = FloatVector.fromArray(H, w, o + 56).fma(xh, FloatVector.fromArray(H, w, o + 48).mul(xl));
            FloatVector u = a0.blend(a1, b0).add(s0.selectFrom(a0, a1)), v = a2.blend(a3, b0).add(s0.selectFrom(a2, a3));
            FloatVector r = u.blend(v, b1).add(s1.selectFrom(u, v));
            a0 = FloatVector.fromArray(H, w, o + 72).fma(xh, FloatVector.fromArray(H, w, o + 64).mul(xl));
            a1 = FloatVector.fromArray(H, w, o + 88).fma(xh, FloatVector.fromArray(H, w, o + 80).mul(xl));
            a2 = FloatVector.fromArray(H, w, o + 104).fma(xh, FloatVector.fromArray(H, w, o + 96).mul(xl));
            a3 = FloatVector.fromArray(H, w, o + 120).fma(xh, FloatVector.fromArray(H, w, o + 112).mul(xl));
            u = a0.blend(a1, b0).add(s0.selectFrom(a0, a1)); v = a2.blend(a3, b0).add(s0.selectFrom(a2, a3));
            FloatVector q = u.blend(v, b1).add(s1.selectFrom(u, v));
            r.blend(q, b2).add(s2.selectFrom(r, q)).intoArray(z, j0);
        }
    }
    public static void main(String[] a) {
        int k = Integer.parseInt(a[0]); SplittableRandom g = new SplittableRandom(1);
        float[] w = new float[k * 16], x = new float[16], z1 = new float[k], z2 = new float[k];
        for (int i = 0; i < w.length; i++) w[i] = (float) g.nextGaussian(); for (int i = 0; i < 16; i++) x[i] = (float) g.nextGaussian();
        zmm(w, k, x, z1); ymm(w, k, x, z2); double err = 0; for (int j = 0; j < k; j++) err = Math.max(err, Math.abs(z1[j] - z2[j])); System.out.println("maxdiff " + err);
        int n = 20_000_000 / k;
        for (int rep = 0; rep < 6; rep++) {
            long t0 = System.nanoTime(); for (int i = 0; i < n; i++) { x[i & 15] += 1e-7f; zmm(w, k, x, z1); } long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) { x[i & 15] += 1e-7f; ymm(w, k, x, z2); } long t2 = System.nanoTime();
            System.out.printf("k=%d zmm %.2f ns/16units  ymm %.2f%n", k, (t1 - t0) * 16.0 / n / k, (t2 - t1) * 16.0 / n / k);
        }
    }
}
