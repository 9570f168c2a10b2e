import jdk.incubator.vector.*;
public final class Fwd16 {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final long[] LANE_BIT = new long[4];
    static final float[] PAIR_SWAP = new float[64];
    static {
        int L = 16;
        for (int s = 0; s < 4; s++) { long m = 0; for (int l = 0; l < L; l++) if ((l & (1 << s)) != 0) m |= 1L << l; LANE_BIT[s] = m; }
        for (int s = 0; s < 4; s++) for (int c = 0; c < L; c++) PAIR_SWAP[s * L + c] = ((c >> s) & 1) == 0 ? c ^ (1 << s) : L + (c ^ (1 << s));
    }
    static void cur(float[] w, int k, float[] x, int xi, int offB, float[] z, int zi) {
        final int L = 16;
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = VectorMask.fromLong(S, LANE_BIT[2]), bit3 = VectorMask.fromLong(S, LANE_BIT[3]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = FloatVector.fromArray(S, PAIR_SWAP, 2 * L), sw3 = FloatVector.fromArray(S, PAIR_SWAP, 3 * L);
        FloatVector xv = FloatVector.fromArray(S, x, xi), zero = FloatVector.zero(S);
        for (int j0 = 0; j0 < k; j0 += L) {
            int o = j0 * L;
            FloatVector a0 = FloatVector.fromArray(S, w, o).fma(xv, zero);
            FloatVector a1 = FloatVector.fromArray(S, w, o + L).fma(xv, zero);
            FloatVector a2 = FloatVector.fromArray(S, w, o + 2 * L).fma(xv, zero);
            FloatVector a3 = FloatVector.fromArray(S, w, o + 3 * L).fma(xv, zero);
            FloatVector u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
            FloatVector v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
            FloatVector r = u.blend(v, bit1).add(sw1.selectFrom(u, v));
            a0 = FloatVector.fromArray(S, w, o + 4 * L).fma(xv, zero);
            a1 = FloatVector.fromArray(S, w, o + 5 * L).fma(xv, zero);
            a2 = FloatVector.fromArray(S, w, o + 6 * L).fma(xv, zero);
            a3 = FloatVector.fromArray(S, w, o + 7 * L).fma(xv, zero);
            u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
            v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
            FloatVector q = u.blend(v, bit1).add(sw1.selectFrom(u, v));
            r = r.blend(q, bit2).add(sw2.selectFrom(r, q));
            a0 = FloatVector.fromArray(S, w, o + 8 * L).fma(xv, zero);
            a1 = FloatVector.fromArray(S, w, o + 9 * L).fma(xv, zero);
            a2 = FloatVector.fromArray(S, w, o + 10 * L).fma(xv, zero);
            a3 = FloatVector.fromArray(S, w, o + 11 * L).fma(xv, zero);
            u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
            v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
            FloatVector h = u.blend(v, bit1).add(sw1.selectFrom(u, v));
            a0 = FloatVector.fromArray(S, w, o + 12 * L).fma(xv, zero);
            a1 = FloatVector.fromArray(S, w, o + 13 * L).fma(xv, zero);
            a2 = FloatVector.fromArray(S, w, o + 14 * L).fma(xv, zero);
            a3 = FloatVector.fromArray(S, w, o + 15 * L).fma(xv, zero);
            u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
            v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
            q = u.blend(v, bit1).add(sw1.selectFrom(u, v));
            h = h.blend(q, bit2).add(sw2.selectFrom(h, q));
            r = r.blend(h, bit3).add(sw3.selectFrom(r, h));
            FloatVector b = FloatVector.fromArray(S, w, offB + j0);
            b.add(r).intoArray(z, zi + j0);
        }
    }
    // stage 0 on W: u = fma(blend(w0,w1), x, swap(w0,w1) * xs), xs = x with lanes c^1
    static void fused(float[] w, int k, float[] x, int xi, int offB, float[] z, int zi) {
        final int L = 16;
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = VectorMask.fromLong(S, LANE_BIT[2]), bit3 = VectorMask.fromLong(S, LANE_BIT[3]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = FloatVector.fromArray(S, PAIR_SWAP, 2 * L), sw3 = FloatVector.fromArray(S, PAIR_SWAP, 3 * L);
        FloatVector xv = FloatVector.fromArray(S, x, xi);
        FloatVector xs = sw0.selectFrom(xv, xv); // lane c: x[c ^ 1]
        for (int j0 = 0; j0 < k; j0 += L) {
            int o = j0 * L;
            FloatVector w0 = FloatVector.fromArray(S, w, o), w1 = FloatVector.fromArray(S, w, o + L);
            FloatVector w2 = FloatVector.fromArray(S, w, o + 2 * L), w3 = FloatVector.fromArray(S, w, o + 3 * L);
            FloatVector u = w0.blend(w1, bit0).fma(xv, sw0.selectFrom(w0, w1).mul(xs));
            FloatVector v = w2.blend(w3, bit0).fma(xv, sw0.selectFrom(w2, w3).mul(xs));
            FloatVector r = u.blend(v, bit1).add(sw1.selectFrom(u, v));
            w0 = FloatVector.fromArray(S, w, o + 4 * L); w1 = FloatVector.fromArray(S, w, o + 5 * L);
            w2 = FloatVector.fromArray(S, w, o + 6 * L); w3 = FloatVector.fromArray(S, w, o + 7 * L);
            u = w0.blend(w1, bit0).fma(xv, sw0.selectFrom(w0, w1).mul(xs));
            v = w2.blend(w3, bit0).fma(xv, sw0.selectFrom(w2, w3).mul(xs));
            FloatVector q = u.blend(v, bit1).add(sw1.selectFrom(u, v));
            r = r.blend(q, bit2).add(sw2.selectFrom(r, q));
            w0 = FloatVector.fromArray(S, w, o + 8 * L); w1 = FloatVector.fromArray(S, w, o + 9 * L);
            w2 = FloatVector.fromArray(S, w, o + 10 * L); w3 = FloatVector.fromArray(S, w, o + 11 * L);
            u = w0.blend(w1, bit0).fma(xv, sw0.selectFrom(w0, w1).mul(xs));
            v = w2.blend(w3, bit0).fma(xv, sw0.selectFrom(w2, w3).mul(xs));
            FloatVector h = u.blend(v, bit1).add(sw1.selectFrom(u, v));
            w0 = FloatVector.fromArray(S, w, o + 12 * L); w1 = FloatVector.fromArray(S, w, o + 13 * L);
            w2 = FloatVector.fromArray(S, w, o + 14 * L); w3 = FloatVector.fromArray(S, w, o + 15 * L);
            u = w0.blend(w1, bit0).fma(xv, sw0.selectFrom(w0, w1).mul(xs));
            v = w2.blend(w3, bit0).fma(xv, sw0.selectFrom(w2, w3).mul(xs));
            q = u.blend(v, bit1).add(sw1.selectFrom(u, v));
            h = h.blend(q, bit2).add(sw2.selectFrom(h, q));
            r = r.blend(h, bit3).add(sw3.selectFrom(r, h));
            FloatVector b = FloatVector.fromArray(S, w, offB + j0);
            b.add(r).intoArray(z, zi + j0);
        }
    }
    public static void main(String[] a) {
        int d = 16, k = Integer.parseInt(a[0]);
        float[] w = new float[k * d + 2 * k + 1], x = new float[d], z1 = new float[k], z2 = new float[k];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(1);
        for (int i = 0; i < w.length; i++) w[i] = (float) rng.nextGaussian();
        for (int i = 0; i < d; i++) x[i] = (float) rng.nextGaussian();
        cur(w, k, x, 0, k * d, z1, 0); fused(w, k, x, 0, k * d, z2, 0);
        double md = 0; for (int i = 0; i < k; i++) md = Math.max(md, Math.abs(z1[i] - z2[i]));
        System.out.println("max diff " + md);
        for (int rep = 0; rep < 8; rep++) {
            int n = 20_000_000 / k;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) cur(w, k, x, 0, k * d, z1, 0);
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) fused(w, k, x, 0, k * d, z2, 0);
            long t2 = System.nanoTime();
            if (rep >= 4) System.out.printf("k=%d cur %.1f fused %.1f ns%n", k, (t1 - t0) / (double) n, (t2 - t1) / (double) n);
        }
    }
}
