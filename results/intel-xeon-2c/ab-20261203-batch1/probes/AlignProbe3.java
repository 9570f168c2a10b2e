package dev.twolayer.kernel;
import jdk.incubator.vector.*;
import java.util.*;
public final class AlignProbe3 {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    private static final float[] IOTA2 = new float[32];
    static { for (int i = 0; i < 32; i++) IOTA2[i] = i; }
    static final int SHORT_SKIP_MIN = 1 << 18;
    private static boolean shortSkip(int d, int units, float[] grad) { return false; }
    private static void weightGradRowShortAligned(float[] x, int xOff, int d, float[] gp, int j1, int j2, int t1,
                                                  int h, float[] grad, float[] upd, float lr) {
        final int L = S.length();
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        int nv = d / L, last = t1 + (j2 - 1 - j1) * d;
        boolean store = grad != null;
        // lane l of the vector at a row's offset h + L t holds x[(h + L t + l) mod d]: r0 .. r2 within the row, rot
        // across its end (the rows' last and first vectors of x, lanes from h)
        FloatVector rot = FloatVector.fromArray(S, IOTA2, h).selectFrom(FloatVector.fromArray(S, x, xOff + d - L),
                FloatVector.fromArray(S, x, xOff));
        FloatVector r0 = nv > 1 ? FloatVector.fromArray(S, x, xOff + h) : zero;
        FloatVector r1 = nv > 2 ? FloatVector.fromArray(S, x, xOff + h + L) : zero;
        FloatVector r2 = nv > 3 ? FloatVector.fromArray(S, x, xOff + h + 2 * L) : zero;
        VectorMask<Float> next = VectorMask.fromLong(S, (-1L << (L - h)) & (-1L >>> (64 - L))); // unit j+1's lanes
        // the last unit's last L - h weights and the first unit's first h, one by one
        stepScalar(x, xOff + d - L + h, gp[j2 - 1], last + d - L + h, L - h, grad, upd, lr);
        stepScalar(x, xOff, gp[j1], t1, h, grad, upd, lr);
        for (int j = j2 - 1, o = last + h; j >= j1; j--, o -= d) { // last unit first, as weightGradRowShort
            FloatVector g = FloatVector.broadcast(S, gp[j]);
            if (j < j2 - 1) { // unit j+1's g broadcast again: no vector carried around the loop
                FloatVector dw = g.blend(FloatVector.broadcast(S, gp[j + 1]), next).fma(rot, zero);
                int q = o + d - L;
                if (store) dw.intoArray(grad, q);
                if (upd != null) FloatVector.fromArray(S, upd, q).sub(dw.mul(lrv)).intoArray(upd, q);
            }
            if (nv > 1) {
                FloatVector dw = g.fma(r0, zero);
                if (store) dw.intoArray(grad, o);
                if (upd != null) FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o);
            }
            if (nv > 2) {
                FloatVector dw = g.fma(r1, zero);
                if (store) dw.intoArray(grad, o + L);
                if (upd != null) FloatVector.fromArray(S, upd, o + L).sub(dw.mul(lrv)).intoArray(upd, o + L);
            }
            if (nv > 3) {
                FloatVector dw = g.fma(r2, zero);
                if (store) dw.intoArray(grad, o + 2 * L);
                if (upd != null) FloatVector.fromArray(S, upd, o + 2 * L).sub(dw.mul(lrv)).intoArray(upd, o + 2 * L);
            }
        }
    }
    private static void stepScalar(float[] x, int xi, float g, int t, int n, float[] grad, float[] upd, float lr) {
        for (int i = 0; i < n; i++) {
            float dw = Math.fma(g, x[xi + i], 0f);
            if (grad != null) grad[t + i] = dw;
            if (upd != null) upd[t + i] -= dw * lr;
        }
    }
    private static void v2(float[] x, int xOff, int d, float[] gp, int j1, int j2, int t1,
                                                  int h, float[] grad, float[] upd, float lr) {
        final int L = S.length();
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        int nv = d / L, last = t1 + (j2 - 1 - j1) * d;
        boolean store = grad != null;
        // lane l of the vector at a row's offset h + L t holds x[(h + L t + l) mod d]: r0 .. r2 within the row, rot
        // across its end (the rows' last and first vectors of x, lanes from h)
        FloatVector rot = FloatVector.fromArray(S, IOTA2, h).selectFrom(FloatVector.fromArray(S, x, xOff + d - L),
                FloatVector.fromArray(S, x, xOff));
        FloatVector r0 = nv > 1 ? FloatVector.fromArray(S, x, xOff + h) : zero;
        FloatVector r1 = nv > 2 ? FloatVector.fromArray(S, x, xOff + h + L) : zero;
        FloatVector r2 = nv > 3 ? FloatVector.fromArray(S, x, xOff + h + 2 * L) : zero;
        VectorMask<Float> next = VectorMask.fromLong(S, (-1L << (L - h)) & (-1L >>> (64 - L))); // unit j+1's lanes
        // the last unit's last L - h weights and the first unit's first h, one by one
        stepScalar(x, xOff + d - L + h, gp[j2 - 1], last + d - L + h, L - h, grad, upd, lr);
        stepScalar(x, xOff, gp[j1], t1, h, grad, upd, lr);
        for (int j = j1, o = t1 + h; j < j2; j++, o += d) { // last unit first, as weightGradRowShort
            FloatVector g = FloatVector.broadcast(S, gp[j]);
            if (j < j2 - 1) { // unit j+1's g broadcast again: no vector carried around the loop
                FloatVector dw = g.blend(FloatVector.broadcast(S, gp[j + 1]), next).fma(rot, zero);
                int q = o + d - L;
                if (store) dw.intoArray(grad, q);
                if (upd != null) FloatVector.fromArray(S, upd, q).sub(dw.mul(lrv)).intoArray(upd, q);
            }
            if (nv > 1) {
                FloatVector dw = g.fma(r0, zero);
                if (store) dw.intoArray(grad, o);
                if (upd != null) FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o);
            }
            if (nv > 2) {
                FloatVector dw = g.fma(r1, zero);
                if (store) dw.intoArray(grad, o + L);
                if (upd != null) FloatVector.fromArray(S, upd, o + L).sub(dw.mul(lrv)).intoArray(upd, o + L);
            }
            if (nv > 3) {
                FloatVector dw = g.fma(r2, zero);
                if (store) dw.intoArray(grad, o + 2 * L);
                if (upd != null) FloatVector.fromArray(S, upd, o + 2 * L).sub(dw.mul(lrv)).intoArray(upd, o + 2 * L);
            }
        }
    }
    private static void v5(float[] x, int xOff, int d, float[] gp, int j1, int j2, int t1,
                                                  int h, float[] grad, float[] upd, float lr) {
        final int L = S.length();
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        int nv = d / L, last = t1 + (j2 - 1 - j1) * d;
        boolean store = grad != null;
        // lane l of the vector at a row's offset h + L t holds x[(h + L t + l) mod d]: r0 .. r2 within the row, rot
        // across its end (the rows' last and first vectors of x, lanes from h)
        FloatVector rot = FloatVector.fromArray(S, IOTA2, h).selectFrom(FloatVector.fromArray(S, x, xOff + d - L),
                FloatVector.fromArray(S, x, xOff));
        FloatVector r0 = nv > 1 ? FloatVector.fromArray(S, x, xOff + h) : zero;
        FloatVector r1 = nv > 2 ? FloatVector.fromArray(S, x, xOff + h + L) : zero;
        FloatVector r2 = nv > 3 ? FloatVector.fromArray(S, x, xOff + h + 2 * L) : zero;
        VectorMask<Float> next = VectorMask.fromLong(S, (-1L << (L - h)) & (-1L >>> (64 - L))); // unit j+1's lanes
        // the last unit's last L - h weights and the first unit's first h, one by one
        stepScalar(x, xOff + d - L + h, gp[j2 - 1], last + d - L + h, L - h, grad, upd, lr);
        stepScalar(x, xOff, gp[j1], t1, h, grad, upd, lr);
        for (int j = j2 - 1, o = last + h; j >= j1; j--, o -= d) { // last unit first, as weightGradRowShort
            FloatVector g = FloatVector.broadcast(S, gp[j]);
            if (nv > 1) {
                FloatVector dw = g.fma(r0, zero);
                if (store) dw.intoArray(grad, o);
                if (upd != null) FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o);
            }
            if (nv > 2) {
                FloatVector dw = g.fma(r1, zero);
                if (store) dw.intoArray(grad, o + L);
                if (upd != null) FloatVector.fromArray(S, upd, o + L).sub(dw.mul(lrv)).intoArray(upd, o + L);
            }
            if (nv > 3) {
                FloatVector dw = g.fma(r2, zero);
                if (store) dw.intoArray(grad, o + 2 * L);
                if (upd != null) FloatVector.fromArray(S, upd, o + 2 * L).sub(dw.mul(lrv)).intoArray(upd, o + 2 * L);
            }
            if (j < j2 - 1) { // unit j+1's g broadcast again: no vector carried around the loop
                FloatVector dw = g.blend(FloatVector.broadcast(S, gp[j + 1]), next).fma(rot, zero);
                int q = o + d - L;
                if (store) dw.intoArray(grad, q);
                if (upd != null) FloatVector.fromArray(S, upd, q).sub(dw.mul(lrv)).intoArray(upd, q);
            }
        }
    }

    private static void v3(float[] x, int xOff, int d, float[] gp, int j1, int j2, int t1,
                                                  int h, float[] grad, float[] upd, float lr) {
        final int L = S.length();
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        int nv = d / L, last = t1 + (j2 - 1 - j1) * d;
        boolean store = grad != null;
        // lane l of the vector at a row's offset h + L t holds x[(h + L t + l) mod d]: r0 .. r2 within the row, rot
        // across its end (the rows' last and first vectors of x, lanes from h)
        FloatVector rot = FloatVector.fromArray(S, IOTA2, h).selectFrom(FloatVector.fromArray(S, x, xOff + d - L),
                FloatVector.fromArray(S, x, xOff));
        FloatVector r0 = nv > 1 ? FloatVector.fromArray(S, x, xOff + h) : zero;
        FloatVector r1 = nv > 2 ? FloatVector.fromArray(S, x, xOff + h + L) : zero;
        FloatVector r2 = nv > 3 ? FloatVector.fromArray(S, x, xOff + h + 2 * L) : zero;
        VectorMask<Float> next = VectorMask.fromLong(S, (-1L << (L - h)) & (-1L >>> (64 - L))); // unit j+1's lanes
        // the last unit's last L - h weights and the first unit's first h, one by one
        stepScalar(x, xOff + d - L + h, gp[j2 - 1], last + d - L + h, L - h, grad, upd, lr);
        stepScalar(x, xOff, gp[j1], t1, h, grad, upd, lr);
        for (int j = j2 - 1, o = last + h; j >= j1; j--, o -= d) { // last unit first, as weightGradRowShort
            FloatVector g = FloatVector.broadcast(S, gp[j]);
            if (j < j2 - 1) { // unit j+1's g broadcast again: no vector carried around the loop
                FloatVector dw = g.fma(rot, zero);
                int q = o + d - L;
                if (store) dw.intoArray(grad, q);
                if (upd != null) FloatVector.fromArray(S, upd, q).sub(dw.mul(lrv)).intoArray(upd, q);
            }
            if (nv > 1) {
                FloatVector dw = g.fma(r0, zero);
                if (store) dw.intoArray(grad, o);
                if (upd != null) FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o);
            }
            if (nv > 2) {
                FloatVector dw = g.fma(r1, zero);
                if (store) dw.intoArray(grad, o + L);
                if (upd != null) FloatVector.fromArray(S, upd, o + L).sub(dw.mul(lrv)).intoArray(upd, o + L);
            }
            if (nv > 3) {
                FloatVector dw = g.fma(r2, zero);
                if (store) dw.intoArray(grad, o + 2 * L);
                if (upd != null) FloatVector.fromArray(S, upd, o + 2 * L).sub(dw.mul(lrv)).intoArray(upd, o + 2 * L);
            }
        }
    }
    private static void v4(float[] x, int xOff, int d, float[] gp, int j1, int j2, int t1,
                                                  int h, float[] grad, float[] upd, float lr) {
        final int L = S.length();
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        int nv = d / L, last = t1 + (j2 - 1 - j1) * d;
        boolean store = grad != null;
        // lane l of the vector at a row's offset h + L t holds x[(h + L t + l) mod d]: r0 .. r2 within the row, rot
        // across its end (the rows' last and first vectors of x, lanes from h)
        FloatVector rot = FloatVector.fromArray(S, IOTA2, h).selectFrom(FloatVector.fromArray(S, x, xOff + d - L),
                FloatVector.fromArray(S, x, xOff));
        FloatVector r0 = nv > 1 ? FloatVector.fromArray(S, x, xOff + h) : zero;
        FloatVector r1 = nv > 2 ? FloatVector.fromArray(S, x, xOff + h + L) : zero;
        FloatVector r2 = nv > 3 ? FloatVector.fromArray(S, x, xOff + h + 2 * L) : zero;
        VectorMask<Float> next = VectorMask.fromLong(S, (-1L << (L - h)) & (-1L >>> (64 - L))); // unit j+1's lanes
        // the last unit's last L - h weights and the first unit's first h, one by one
        if (false) stepScalar(x, xOff + d - L + h, gp[j2 - 1], last + d - L + h, L - h, grad, upd, lr);
        if (false) stepScalar(x, xOff, gp[j1], t1, h, grad, upd, lr);
        for (int j = j2 - 1, o = last + h; j >= j1; j--, o -= d) { // last unit first, as weightGradRowShort
            FloatVector g = FloatVector.broadcast(S, gp[j]);
            if (j < j2 - 1) { // unit j+1's g broadcast again: no vector carried around the loop
                FloatVector dw = g.blend(FloatVector.broadcast(S, gp[j + 1]), next).fma(rot, zero);
                int q = o + d - L;
                if (store) dw.intoArray(grad, q);
                if (upd != null) FloatVector.fromArray(S, upd, q).sub(dw.mul(lrv)).intoArray(upd, q);
            }
            if (nv > 1) {
                FloatVector dw = g.fma(r0, zero);
                if (store) dw.intoArray(grad, o);
                if (upd != null) FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o);
            }
            if (nv > 2) {
                FloatVector dw = g.fma(r1, zero);
                if (store) dw.intoArray(grad, o + L);
                if (upd != null) FloatVector.fromArray(S, upd, o + L).sub(dw.mul(lrv)).intoArray(upd, o + L);
            }
            if (nv > 3) {
                FloatVector dw = g.fma(r2, zero);
                if (store) dw.intoArray(grad, o + 2 * L);
                if (upd != null) FloatVector.fromArray(S, upd, o + 2 * L).sub(dw.mul(lrv)).intoArray(upd, o + 2 * L);
            }
        }
    }
    private static void weightGradRowShort(float[] x, int xOff, int d, float[] gp, int j1, int j2, int t2,
                                           float[] grad, float[] upd, float lr) {
        final int L = S.length();
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        int nv = d / L;
        boolean store = grad != null;
        FloatVector x0 = FloatVector.fromArray(S, x, xOff);
        FloatVector x1 = nv > 1 ? FloatVector.fromArray(S, x, xOff + L) : zero;
        FloatVector x2 = nv > 2 ? FloatVector.fromArray(S, x, xOff + 2 * L) : zero;
        FloatVector x3 = nv > 3 ? FloatVector.fromArray(S, x, xOff + 3 * L) : zero;
        // rows of 4 vectors of units with g = +-0 left as they are (as in weightGradRow, bitwise the same) when W is
        // large: see SHORT_SKIP_MIN
        boolean skip = shortSkip(d, j2 - j1, grad);
        for (int j = j2 - 1, o = t2 - d; j >= j1; j--, o -= d) {
            float gj = gp[j];
            if (skip && gj == 0f) continue;
            FloatVector g = FloatVector.broadcast(S, gj);
            FloatVector dw = g.fma(x0, zero);
            if (store) dw.intoArray(grad, o);
            if (upd != null) FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o);
            if (nv > 1) {
                dw = g.fma(x1, zero);
                if (store) dw.intoArray(grad, o + L);
                if (upd != null) FloatVector.fromArray(S, upd, o + L).sub(dw.mul(lrv)).intoArray(upd, o + L);
            }
            if (nv > 2) {
                dw = g.fma(x2, zero);
                if (store) dw.intoArray(grad, o + 2 * L);
                if (upd != null)
                    FloatVector.fromArray(S, upd, o + 2 * L).sub(dw.mul(lrv)).intoArray(upd, o + 2 * L);
            }
            if (nv > 3) {
                dw = g.fma(x3, zero);
                if (store) dw.intoArray(grad, o + 3 * L);
                if (upd != null)
                    FloatVector.fromArray(S, upd, o + 3 * L).sub(dw.mul(lrv)).intoArray(upd, o + 3 * L);
            }
        }
    }
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]), v = Integer.parseInt(a[2]);
        float[] p = new float[k * d + 64], x = new float[d], gp = new float[k + 16];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < p.length; i++) p[i] = (float) r.nextGaussian();
        for (int i = 0; i < d; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < k; i++) gp[i] = (float) r.nextGaussian();
        int n = (int) Math.max(20000, 4e8 / (k * d));
        String[] names = {"aligned", "straddle last", "no blend", "no scalar", "short on aligned W", "short split"};
        StringBuilder sb = new StringBuilder(names[v] + " d=" + d + " k=" + k + ":");
        for (int rep = 0; rep < 8; rep++) {
            long t0 = System.nanoTime();
            switch (v) {
                case 0 -> { for (int i = 0; i < n; i++) weightGradRowShortAligned(x, 0, d, gp, 0, k, 0, 12, null, p, 1e-9f); }
                case 1 -> { for (int i = 0; i < n; i++) v5(x, 0, d, gp, 0, k, 0, 12, null, p, 1e-9f); }
                case 2 -> { for (int i = 0; i < n; i++) v3(x, 0, d, gp, 0, k, 0, 12, null, p, 1e-9f); }
                case 3 -> { for (int i = 0; i < n; i++) v4(x, 0, d, gp, 0, k, 0, 12, null, p, 1e-9f); }
                case 4 -> { for (int i = 0; i < n; i++) weightGradRowShort(x, 0, d, gp, 0, k, 12 + k * d, null, p, 1e-9f); }
                default -> { for (int i = 0; i < n; i++) weightGradRowShort(x, 0, d, gp, 0, k, k * d, null, p, 1e-9f); }
            }
            if (rep >= 4) sb.append(String.format(" %.1f", (System.nanoTime() - t0) / 1.0 / n));
        }
        System.out.println(sb);
    }
}
