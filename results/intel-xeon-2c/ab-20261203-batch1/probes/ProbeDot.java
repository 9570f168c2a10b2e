package dev.twolayer.kernel;
// Ran at 532f427, before weightGradRows took its align argument: against 76416f8 and later, append ", 0" to the call.
import jdk.incubator.vector.*;
import java.util.SplittableRandom;
public final class ProbeDot {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    private static final long[] LANE_BIT = laneBitMasks();
    private static final float[] PAIR_SWAP = pairSwap();
    private static long[] laneBitMasks() {
        int stages = Integer.numberOfTrailingZeros(S.length());
        long[] m = new long[stages];
        for (int s = 0; s < stages; s++) m[s] = laneBits(1 << s);
        return m;
    }
    private static float[] pairSwap() {
        int L = S.length(), stages = Integer.numberOfTrailingZeros(L);
        float[] t = new float[stages * L];
        for (int s = 0; s < stages; s++)
            for (int c = 0; c < L; c++) t[s * L + c] = ((c >> s) & 1) == 0 ? c ^ (1 << s) : L + (c ^ (1 << s));
        return t;
    }
    private static long laneBits(int bit) {
        long m = 0;
        for (int l = 0; l < S.length(); l++) if ((l & bit) != 0) m |= 1L << l;
        return m;
    }
    private static void dotRowBlocks(float[] w, int k, float[] x, int xi, int d, int kp, int offB, float[] z,
                                     int zi) {
        final int L = S.length();
        int full = d - d % L, last = (k - 1) * d, top = LANE_BIT.length - 1;
        VectorMask<Float> tail = VectorMask.fromLong(S, (1L << (d - full)) - 1);
        // the fold's stages (see PAIR_SWAP); stages 2 and 3 exist only for 8 and 16 lanes
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(2, top)]);
        VectorMask<Float> bit3 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(3, top)]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(2, top) * L);
        FloatVector sw3 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(3, top) * L);
        // blocks of L hidden units, 4 units a pass (each x vector loaded once for 4 rows of W). Each pass's 4
        // partial-sum vectors are folded into one, the block's L/4 of those into one, in registers: lane u ends
        // as unit j0 + u's lane sum, by a fixed tree (see PAIR_SWAP). Before, each unit's vector went through an
        // L x L scratch and L gathers (30-43% of a batch-1 step). One method: helpers for the pass or the fold
        // were too large for C2 to inline, and their vectors were boxed.
        // last block first, as the backward pass steps W first row first: each pass starts on the rows the
        // other touched last, which the cache still holds (d=1024 k=256..1024 batch 1: 1.03-1.06x steps/s)
        for (int j0 = kp - L; j0 >= 0; j0 -= L) {
            FloatVector r = FloatVector.zero(S), h = r;
            for (int g = 0; g < L / 4; g++) {
                // units past k (in the last block) read W's last row; their lanes are zeroed below. Groups of 4
                // wholly past k add zeros (lanes never mix units, so the others' sums are unchanged): at k=8
                // half the block's dot products are skipped
                int o = j0 * d + 4 * g * d;
                int w0 = Math.min(o, last), w1 = Math.min(o + d, last), w2 = Math.min(o + 2 * d, last);
                int w3 = Math.min(o + 3 * d, last);
                FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
                if (j0 + 4 * g < k) {
                    // a plain counted loop: with the test of k in its condition C2 did not unroll it (0.74x the
                    // speed of this one at d=256)
                    for (int p = 0; p < full; p += L) {
                        FloatVector xv = FloatVector.fromArray(S, x, xi + p);
                        a0 = FloatVector.fromArray(S, w, w0 + p).fma(xv, a0);
                        a1 = FloatVector.fromArray(S, w, w1 + p).fma(xv, a1);
                        a2 = FloatVector.fromArray(S, w, w2 + p).fma(xv, a2);
                        a3 = FloatVector.fromArray(S, w, w3 + p).fma(xv, a3);
                    }
                    if (full < d) {
                        FloatVector xv = FloatVector.fromArray(S, x, xi + full, tail);
                        a0 = FloatVector.fromArray(S, w, w0 + full, tail).fma(xv, a0);
                        a1 = FloatVector.fromArray(S, w, w1 + full, tail).fma(xv, a1);
                        a2 = FloatVector.fromArray(S, w, w2 + full, tail).fma(xv, a2);
                        a3 = FloatVector.fromArray(S, w, w3 + full, tail).fma(xv, a3);
                    }
                }
                FloatVector u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
                FloatVector v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
                FloatVector q = u.blend(v, bit1).add(sw1.selectFrom(u, v)); // lane c: unit 4g + (c & 3)
                // L == 4: one group a block. The test of the constant L lets C1 drop the stages below from
                // VectorBody128's code; with them, its tier-3 OSR compile of this method ran out of virtual registers
                if (L == 4) r = q;
                else if ((g & 1) == 0) h = q;
                else {
                    h = h.blend(q, bit2).add(sw2.selectFrom(h, q)); // units 4(g-1) .. 4g+3
                    if ((g & 2) == 0) r = h;
                    else r = r.blend(h, bit3).add(sw3.selectFrom(r, h)); // units 0 .. 15
                }
            }
            // b straight from the parameters (offB < 0: none); pads (past k: they read W's last row) z = 0
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
    private static void dotRowFour(float[] w, int k, float[] x, int xi, int d, int kp, int offB, float[] z,
                                     int zi) {
        final int L = S.length();
        int full = d - d % L, last = (k - 1) * d, top = LANE_BIT.length - 1;
        VectorMask<Float> tail = VectorMask.fromLong(S, (1L << (d - full)) - 1);
        // the fold's stages (see PAIR_SWAP); stages 2 and 3 exist only for 8 and 16 lanes
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(2, top)]);
        VectorMask<Float> bit3 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(3, top)]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(2, top) * L);
        FloatVector sw3 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(3, top) * L);
        // blocks of L hidden units, 4 units a pass (each x vector loaded once for 4 rows of W). Each pass's 4
        // partial-sum vectors are folded into one, the block's L/4 of those into one, in registers: lane u ends
        // as unit j0 + u's lane sum, by a fixed tree (see PAIR_SWAP). Before, each unit's vector went through an
        // L x L scratch and L gathers (30-43% of a batch-1 step). One method: helpers for the pass or the fold
        // were too large for C2 to inline, and their vectors were boxed.
        // last block first, as the backward pass steps W first row first: each pass starts on the rows the
        // other touched last, which the cache still holds (d=1024 k=256..1024 batch 1: 1.03-1.06x steps/s)
        FloatVector x0 = FloatVector.fromArray(S, x, xi), x1 = FloatVector.fromArray(S, x, xi + L);
        FloatVector x2 = FloatVector.fromArray(S, x, xi + 2 * L), x3 = FloatVector.fromArray(S, x, xi + 3 * L);
        for (int j0 = kp - L; j0 >= 0; j0 -= L) {
            FloatVector r = FloatVector.zero(S), h = r;
            for (int g = 0; g < L / 4; g++) {
                // units past k (in the last block) read W's last row; their lanes are zeroed below. Groups of 4
                // wholly past k add zeros (lanes never mix units, so the others' sums are unchanged): at k=8
                // half the block's dot products are skipped
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
                    a0 = FloatVector.fromArray(S, w, w0 + 2 * L).fma(x2, a0);
                    a1 = FloatVector.fromArray(S, w, w1 + 2 * L).fma(x2, a1);
                    a2 = FloatVector.fromArray(S, w, w2 + 2 * L).fma(x2, a2);
                    a3 = FloatVector.fromArray(S, w, w3 + 2 * L).fma(x2, a3);
                    a0 = FloatVector.fromArray(S, w, w0 + 3 * L).fma(x3, a0);
                    a1 = FloatVector.fromArray(S, w, w1 + 3 * L).fma(x3, a1);
                    a2 = FloatVector.fromArray(S, w, w2 + 3 * L).fma(x3, a2);
                    a3 = FloatVector.fromArray(S, w, w3 + 3 * L).fma(x3, a3);
                }
                FloatVector u = a0.blend(a1, bit0).add(sw0.selectFrom(a0, a1));
                FloatVector v = a2.blend(a3, bit0).add(sw0.selectFrom(a2, a3));
                FloatVector q = u.blend(v, bit1).add(sw1.selectFrom(u, v)); // lane c: unit 4g + (c & 3)
                // L == 4: one group a block. The test of the constant L lets C1 drop the stages below from
                // VectorBody128's code; with them, its tier-3 OSR compile of this method ran out of virtual registers
                if (L == 4) r = q;
                else if ((g & 1) == 0) h = q;
                else {
                    h = h.blend(q, bit2).add(sw2.selectFrom(h, q)); // units 4(g-1) .. 4g+3
                    if ((g & 2) == 0) r = h;
                    else r = r.blend(h, bit3).add(sw3.selectFrom(r, h)); // units 0 .. 15
                }
            }
            // b straight from the parameters (offB < 0: none); pads (past k: they read W's last row) z = 0
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
    private static void dotRowFew(float[] w, int k, float[] x, int xi, int d, int kp, int offB, float[] z,
                                     int zi) {
        final int L = S.length();
        int full = d - d % L, last = (k - 1) * d, top = LANE_BIT.length - 1;
        VectorMask<Float> tail = VectorMask.fromLong(S, (1L << (d - full)) - 1);
        // the fold's stages (see PAIR_SWAP); stages 2 and 3 exist only for 8 and 16 lanes
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(2, top)]);
        VectorMask<Float> bit3 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(3, top)]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(2, top) * L);
        FloatVector sw3 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(3, top) * L);
        // blocks of L hidden units, 4 units a pass (each x vector loaded once for 4 rows of W). Each pass's 4
        // partial-sum vectors are folded into one, the block's L/4 of those into one, in registers: lane u ends
        // as unit j0 + u's lane sum, by a fixed tree (see PAIR_SWAP). Before, each unit's vector went through an
        // L x L scratch and L gathers (30-43% of a batch-1 step). One method: helpers for the pass or the fold
        // were too large for C2 to inline, and their vectors were boxed.
        // last block first, as the backward pass steps W first row first: each pass starts on the rows the
        // other touched last, which the cache still holds (d=1024 k=256..1024 batch 1: 1.03-1.06x steps/s)
        int nv = d / L;
        FloatVector x0 = FloatVector.fromArray(S, x, xi), x1 = FloatVector.fromArray(S, x, xi + L);
        FloatVector x2 = nv > 2 ? FloatVector.fromArray(S, x, xi + 2 * L) : x1;
        FloatVector x3 = nv > 3 ? FloatVector.fromArray(S, x, xi + 3 * L) : x1;
        for (int j0 = kp - L; j0 >= 0; j0 -= L) {
            FloatVector r = FloatVector.zero(S), h = r;
            for (int g = 0; g < L / 4; g++) {
                // units past k (in the last block) read W's last row; their lanes are zeroed below. Groups of 4
                // wholly past k add zeros (lanes never mix units, so the others' sums are unchanged): at k=8
                // half the block's dot products are skipped
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
                FloatVector q = u.blend(v, bit1).add(sw1.selectFrom(u, v)); // lane c: unit 4g + (c & 3)
                // L == 4: one group a block. The test of the constant L lets C1 drop the stages below from
                // VectorBody128's code; with them, its tier-3 OSR compile of this method ran out of virtual registers
                if (L == 4) r = q;
                else if ((g & 1) == 0) h = q;
                else {
                    h = h.blend(q, bit2).add(sw2.selectFrom(h, q)); // units 4(g-1) .. 4g+3
                    if ((g & 2) == 0) r = h;
                    else r = r.blend(h, bit3).add(sw3.selectFrom(r, h)); // units 0 .. 15
                }
            }
            // b straight from the parameters (offB < 0: none); pads (past k: they read W's last row) z = 0
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
    private static void dotRowFewUp(float[] w, int k, float[] x, int xi, int d, int kp, int offB, float[] z,
                                     int zi) {
        final int L = S.length();
        int full = d - d % L, last = (k - 1) * d, top = LANE_BIT.length - 1;
        VectorMask<Float> tail = VectorMask.fromLong(S, (1L << (d - full)) - 1);
        // the fold's stages (see PAIR_SWAP); stages 2 and 3 exist only for 8 and 16 lanes
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(2, top)]);
        VectorMask<Float> bit3 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(3, top)]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(2, top) * L);
        FloatVector sw3 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(3, top) * L);
        // blocks of L hidden units, 4 units a pass (each x vector loaded once for 4 rows of W). Each pass's 4
        // partial-sum vectors are folded into one, the block's L/4 of those into one, in registers: lane u ends
        // as unit j0 + u's lane sum, by a fixed tree (see PAIR_SWAP). Before, each unit's vector went through an
        // L x L scratch and L gathers (30-43% of a batch-1 step). One method: helpers for the pass or the fold
        // were too large for C2 to inline, and their vectors were boxed.
        // last block first, as the backward pass steps W first row first: each pass starts on the rows the
        // other touched last, which the cache still holds (d=1024 k=256..1024 batch 1: 1.03-1.06x steps/s)
        int nv = d / L;
        FloatVector x0 = FloatVector.fromArray(S, x, xi), x1 = FloatVector.fromArray(S, x, xi + L);
        FloatVector x2 = nv > 2 ? FloatVector.fromArray(S, x, xi + 2 * L) : x1;
        FloatVector x3 = nv > 3 ? FloatVector.fromArray(S, x, xi + 3 * L) : x1;
        for (int j0 = 0; j0 < kp; j0 += L) {
            FloatVector r = FloatVector.zero(S), h = r;
            for (int g = 0; g < L / 4; g++) {
                // units past k (in the last block) read W's last row; their lanes are zeroed below. Groups of 4
                // wholly past k add zeros (lanes never mix units, so the others' sums are unchanged): at k=8
                // half the block's dot products are skipped
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
                FloatVector q = u.blend(v, bit1).add(sw1.selectFrom(u, v)); // lane c: unit 4g + (c & 3)
                // L == 4: one group a block. The test of the constant L lets C1 drop the stages below from
                // VectorBody128's code; with them, its tier-3 OSR compile of this method ran out of virtual registers
                if (L == 4) r = q;
                else if ((g & 1) == 0) h = q;
                else {
                    h = h.blend(q, bit2).add(sw2.selectFrom(h, q)); // units 4(g-1) .. 4g+3
                    if ((g & 2) == 0) r = h;
                    else r = r.blend(h, bit3).add(sw3.selectFrom(r, h)); // units 0 .. 15
                }
            }
            // b straight from the parameters (offB < 0: none); pads (past k: they read W's last row) z = 0
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
    static double sink;
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]);
        int L = 16, kp = (k + L - 1) / L * L;
        SplittableRandom r = new SplittableRandom(3);
        float[] w = new float[k * d + 2 * k + 1], x = new float[d], z1 = new float[kp], gp = new float[kp], grad = new float[w.length];
        for (int i = 0; i < w.length; i++) w[i] = (float) r.nextGaussian();
        for (int i = 0; i < d; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < k; i++) gp[i] = r.nextBoolean() ? 0f : (float) r.nextGaussian();
        VectorBody512 b = new VectorBody512();
        int n = (int) Math.max(2000, 4e7 / (k * d));
        for (int rep = 0; rep < 8; rep++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) { dotRowBlocks(w, k, x, 0, d, kp, k * d, z1, 0); b.weightGradRows(x, 0, 1, d, gp, k, grad, 0, 0, kp, false, w, false, 1e-9f); }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) { dotRowFew(w, k, x, 0, d, kp, k * d, z1, 0); b.weightGradRows(x, 0, 1, d, gp, k, grad, 0, 0, kp, false, w, false, 1e-9f); }
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) { dotRowFewUp(w, k, x, 0, d, kp, k * d, z1, 0); b.weightGradRows(x, 0, 1, d, gp, k, grad, 0, 0, kp, false, w, false, 1e-9f); }
            long t3 = System.nanoTime();
            if (rep >= 5) System.out.printf("d=%d k=%d fwd+step: blocks %.3f us, few %.3f us, few up %.3f us%n", d, k, (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, (t3 - t2) / 1e3 / n);
        }
    }
}
