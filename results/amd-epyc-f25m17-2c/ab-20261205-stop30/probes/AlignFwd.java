import jdk.incubator.vector.*;
public final class AlignFwd {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final long[] LANE_BIT = {0xAAAAL, 0xCCCCL, 0xF0F0L, 0xFF00L};
    static final float[] PAIR_SWAP = new float[64];
    static final int[] XI = new int[64];
    static { for (int s = 0; s < 4; s++) for (int c = 0; c < 16; c++) XI[s*16+c] = c ^ (1 << s); }
    static { for (int s = 0; s < 4; s++) for (int c = 0; c < 16; c++) PAIR_SWAP[s*16+c] = ((c >> s) & 1) == 0 ? c ^ (1 << s) : 16 + (c ^ (1 << s)); }
    static void dotRowOneVector(float[] w, int base, int k, float[] x, int xi, int kp, int offB, float[] z, int zi) {
        final int L = S.length();
        int last = (k - 1) * L, top = LANE_BIT.length - 1;
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = VectorMask.fromLong(S, LANE_BIT[Math.min(2, top)]);
        VectorMask<Float> bit3 = VectorMask.fromLong(S, LANE_BIT[Math.min(3, top)]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = FloatVector.fromArray(S, PAIR_SWAP, Math.min(2, top) * L);
        FloatVector sw3 = FloatVector.fromArray(S, PAIR_SWAP, Math.min(3, top) * L);
        FloatVector xv = FloatVector.fromArray(S, x, xi), zero = FloatVector.zero(S);
        // first block first: weightGradRowShort steps W last unit first, so each pass starts on the rows the other
        // touched last (with hiddenGradDot's unmasked stores, d=16 batch 1 at k=64..1024: 1.05-1.09x, JMH on Zen 4)
        int whole = k - k % L;
        for (int j0 = 0; j0 < whole; j0 += L) {
            // whole blocks: the padding block's tree (below) written out (no clamps, no branches: its loop, run here,
            // spent more on its index clamps and its branches on g than on its FMAs)
            int o = base + j0 * L;
            FloatVector a0 = FloatVector.fromArray(S, w, o).fma(xv, zero);
            FloatVector a1 = FloatVector.fromArray(S, w, o + L).fma(xv, zero);
            FloatVector a2 = FloatVector.fromArray(S, w, o + 2 * L).fma(xv, zero);
            FloatVector a3 = FloatVector.fromArray(S, w, o + 3 * L).fma(xv, zero);
            FloatVector u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
            FloatVector v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
            FloatVector r = u.blend(v, bit1).add(sw1.selectFrom(u, v)); // units 0 .. 3
            if (L >= 8) {
                a0 = FloatVector.fromArray(S, w, o + 4 * L).fma(xv, zero);
                a1 = FloatVector.fromArray(S, w, o + 5 * L).fma(xv, zero);
                a2 = FloatVector.fromArray(S, w, o + 6 * L).fma(xv, zero);
                a3 = FloatVector.fromArray(S, w, o + 7 * L).fma(xv, zero);
                u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
                v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
                FloatVector q = u.blend(v, bit1).add(sw1.selectFrom(u, v));
                r = r.blend(q, bit2).add(sw2.selectFrom(r, q)); // units 0 .. 7
                if (L >= 16) {
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
                    h = h.blend(q, bit2).add(sw2.selectFrom(h, q)); // units 8 .. 15
                    r = r.blend(h, bit3).add(sw3.selectFrom(r, h));
                }
            }
            FloatVector b = offB < 0 ? zero : FloatVector.fromArray(S, w, offB + j0);
            b.add(r).intoArray(z, zi + j0);
        }
    }
    static void oneSource(float[] w, int base, int k, float[] x, int xi, int kp, int offB, float[] z, int zi) {
        final int L = S.length();
        int last = (k - 1) * L, top = LANE_BIT.length - 1;
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = VectorMask.fromLong(S, LANE_BIT[Math.min(2, top)]);
        VectorMask<Float> bit3 = VectorMask.fromLong(S, LANE_BIT[Math.min(3, top)]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = FloatVector.fromArray(S, PAIR_SWAP, Math.min(2, top) * L);
        FloatVector sw3 = FloatVector.fromArray(S, PAIR_SWAP, Math.min(3, top) * L);
        FloatVector xv = FloatVector.fromArray(S, x, xi), zero = FloatVector.zero(S);
        VectorShuffle<Float> sh0 = VectorShuffle.fromArray(S, XI, 0), sh1 = VectorShuffle.fromArray(S, XI, 16), sh2 = VectorShuffle.fromArray(S, XI, 32), sh3 = VectorShuffle.fromArray(S, XI, 48);
        // first block first: weightGradRowShort steps W last unit first, so each pass starts on the rows the other
        // touched last (with hiddenGradDot's unmasked stores, d=16 batch 1 at k=64..1024: 1.05-1.09x, JMH on Zen 4)
        int whole = k - k % L;
        for (int j0 = 0; j0 < whole; j0 += L) {
            // whole blocks: the padding block's tree (below) written out (no clamps, no branches: its loop, run here,
            // spent more on its index clamps and its branches on g than on its FMAs)
            int o = base + j0 * L;
            FloatVector a0 = FloatVector.fromArray(S, w, o).fma(xv, zero);
            FloatVector a1 = FloatVector.fromArray(S, w, o + L).fma(xv, zero);
            FloatVector a2 = FloatVector.fromArray(S, w, o + 2 * L).fma(xv, zero);
            FloatVector a3 = FloatVector.fromArray(S, w, o + 3 * L).fma(xv, zero);
            FloatVector u = a0.blend(a1, bit0).add(a1.blend(a0, bit0).rearrange(sh0));
            FloatVector v = a2.blend(a3, bit0).add(a3.blend(a2, bit0).rearrange(sh0));
            FloatVector r = u.blend(v, bit1).add(v.blend(u, bit1).rearrange(sh1)); // units 0 .. 3
            if (L >= 8) {
                a0 = FloatVector.fromArray(S, w, o + 4 * L).fma(xv, zero);
                a1 = FloatVector.fromArray(S, w, o + 5 * L).fma(xv, zero);
                a2 = FloatVector.fromArray(S, w, o + 6 * L).fma(xv, zero);
                a3 = FloatVector.fromArray(S, w, o + 7 * L).fma(xv, zero);
                u = a0.blend(a1, bit0).add(a1.blend(a0, bit0).rearrange(sh0));
                v = a2.blend(a3, bit0).add(a3.blend(a2, bit0).rearrange(sh0));
                FloatVector q = u.blend(v, bit1).add(v.blend(u, bit1).rearrange(sh1));
                r = r.blend(q, bit2).add(q.blend(r, bit2).rearrange(sh2)); // units 0 .. 7
                if (L >= 16) {
                    a0 = FloatVector.fromArray(S, w, o + 8 * L).fma(xv, zero);
                    a1 = FloatVector.fromArray(S, w, o + 9 * L).fma(xv, zero);
                    a2 = FloatVector.fromArray(S, w, o + 10 * L).fma(xv, zero);
                    a3 = FloatVector.fromArray(S, w, o + 11 * L).fma(xv, zero);
                    u = a0.blend(a1, bit0).add(a1.blend(a0, bit0).rearrange(sh0));
                    v = a2.blend(a3, bit0).add(a3.blend(a2, bit0).rearrange(sh0));
                    FloatVector h = u.blend(v, bit1).add(v.blend(u, bit1).rearrange(sh1));
                    a0 = FloatVector.fromArray(S, w, o + 12 * L).fma(xv, zero);
                    a1 = FloatVector.fromArray(S, w, o + 13 * L).fma(xv, zero);
                    a2 = FloatVector.fromArray(S, w, o + 14 * L).fma(xv, zero);
                    a3 = FloatVector.fromArray(S, w, o + 15 * L).fma(xv, zero);
                    u = a0.blend(a1, bit0).add(a1.blend(a0, bit0).rearrange(sh0));
                    v = a2.blend(a3, bit0).add(a3.blend(a2, bit0).rearrange(sh0));
                    q = u.blend(v, bit1).add(v.blend(u, bit1).rearrange(sh1));
                    h = h.blend(q, bit2).add(q.blend(h, bit2).rearrange(sh2)); // units 8 .. 15
                    r = r.blend(h, bit3).add(h.blend(r, bit3).rearrange(sh3));
                }
            }
            FloatVector b = offB < 0 ? zero : FloatVector.fromArray(S, w, offB + j0);
            b.add(r).intoArray(z, zi + j0);
        }
    }
    public static void main(String[] a) {
        int k = Integer.parseInt(a[0]);
        float[] w = new float[16 * k + 64], x = new float[16], z = new float[k];
        java.util.SplittableRandom r = new java.util.SplittableRandom(1);
        for (int i = 0; i < w.length; i++) w[i] = (float) r.nextGaussian();
        for (int i = 0; i < 16; i++) x[i] = (float) r.nextGaussian();
        int n = 40_000_000 / k;
        for (int rep = 0; rep < 6; rep++) {
            for (int base : new int[]{0, 12}) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) dotRowOneVector(w, base, k, x, 0, k, -1, z, 0);
                long t1 = System.nanoTime();
                float[] z1 = z.clone();
                for (int i = 0; i < n; i++) oneSource(w, base, k, x, 0, k, -1, z, 0);
                long t2 = System.nanoTime();
                if (rep >= 3) System.out.printf("k=%d base=%d twoSource %.3f oneSource %.3f ns/unit same %b%n", k, base, (t1 - t0) / (double) n / k, (t2 - t1) / (double) n / k, java.util.Arrays.equals(z, z1));
            }
        }
    }
}
