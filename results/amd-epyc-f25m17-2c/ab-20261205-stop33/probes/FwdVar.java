import jdk.incubator.vector.*;
public final class FwdVar {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final long[] LANE_BIT = new long[4];
    static final float[] PAIR_SWAP = new float[64];
    static {
        int L = 16;
        for (int s = 0; s < 4; s++) { long m = 0; for (int l = 0; l < L; l++) if ((l & (1 << s)) != 0) m |= 1L << l; LANE_BIT[s] = m; }
        for (int s = 0; s < 4; s++) for (int c = 0; c < L; c++) PAIR_SWAP[s * L + c] = ((c >> s) & 1) == 0 ? c ^ (1 << s) : L + (c ^ (1 << s));
    }
    // current dotRowFew (L = 16)
    static void few(float[] w, int k, float[] x, int xi, int d, int kp, int offB, float[] z, int zi, int jFrom) {
        final int L = S.length();
        int nv = d / L, last = (k - 1) * d, top = LANE_BIT.length - 1;
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = VectorMask.fromLong(S, LANE_BIT[2]), bit3 = VectorMask.fromLong(S, LANE_BIT[3]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = FloatVector.fromArray(S, PAIR_SWAP, 2 * L), sw3 = FloatVector.fromArray(S, PAIR_SWAP, 3 * L);
        FloatVector x0 = FloatVector.fromArray(S, x, xi), x1 = FloatVector.fromArray(S, x, xi + L);
        FloatVector x2 = nv > 2 ? FloatVector.fromArray(S, x, xi + 2 * L) : x1;
        FloatVector x3 = nv > 3 ? FloatVector.fromArray(S, x, xi + 3 * L) : x1;
        for (int j0 = jFrom; j0 < kp; j0 += L) {
            FloatVector r = FloatVector.zero(S), h = r;
            for (int g = 0; g < L / 4; g++) {
                int o = j0 * d + 4 * g * d;
                int w0 = Math.min(o, last), w1 = Math.min(o + d, last), w2 = Math.min(o + 2 * d, last);
                int w3 = Math.min(o + 3 * d, last);
                FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
                if (j0 + 4 * g < k) {
                    a0 = FloatVector.fromArray(S, w, w0).fma(x0, a0);
                    a1 = FloatVector.fromArray(S, w, w1).fma(x0, a1);
                    a2 = FloatVector.fromArray(S, w, w2).fma(x0, a2);
                    a3 = FloatVector.fromArray(S, w, w3).fma(x0, a3);
                    a0 = FloatVector.fromArray(S, w, w0 + L).fma(x1, a0);
                    a1 = FloatVector.fromArray(S, w, w1 + L).fma(x1, a1);
                    a2 = FloatVector.fromArray(S, w, w2 + L).fma(x1, a2);
                    a3 = FloatVector.fromArray(S, w, w3 + L).fma(x1, a3);
                    if (nv > 2) {
                        a0 = FloatVector.fromArray(S, w, w0 + 2 * L).fma(x2, a0);
                        a1 = FloatVector.fromArray(S, w, w1 + 2 * L).fma(x2, a1);
                        a2 = FloatVector.fromArray(S, w, w2 + 2 * L).fma(x2, a2);
                        a3 = FloatVector.fromArray(S, w, w3 + 2 * L).fma(x2, a3);
                    }
                    if (nv > 3) {
                        a0 = FloatVector.fromArray(S, w, w0 + 3 * L).fma(x3, a0);
                        a1 = FloatVector.fromArray(S, w, w1 + 3 * L).fma(x3, a1);
                        a2 = FloatVector.fromArray(S, w, w2 + 3 * L).fma(x3, a2);
                        a3 = FloatVector.fromArray(S, w, w3 + 3 * L).fma(x3, a3);
                    }
                }
                FloatVector u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
                FloatVector v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
                FloatVector q = u.blend(v, bit1).add(sw1.selectFrom(u, v));
                if ((g & 1) == 0) h = q;
                else {
                    h = h.blend(q, bit2).add(sw2.selectFrom(h, q));
                    if ((g & 2) == 0) r = h;
                    else r = r.blend(h, bit3).add(sw3.selectFrom(r, h));
                }
            }
            FloatVector b = FloatVector.zero(S);
            if (j0 + L <= k) {
                if (offB >= 0) b = FloatVector.fromArray(S, w, offB + j0);
            } else {
                VectorMask<Float> in = S.indexInRange(j0, k);
                r = r.blend(0f, in.not());
                if (offB >= 0) b = FloatVector.fromArray(S, w, offB + j0, in);
            }
            b.add(r).intoArray(z, zi + j0);
        }
    }
    // whole blocks at d = 4L written out, groups in a helper-free straight line
    static void fewWhole(float[] w, int k, float[] x, int xi, int d, int kp, int offB, float[] z, int zi) {
        final int L = S.length();
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = VectorMask.fromLong(S, LANE_BIT[2]), bit3 = VectorMask.fromLong(S, LANE_BIT[3]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = FloatVector.fromArray(S, PAIR_SWAP, 2 * L), sw3 = FloatVector.fromArray(S, PAIR_SWAP, 3 * L);
        FloatVector x0 = FloatVector.fromArray(S, x, xi), x1 = FloatVector.fromArray(S, x, xi + L);
        FloatVector x2 = FloatVector.fromArray(S, x, xi + 2 * L), x3 = FloatVector.fromArray(S, x, xi + 3 * L);
        FloatVector zero = FloatVector.zero(S);
        int whole = k - k % L;
        for (int j0 = 0; j0 < whole; j0 += L) {
            FloatVector r = zero, h = zero;
            for (int g = 0; g < 4; g++) {
                int o = (j0 + 4 * g) * d;
                FloatVector a0 = FloatVector.fromArray(S, w, o).fma(x0, zero);
                FloatVector a1 = FloatVector.fromArray(S, w, o + d).fma(x0, zero);
                FloatVector a2 = FloatVector.fromArray(S, w, o + 2 * d).fma(x0, zero);
                FloatVector a3 = FloatVector.fromArray(S, w, o + 3 * d).fma(x0, zero);
                a0 = FloatVector.fromArray(S, w, o + L).fma(x1, a0);
                a1 = FloatVector.fromArray(S, w, o + d + L).fma(x1, a1);
                a2 = FloatVector.fromArray(S, w, o + 2 * d + L).fma(x1, a2);
                a3 = FloatVector.fromArray(S, w, o + 3 * d + L).fma(x1, a3);
                a0 = FloatVector.fromArray(S, w, o + 2 * L).fma(x2, a0);
                a1 = FloatVector.fromArray(S, w, o + d + 2 * L).fma(x2, a1);
                a2 = FloatVector.fromArray(S, w, o + 2 * d + 2 * L).fma(x2, a2);
                a3 = FloatVector.fromArray(S, w, o + 3 * d + 2 * L).fma(x2, a3);
                a0 = FloatVector.fromArray(S, w, o + 3 * L).fma(x3, a0);
                a1 = FloatVector.fromArray(S, w, o + d + 3 * L).fma(x3, a1);
                a2 = FloatVector.fromArray(S, w, o + 2 * d + 3 * L).fma(x3, a2);
                a3 = FloatVector.fromArray(S, w, o + 3 * d + 3 * L).fma(x3, a3);
                FloatVector u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
                FloatVector v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
                FloatVector q = u.blend(v, bit1).add(sw1.selectFrom(u, v));
                if ((g & 1) == 0) h = q;
                else {
                    h = h.blend(q, bit2).add(sw2.selectFrom(h, q));
                    if ((g & 2) == 0) r = h;
                    else r = r.blend(h, bit3).add(sw3.selectFrom(r, h));
                }
            }
            FloatVector b = offB < 0 ? zero : FloatVector.fromArray(S, w, offB + j0);
            b.add(r).intoArray(z, zi + j0);
        }
    }

    // whole blocks at d = 4L written out, groups in a helper-free straight line
    static void fewNv(float[] w, int k, float[] x, int xi, int d, int kp, int offB, float[] z, int zi) {
        final int L = S.length();
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = VectorMask.fromLong(S, LANE_BIT[2]), bit3 = VectorMask.fromLong(S, LANE_BIT[3]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = FloatVector.fromArray(S, PAIR_SWAP, 2 * L), sw3 = FloatVector.fromArray(S, PAIR_SWAP, 3 * L);
        FloatVector x0 = FloatVector.fromArray(S, x, xi), x1 = FloatVector.fromArray(S, x, xi + L);
        int nv = d / L;
        FloatVector x2 = nv > 2 ? FloatVector.fromArray(S, x, xi + 2 * L) : x1;
        FloatVector x3 = nv > 3 ? FloatVector.fromArray(S, x, xi + 3 * L) : x1;
        FloatVector zero = FloatVector.zero(S);
        int whole = k - k % L;
        for (int j0 = 0; j0 < whole; j0 += L) {
            FloatVector r = zero, h = zero;
            for (int g = 0; g < 4; g++) {
                int o = (j0 + 4 * g) * d;
                FloatVector a0 = FloatVector.fromArray(S, w, o).fma(x0, zero);
                FloatVector a1 = FloatVector.fromArray(S, w, o + d).fma(x0, zero);
                FloatVector a2 = FloatVector.fromArray(S, w, o + 2 * d).fma(x0, zero);
                FloatVector a3 = FloatVector.fromArray(S, w, o + 3 * d).fma(x0, zero);
                a0 = FloatVector.fromArray(S, w, o + L).fma(x1, a0);
                a1 = FloatVector.fromArray(S, w, o + d + L).fma(x1, a1);
                a2 = FloatVector.fromArray(S, w, o + 2 * d + L).fma(x1, a2);
                a3 = FloatVector.fromArray(S, w, o + 3 * d + L).fma(x1, a3);
                if (nv > 2) {
                a0 = FloatVector.fromArray(S, w, o + 2 * L).fma(x2, a0);
                a1 = FloatVector.fromArray(S, w, o + d + 2 * L).fma(x2, a1);
                a2 = FloatVector.fromArray(S, w, o + 2 * d + 2 * L).fma(x2, a2);
                a3 = FloatVector.fromArray(S, w, o + 3 * d + 2 * L).fma(x2, a3);
                }
                if (nv > 3) {
                a0 = FloatVector.fromArray(S, w, o + 3 * L).fma(x3, a0);
                a1 = FloatVector.fromArray(S, w, o + d + 3 * L).fma(x3, a1);
                a2 = FloatVector.fromArray(S, w, o + 2 * d + 3 * L).fma(x3, a2);
                a3 = FloatVector.fromArray(S, w, o + 3 * d + 3 * L).fma(x3, a3);
                }
                FloatVector u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
                FloatVector v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
                FloatVector q = u.blend(v, bit1).add(sw1.selectFrom(u, v));
                if ((g & 1) == 0) h = q;
                else {
                    h = h.blend(q, bit2).add(sw2.selectFrom(h, q));
                    if ((g & 2) == 0) r = h;
                    else r = r.blend(h, bit3).add(sw3.selectFrom(r, h));
                }
            }
            FloatVector b = offB < 0 ? zero : FloatVector.fromArray(S, w, offB + j0);
            b.add(r).intoArray(z, zi + j0);
        }
    }

    static void fewStraight(float[] w, int k, float[] x, int xi, int d, int kp, int offB, float[] z, int zi) {
        final int L = S.length();
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = VectorMask.fromLong(S, LANE_BIT[2]), bit3 = VectorMask.fromLong(S, LANE_BIT[3]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = FloatVector.fromArray(S, PAIR_SWAP, 2 * L), sw3 = FloatVector.fromArray(S, PAIR_SWAP, 3 * L);
        FloatVector x0 = FloatVector.fromArray(S, x, xi), x1 = FloatVector.fromArray(S, x, xi + L);
        FloatVector x2 = FloatVector.fromArray(S, x, xi + 2 * L), x3 = FloatVector.fromArray(S, x, xi + 3 * L);
        FloatVector zero = FloatVector.zero(S);
        int whole = k - k % L, d4 = 4 * d;
        for (int j0 = 0; j0 < whole; j0 += L) {
            FloatVector r, h, q, u, v, a0, a1, a2, a3; int o;

                o = j0 * d + 0 * d4;
                a0 = FloatVector.fromArray(S, w, o).fma(x0, zero);
                a1 = FloatVector.fromArray(S, w, o + d).fma(x0, zero);
                a2 = FloatVector.fromArray(S, w, o + 2 * d).fma(x0, zero);
                a3 = FloatVector.fromArray(S, w, o + 3 * d).fma(x0, zero);
                a0 = FloatVector.fromArray(S, w, o + L).fma(x1, a0);
                a1 = FloatVector.fromArray(S, w, o + d + L).fma(x1, a1);
                a2 = FloatVector.fromArray(S, w, o + 2 * d + L).fma(x1, a2);
                a3 = FloatVector.fromArray(S, w, o + 3 * d + L).fma(x1, a3);
                a0 = FloatVector.fromArray(S, w, o + 2 * L).fma(x2, a0);
                a1 = FloatVector.fromArray(S, w, o + d + 2 * L).fma(x2, a1);
                a2 = FloatVector.fromArray(S, w, o + 2 * d + 2 * L).fma(x2, a2);
                a3 = FloatVector.fromArray(S, w, o + 3 * d + 2 * L).fma(x2, a3);
                a0 = FloatVector.fromArray(S, w, o + 3 * L).fma(x3, a0);
                a1 = FloatVector.fromArray(S, w, o + d + 3 * L).fma(x3, a1);
                a2 = FloatVector.fromArray(S, w, o + 2 * d + 3 * L).fma(x3, a2);
                a3 = FloatVector.fromArray(S, w, o + 3 * d + 3 * L).fma(x3, a3);
                u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
                v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
                r = u.blend(v, bit1).add(sw1.selectFrom(u, v));

                o = j0 * d + 1 * d4;
                a0 = FloatVector.fromArray(S, w, o).fma(x0, zero);
                a1 = FloatVector.fromArray(S, w, o + d).fma(x0, zero);
                a2 = FloatVector.fromArray(S, w, o + 2 * d).fma(x0, zero);
                a3 = FloatVector.fromArray(S, w, o + 3 * d).fma(x0, zero);
                a0 = FloatVector.fromArray(S, w, o + L).fma(x1, a0);
                a1 = FloatVector.fromArray(S, w, o + d + L).fma(x1, a1);
                a2 = FloatVector.fromArray(S, w, o + 2 * d + L).fma(x1, a2);
                a3 = FloatVector.fromArray(S, w, o + 3 * d + L).fma(x1, a3);
                a0 = FloatVector.fromArray(S, w, o + 2 * L).fma(x2, a0);
                a1 = FloatVector.fromArray(S, w, o + d + 2 * L).fma(x2, a1);
                a2 = FloatVector.fromArray(S, w, o + 2 * d + 2 * L).fma(x2, a2);
                a3 = FloatVector.fromArray(S, w, o + 3 * d + 2 * L).fma(x2, a3);
                a0 = FloatVector.fromArray(S, w, o + 3 * L).fma(x3, a0);
                a1 = FloatVector.fromArray(S, w, o + d + 3 * L).fma(x3, a1);
                a2 = FloatVector.fromArray(S, w, o + 2 * d + 3 * L).fma(x3, a2);
                a3 = FloatVector.fromArray(S, w, o + 3 * d + 3 * L).fma(x3, a3);
                u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
                v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
                q = u.blend(v, bit1).add(sw1.selectFrom(u, v));
                r = r.blend(q, bit2).add(sw2.selectFrom(r, q));

                o = j0 * d + 2 * d4;
                a0 = FloatVector.fromArray(S, w, o).fma(x0, zero);
                a1 = FloatVector.fromArray(S, w, o + d).fma(x0, zero);
                a2 = FloatVector.fromArray(S, w, o + 2 * d).fma(x0, zero);
                a3 = FloatVector.fromArray(S, w, o + 3 * d).fma(x0, zero);
                a0 = FloatVector.fromArray(S, w, o + L).fma(x1, a0);
                a1 = FloatVector.fromArray(S, w, o + d + L).fma(x1, a1);
                a2 = FloatVector.fromArray(S, w, o + 2 * d + L).fma(x1, a2);
                a3 = FloatVector.fromArray(S, w, o + 3 * d + L).fma(x1, a3);
                a0 = FloatVector.fromArray(S, w, o + 2 * L).fma(x2, a0);
                a1 = FloatVector.fromArray(S, w, o + d + 2 * L).fma(x2, a1);
                a2 = FloatVector.fromArray(S, w, o + 2 * d + 2 * L).fma(x2, a2);
                a3 = FloatVector.fromArray(S, w, o + 3 * d + 2 * L).fma(x2, a3);
                a0 = FloatVector.fromArray(S, w, o + 3 * L).fma(x3, a0);
                a1 = FloatVector.fromArray(S, w, o + d + 3 * L).fma(x3, a1);
                a2 = FloatVector.fromArray(S, w, o + 2 * d + 3 * L).fma(x3, a2);
                a3 = FloatVector.fromArray(S, w, o + 3 * d + 3 * L).fma(x3, a3);
                u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
                v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
                h = u.blend(v, bit1).add(sw1.selectFrom(u, v));

                o = j0 * d + 3 * d4;
                a0 = FloatVector.fromArray(S, w, o).fma(x0, zero);
                a1 = FloatVector.fromArray(S, w, o + d).fma(x0, zero);
                a2 = FloatVector.fromArray(S, w, o + 2 * d).fma(x0, zero);
                a3 = FloatVector.fromArray(S, w, o + 3 * d).fma(x0, zero);
                a0 = FloatVector.fromArray(S, w, o + L).fma(x1, a0);
                a1 = FloatVector.fromArray(S, w, o + d + L).fma(x1, a1);
                a2 = FloatVector.fromArray(S, w, o + 2 * d + L).fma(x1, a2);
                a3 = FloatVector.fromArray(S, w, o + 3 * d + L).fma(x1, a3);
                a0 = FloatVector.fromArray(S, w, o + 2 * L).fma(x2, a0);
                a1 = FloatVector.fromArray(S, w, o + d + 2 * L).fma(x2, a1);
                a2 = FloatVector.fromArray(S, w, o + 2 * d + 2 * L).fma(x2, a2);
                a3 = FloatVector.fromArray(S, w, o + 3 * d + 2 * L).fma(x2, a3);
                a0 = FloatVector.fromArray(S, w, o + 3 * L).fma(x3, a0);
                a1 = FloatVector.fromArray(S, w, o + d + 3 * L).fma(x3, a1);
                a2 = FloatVector.fromArray(S, w, o + 2 * d + 3 * L).fma(x3, a2);
                a3 = FloatVector.fromArray(S, w, o + 3 * d + 3 * L).fma(x3, a3);
                u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
                v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
                q = u.blend(v, bit1).add(sw1.selectFrom(u, v));
                h = h.blend(q, bit2).add(sw2.selectFrom(h, q));
                r = r.blend(h, bit3).add(sw3.selectFrom(r, h));

            FloatVector b = offB < 0 ? zero : FloatVector.fromArray(S, w, offB + j0);
            b.add(r).intoArray(z, zi + j0);
        }
    }
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]);
        float[] w = new float[k * d + 2 * k + 1], x = new float[d], z1 = new float[k], z2 = new float[k];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(1);
        for (int i = 0; i < w.length; i++) w[i] = (float) rng.nextGaussian();
        for (int i = 0; i < d; i++) x[i] = (float) rng.nextGaussian();
        few(w, k, x, 0, d, k, k * d, z1, 0, 0); fewNv(w, k, x, 0, d, k, k * d, z2, 0); System.out.println("nv same: " + java.util.Arrays.equals(z1, z2)); if (d == 64) fewWhole(w, k, x, 0, d, k, k * d, z2, 0);
        System.out.println("same bits: " + java.util.Arrays.equals(z1, z2));
        for (int rep = 0; rep < 8; rep++) {
            int n = 2_000_000;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) few(w, k, x, 0, d, k, k * d, z1, 0, 0);
            long t1 = System.nanoTime();
            for (int i = 0; i < n && d == 64; i++) fewWhole(w, k, x, 0, d, k, k * d, z2, 0);
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) fewNv(w, k, x, 0, d, k, k * d, z2, 0);
            long t3 = System.nanoTime();
            if (rep >= 4) System.out.printf("d=%d k=%d few %.1f whole %.1f nv %.1f ns%n", d, k, (t1 - t0) / (double) n, (t2 - t1) / (double) n, (t3 - t2) / (double) n);
        }
    }
}
