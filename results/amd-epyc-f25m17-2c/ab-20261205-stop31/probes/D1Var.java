package dev.twolayer.kernel;
import jdk.incubator.vector.*;
import java.util.*;
/** d=1 batch-1 unitsRow variants, in-JVM. args: variant k ... */
public final class D1Var {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final float[] XOR_LANES = new float[4 * 16];
    static { for (int b = 0; b < 4; b++) for (int l = 0; l < 16; l++) XOR_LANES[b * 16 + l] = l ^ (8 >> b); }
    static double sink;

    static float out0(float xv, float[] w, int k, int offB, int offA, float c, float slope, int tail) {
        final int L = S.length();
        FloatVector x0 = FloatVector.broadcast(S, xv), y0 = FloatVector.zero(S);
        for (int j = 0; j < k; j += L) {
            VectorMask<Float> mk = S.indexInRange(j, k);
            boolean whole = j + L <= k;
            FloatVector wv = whole ? FloatVector.fromArray(S, w, j) : FloatVector.fromArray(S, w, j, mk);
            FloatVector av = whole ? FloatVector.fromArray(S, w, offA + j) : FloatVector.fromArray(S, w, offA + j, mk);
            FloatVector bv = offB < 0 ? FloatVector.zero(S)
                    : whole ? FloatVector.fromArray(S, w, offB + j) : FloatVector.fromArray(S, w, offB + j, mk);
            FloatVector z0 = wv.fma(x0, bv);
            y0 = z0.blend(z0.mul(slope), z0.lt(0f)).fma(av, y0);
        }
        if (tail == 0) {
            for (int b = 0; (1 << b) < L; b++) y0 = y0.add(FloatVector.fromArray(S, XOR_LANES, b * L).selectFrom(y0));
            return y0.lane(0) + c;
        }
        for (int b = 0; b < 2; b++) y0 = y0.add(FloatVector.fromArray(S, XOR_LANES, b * L).selectFrom(y0));
        return ((y0.lane(0) + y0.lane(2)) + (y0.lane(1) + y0.lane(3))) + c;
    }

    static void grad0(float xv, float e, float[] w, int k, int offB, int offA, float slope, boolean trainA,
                      float[] grad, float[] upd, float lr, int mode) {
        final int L = S.length();
        FloatVector x0 = FloatVector.broadcast(S, xv), ei = FloatVector.broadcast(S, e), zero = FloatVector.zero(S);
        for (int j = 0; j < k; j += L) {
            VectorMask<Float> mk = S.indexInRange(j, k);
            boolean whole = j + L <= k;
            FloatVector wv = whole ? FloatVector.fromArray(S, w, j) : FloatVector.fromArray(S, w, j, mk);
            FloatVector av = whole ? FloatVector.fromArray(S, w, offA + j) : FloatVector.fromArray(S, w, offA + j, mk);
            FloatVector bv = offB < 0 ? zero
                    : whole ? FloatVector.fromArray(S, w, offB + j) : FloatVector.fromArray(S, w, offB + j, mk);
            FloatVector z = wv.fma(x0, bv);
            FloatVector dA = trainA ? z.blend(z.mul(slope), z.lt(0f)).fma(ei, zero) : zero;
            FloatVector g;
            if (mode == 1 && slope == 0f) {
                g = av.blend(av.mul(slope), z.compare(VectorOperators.LE, 0f)).mul(ei);
            } else {
                g = av.mul(ei);
                g = g.blend(g.mul(slope), z.compare(VectorOperators.LE, 0f));
            }
            FloatVector dB = zero.add(g), dW = g.fma(x0, zero);
            if (grad != null) {
                dW.intoArray(grad, j, mk);
                if (offB >= 0) dB.intoArray(grad, offB + j, mk);
                dA.intoArray(grad, offA + j, mk);
            }
            if (upd != null) {
                if (mode == 2 && whole) {
                    wv.sub(dW.mul(lr)).intoArray(upd, j);
                    if (offB >= 0) bv.sub(dB.mul(lr)).intoArray(upd, offB + j);
                    if (trainA) av.sub(dA.mul(lr)).intoArray(upd, offA + j);
                } else {
                    wv.sub(dW.mul(lr)).intoArray(upd, j, mk);
                    if (offB >= 0) bv.sub(dB.mul(lr)).intoArray(upd, offB + j, mk);
                    if (trainA) av.sub(dA.mul(lr)).intoArray(upd, offA + j, mk);
                }
            }
        }
    }

    static float row(int v, float xv, float t, float eScale, float[] w, int k, int offB, int offA, float c, float lr) {
        float y = out0(xv, w, k, offB, offA, c, 0f, v & 1);
        grad0(xv, eScale * (y - t), w, k, offB, offA, 0f, true, null, w, lr, v >> 1);
        return y;
    }

    public static void main(String[] a) {
        int v = Integer.parseInt(a[0]);
        for (int ai = 1; ai < a.length; ai++) {
            int k = Integer.parseInt(a[ai]);
            SplittableRandom r = new SplittableRandom(7);
            float[] p = new float[3 * k + 1];
            for (int i = 0; i < p.length; i++) p[i] = (float) r.nextGaussian();
            int offB = k, offA = 2 * k;
            int n = 3_000_000;
            for (int rep = 0; rep < 10; rep++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) sink += row(v, 0.7f, 0.3f, 1f, p, k, offB, offA, p[3 * k], 1e-9f);
                long t1 = System.nanoTime();
                if (rep >= 6) System.out.printf("v=%d k=%d %.1f ns%n", v, k, (t1 - t0) / (double) n);
            }
        }
    }
}
