package dev.twolayer.kernel;
import jdk.incubator.vector.*;
import java.util.*;
/** d=16 batch-1 W step variants: args k variant... ; W at offset off (0: like params; 12: 64-byte aligned) */
public final class WgVar {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static float sinkf;
    static void cur(float[] x, float[] gp, int k, float[] upd, int off, float lr) {
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        FloatVector x0 = FloatVector.fromArray(S, x, 0);
        for (int j = k - 1, o = off + (k - 1) * 16; j >= 0; j--, o -= 16) {
            FloatVector g = FloatVector.broadcast(S, gp[j]);
            FloatVector dw = g.fma(x0, zero);
            FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o);
        }
    }
    static void fwd(float[] x, float[] gp, int k, float[] upd, int off, float lr) {
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        FloatVector x0 = FloatVector.fromArray(S, x, 0);
        for (int j = 0, o = off; j < k; j++, o += 16) {
            FloatVector g = FloatVector.broadcast(S, gp[j]);
            FloatVector dw = g.fma(x0, zero);
            FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o);
        }
    }
    static void nostore(float[] x, float[] gp, int k, float[] upd, int off, float lr) {
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S), acc = zero;
        FloatVector x0 = FloatVector.fromArray(S, x, 0);
        for (int j = k - 1, o = off + (k - 1) * 16; j >= 0; j--, o -= 16) {
            FloatVector g = FloatVector.broadcast(S, gp[j]);
            FloatVector dw = g.fma(x0, zero);
            acc = acc.max(FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)));
        }
        sinkf += acc.lane(3);
    }
    static void nofp(float[] x, float[] gp, int k, float[] upd, int off, float lr) {
        FloatVector x0 = FloatVector.fromArray(S, x, 0);
        for (int j = k - 1, o = off + (k - 1) * 16; j >= 0; j--, o -= 16) {
            FloatVector.fromArray(S, upd, o).intoArray(upd, o);
        }
    }
    static void mask(float[] x, float[] gp, int k, float[] upd, int off, float lr) {
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        FloatVector x0 = FloatVector.fromArray(S, x, 0);
        for (int j = k - 1, o = off + (k - 1) * 16; j >= 0; j--, o -= 16) {
            FloatVector g = FloatVector.broadcast(S, gp[j]);
            FloatVector dw = g.fma(x0, zero);
            FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o, g.compare(VectorOperators.NE, 0f));
        }
    }
    static void skip(float[] x, float[] gp, int k, float[] upd, int off, float lr) {
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        FloatVector x0 = FloatVector.fromArray(S, x, 0);
        for (int j = k - 1, o = off + (k - 1) * 16; j >= 0; j--, o -= 16) {
            float gj = gp[j];
            if (gj == 0f) continue;
            FloatVector g = FloatVector.broadcast(S, gj);
            FloatVector dw = g.fma(x0, zero);
            FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o);
        }
    }
    public static void main(String[] a) {
        int k = Integer.parseInt(a[0]);
        for (int ai = 1; ai < a.length; ai++) {
            String v = a[ai];
            int off = v.endsWith("A") ? 12 : 0;
            String base = v.replace("A", "");
            float[] x = new float[16], gp = new float[k], upd = new float[off + 16 * k + 16];
            SplittableRandom r = new SplittableRandom(3);
            for (int i = 0; i < 16; i++) x[i] = (float) r.nextGaussian();
            for (int i = 0; i < k; i++) gp[i] = r.nextBoolean() ? (float) r.nextGaussian() : 0f;
            for (int i = 0; i < upd.length; i++) upd[i] = (float) r.nextGaussian();
            int n = 50_000_000 / k;
            double best = 1e9;
            for (int rep = 0; rep < 8; rep++) {
                long t0 = System.nanoTime();
                switch (base) {
                    case "cur" -> { for (int i = 0; i < n; i++) cur(x, gp, k, upd, off, 1e-9f); }
                    case "fwd" -> { for (int i = 0; i < n; i++) fwd(x, gp, k, upd, off, 1e-9f); }
                    case "nostore" -> { for (int i = 0; i < n; i++) nostore(x, gp, k, upd, off, 1e-9f); }
                    case "mask" -> { for (int i = 0; i < n; i++) mask(x, gp, k, upd, off, 1e-9f); }
                    case "skip" -> { for (int i = 0; i < n; i++) skip(x, gp, k, upd, off, 1e-9f); }
                    case "nofp" -> { for (int i = 0; i < n; i++) nofp(x, gp, k, upd, off, 1e-9f); }
                }
                long t1 = System.nanoTime();
                if (rep >= 4) best = Math.min(best, (t1 - t0) / (double) n / k);
            }
            System.out.printf("k=%d %s %.3f ns/unit%n", k, v, best);
        }
    }
}
