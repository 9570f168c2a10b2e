import jdk.incubator.vector.*;
import java.util.*;
public final class Step {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static void cur(float[] x, float[] gp, int k, float[] upd, float lr) {
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S), x0 = FloatVector.fromArray(S, x, 0);
        for (int j = k - 1, o = (k - 1) * 16; j >= 0; j--, o -= 16) {
            FloatVector dw = FloatVector.broadcast(S, gp[j]).fma(x0, zero);
            FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o);
        }
    }
    static void fwd(float[] x, float[] gp, int k, float[] upd, float lr) {
        FloatVector lrv = FloatVector.broadcast(S, lr), x0 = FloatVector.fromArray(S, x, 0);
        for (int j = 0, o = 0; j < k; j++, o += 16) {
            FloatVector dw = FloatVector.broadcast(S, gp[j]).mul(x0);
            FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o);
        }
    }
    static void mulrev(float[] x, float[] gp, int k, float[] upd, float lr) {
        FloatVector lrv = FloatVector.broadcast(S, lr), x0 = FloatVector.fromArray(S, x, 0);
        for (int j = k - 1, o = (k - 1) * 16; j >= 0; j--, o -= 16) {
            FloatVector dw = FloatVector.broadcast(S, gp[j]).mul(x0);
            FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o);
        }
    }
    // data at byte 16: aligned vectors start at float 12 + 16 t: lanes 0..3 unit t (its floats 12..15), 4..15 unit t+1
    static void al(float[] x, float[] gp, int k, float[] upd, float lr) {
        FloatVector lrv = FloatVector.broadcast(S, lr);
        VectorMask<Float> hi = VectorMask.fromLong(S, 0xFFF0L);
        float[] xr = new float[16]; // lane c: x[(c + 12) & 15]
        for (int c = 0; c < 16; c++) xr[c] = x[(c + 12) & 15];
        FloatVector xv = FloatVector.fromArray(S, xr, 0);
        // head: unit 0's floats 0..11 (masked, unaligned)
        FloatVector g0 = FloatVector.broadcast(S, gp[0]);
        VectorMask<Float> head = VectorMask.fromLong(S, 0x0FFFL);
        FloatVector x0 = FloatVector.fromArray(S, x, 0);
        FloatVector.fromArray(S, upd, 0, head).sub(g0.mul(x0).mul(lrv)).intoArray(upd, 0, head);
        int o = 12;
        for (int t = 0; t + 1 < k; t++, o += 16) {
            FloatVector g1 = FloatVector.broadcast(S, gp[t + 1]);
            FloatVector dw = g0.blend(g1, hi).mul(xv);
            FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o);
            g0 = g1;
        }
        VectorMask<Float> tail = VectorMask.fromLong(S, 0x000FL);
        FloatVector.fromArray(S, upd, o, tail).sub(g0.mul(xv).mul(lrv)).intoArray(upd, o, tail);
    }
    static void scal(float[] x, float[] gp, int k, float[] upd, float lr) {
        for (int j = 0, o = 0; j < k; j++, o += 16) { float g = gp[j];
            for (int p = 0; p < 16; p++) upd[o + p] -= lr * (g * x[p]); }
    }
    public static void main(String[] a) {
        int k = Integer.parseInt(a[0]); SplittableRandom r = new SplittableRandom(1);
        float[] w = new float[k * 16], x = new float[16], g = new float[k];
        for (int i = 0; i < w.length; i++) w[i] = (float) r.nextGaussian(); for (int i = 0; i < 16; i++) x[i] = (float) r.nextGaussian();
        for (int i = 0; i < k; i++) g[i] = (float) r.nextGaussian();
        float[] w2 = w.clone(); cur(x, g, k, w, 0.01f); al(x, g, k, w2, 0.01f); System.out.println("same: " + Arrays.equals(w, w2));
        int n = 20_000_000 / k;
        for (int rep = 0; rep < 6; rep++) {
            long t0 = System.nanoTime(); for (int i = 0; i < n; i++) cur(x, g, k, w, 1e-9f);
            long t1 = System.nanoTime(); for (int i = 0; i < n; i++) fwd(x, g, k, w, 1e-9f);
            long t2 = System.nanoTime(); for (int i = 0; i < n; i++) mulrev(x, g, k, w, 1e-9f);
            long t3 = System.nanoTime(); for (int i = 0; i < n; i++) scal(x, g, k, w, 1e-9f);
            long t4 = System.nanoTime(); for (int i = 0; i < n; i++) al(x, g, k, w, 1e-9f); long t5 = System.nanoTime();
            if (rep > 2) System.out.printf("k=%d ns/unit cur %.2f fwd %.2f mulrev %.2f autovec %.2f aligned %.2f%n", k, (t1-t0)/(double)n/k, (t2-t1)/(double)n/k, (t3-t2)/(double)n/k, (t4-t3)/(double)n/k, (t5-t4)/(double)n/k);
        }
    }
}
