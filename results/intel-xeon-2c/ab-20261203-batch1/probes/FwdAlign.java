package dev.twolayer.kernel;
import jdk.incubator.vector.*;
import java.util.SplittableRandom;
/** dotRowFew with W at float offset 0..15 of its array (run with -XX:ObjectAlignmentInBytes=64: 12 is a line). */
public final class FwdAlign {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    private static final long[] LANE_BIT = laneBitMasks();
    private static final float[] PAIR_SWAP = pairSwap();
    private static final float[] IOTA2 = new float[32];
    static { for (int i = 0; i < 32; i++) IOTA2[i] = i; }
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
    static void dotRowFewOff(float[] w, int wOff, int k, float[] x, int xi, int d, int kp, int offB, float[] z, int zi) {
        final int L = S.length();
        int nv = d / L, last = wOff + (k - 1) * d, top = LANE_BIT.length - 1;
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(2, top)]);
        VectorMask<Float> bit3 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(3, top)]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(2, top) * L);
        FloatVector sw3 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(3, top) * L);
        // x in registers; each unit's dot product is nv FMAs written out, in dotRowBlocks' order (the same bits)
        FloatVector x0 = FloatVector.fromArray(S, x, xi), x1 = FloatVector.fromArray(S, x, xi + L);
        FloatVector x2 = nv > 2 ? FloatVector.fromArray(S, x, xi + 2 * L) : x1;
        FloatVector x3 = nv > 3 ? FloatVector.fromArray(S, x, xi + 3 * L) : x1;
        // first block first: weightGradRowShort steps W last unit first, so each pass starts on the rows the other
        // touched last, which L1 still holds
        for (int j0 = 0; j0 < kp; j0 += L) {
            FloatVector r = FloatVector.zero(S), h = r;
            for (int g = 0; g < L / 4; g++) {
                // as in dotRowBlocks: units past k read W's last row (lanes zeroed below), groups past k add zeros
                int o = wOff + j0 * d + 4 * g * d;
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
                // L == 4: one group a block (the constant test keeps C1 within its registers: see dotRowBlocks)
                if (L == 4) r = q;
                else if ((g & 1) == 0) h = q;
                else {
                    h = h.blend(q, bit2).add(sw2.selectFrom(h, q)); // units 4(g-1) .. 4g+3
                    if ((g & 2) == 0) r = h;
                    else r = r.blend(h, bit3).add(sw3.selectFrom(r, h)); // units 0 .. 15
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
    static void dotRowFewAl(float[] w, int wOff, int sh, int k, float[] x, int xi, int d, int kp, int offB, float[] z, int zi) {
        final int L = S.length();
        int nv = d / L, last = wOff + (k - 1) * d, top = LANE_BIT.length - 1;
        VectorMask<Float> bit0 = VectorMask.fromLong(S, LANE_BIT[0]), bit1 = VectorMask.fromLong(S, LANE_BIT[1]);
        VectorMask<Float> bit2 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(2, top)]);
        VectorMask<Float> bit3 = L == 4 ? bit1 : VectorMask.fromLong(S, LANE_BIT[Math.min(3, top)]);
        FloatVector sw0 = FloatVector.fromArray(S, PAIR_SWAP, 0), sw1 = FloatVector.fromArray(S, PAIR_SWAP, L);
        FloatVector sw2 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(2, top) * L);
        FloatVector sw3 = L == 4 ? sw1 : FloatVector.fromArray(S, PAIR_SWAP, Math.min(3, top) * L);
        // x in registers; each unit's dot product is nv FMAs written out, in dotRowBlocks' order (the same bits)
        FloatVector x0 = FloatVector.fromArray(S, x, xi), x1 = FloatVector.fromArray(S, x, xi + L);
        FloatVector x2 = nv > 2 ? FloatVector.fromArray(S, x, xi + 2 * L) : x1;
        FloatVector x3 = nv > 3 ? FloatVector.fromArray(S, x, xi + 3 * L) : x1;
        // first block first: weightGradRowShort steps W last unit first, so each pass starts on the rows the other
        // touched last, which L1 still holds
        FloatVector sel = FloatVector.fromArray(S, IOTA2, L - sh);
        for (int j0 = 0; j0 < kp; j0 += L) {
            FloatVector r = FloatVector.zero(S), h = r;
            for (int g = 0; g < L / 4; g++) {
                // as in dotRowBlocks: units past k read W's last row (lanes zeroed below), groups past k add zeros
                int o = wOff + j0 * d + 4 * g * d;
                int w0 = Math.min(o, last), w1 = Math.min(o + d, last), w2 = Math.min(o + 2 * d, last);
                int w3 = Math.min(o + 3 * d, last);
                FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
                if (j0 + 4 * g + 4 <= k && nv == 4) {
                    // whole group of 4 rows, contiguous from o: aligned vectors from o + h - L, each row vector
                    // taken from two by one permute (the same values: the same bits)
                    int base = o + sh - L;
                    FloatVector lo = base >= 0 ? FloatVector.fromArray(S, w, base) : FloatVector.zero(S);
                    FloatVector hi = FloatVector.fromArray(S, w, base + L);
                    FloatVector v0 = base >= 0 ? sel.selectFrom(lo, hi) : FloatVector.fromArray(S, w, o);
                    a0 = v0.fma(x0, a0); lo = FloatVector.fromArray(S, w, base + 2 * L);
                    a0 = sel.selectFrom(hi, lo).fma(x1, a0); hi = FloatVector.fromArray(S, w, base + 3 * L);
                    a0 = sel.selectFrom(lo, hi).fma(x2, a0); lo = FloatVector.fromArray(S, w, base + 4 * L);
                    a0 = sel.selectFrom(hi, lo).fma(x3, a0); hi = FloatVector.fromArray(S, w, base + 5 * L);
                    a1 = sel.selectFrom(lo, hi).fma(x0, a1); lo = FloatVector.fromArray(S, w, base + 6 * L);
                    a1 = sel.selectFrom(hi, lo).fma(x1, a1); hi = FloatVector.fromArray(S, w, base + 7 * L);
                    a1 = sel.selectFrom(lo, hi).fma(x2, a1); lo = FloatVector.fromArray(S, w, base + 8 * L);
                    a1 = sel.selectFrom(hi, lo).fma(x3, a1); hi = FloatVector.fromArray(S, w, base + 9 * L);
                    a2 = sel.selectFrom(lo, hi).fma(x0, a2); lo = FloatVector.fromArray(S, w, base + 10 * L);
                    a2 = sel.selectFrom(hi, lo).fma(x1, a2); hi = FloatVector.fromArray(S, w, base + 11 * L);
                    a2 = sel.selectFrom(lo, hi).fma(x2, a2); lo = FloatVector.fromArray(S, w, base + 12 * L);
                    a2 = sel.selectFrom(hi, lo).fma(x3, a2); hi = FloatVector.fromArray(S, w, base + 13 * L);
                    a3 = sel.selectFrom(lo, hi).fma(x0, a3); lo = FloatVector.fromArray(S, w, base + 14 * L);
                    a3 = sel.selectFrom(hi, lo).fma(x1, a3); hi = FloatVector.fromArray(S, w, base + 15 * L);
                    a3 = sel.selectFrom(lo, hi).fma(x2, a3); lo = FloatVector.fromArray(S, w, base + 16 * L);
                    a3 = sel.selectFrom(hi, lo).fma(x3, a3);
                } else if (j0 + 4 * g < k) {
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
                // L == 4: one group a block (the constant test keeps C1 within its registers: see dotRowBlocks)
                if (L == 4) r = q;
                else if ((g & 1) == 0) h = q;
                else {
                    h = h.blend(q, bit2).add(sw2.selectFrom(h, q)); // units 4(g-1) .. 4g+3
                    if ((g & 2) == 0) r = h;
                    else r = r.blend(h, bit3).add(sw3.selectFrom(r, h)); // units 0 .. 15
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
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), kp = (k + 15) / 16 * 16;
        SplittableRandom r = new SplittableRandom(3);
        float[] w = new float[k * d + 2 * k + 64], x = new float[d], z = new float[kp];
        for (int i = 0; i < w.length; i++) w[i] = (float) r.nextGaussian();
        for (int i = 0; i < d; i++) x[i] = (float) r.nextGaussian();
        int n = (int) Math.max(20000, 4e8 / (k * d));
        float[] z2 = new float[kp];
        dotRowFewOff(w, 0, k, x, 0, d, kp, k * d, z, 0); dotRowFewAl(w, 0, 12, k, x, 0, d, kp, k * d, z2, 0);
        System.out.println("same bits: " + java.util.Arrays.equals(z, z2));
        for (int rep = 0; rep < 4; rep++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) dotRowFewAl(w, 0, 12, k, x, 0, d, kp, k * d, z2, 0);
            if (rep >= 2) System.out.printf("aligned with permutes (W at 0, h=12): %.1f ns%n", (System.nanoTime() - t0) / 1.0 / n);
        }
        for (int rep = 0; rep < 4; rep++) {
            StringBuilder sb = new StringBuilder("d=" + d + " k=" + k + " forward ns by W offset:");
            for (int off = 0; off < 16; off += 4) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) dotRowFewOff(w, off, k, x, 0, d, kp, off + k * d, z, 0);
                sb.append(String.format(" %d:%.1f", off, (System.nanoTime() - t0) / 1.0 / n));
            }
            if (rep >= 2) System.out.println(sb);
        }
    }
}
