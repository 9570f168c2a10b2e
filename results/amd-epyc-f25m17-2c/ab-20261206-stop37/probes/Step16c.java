import jdk.incubator.vector.*;
/** The W step at d=16 (rows of one 512-bit vector): how fast can 64 rows go? */
public class Step16c {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static void cur(float[] x, int xOff, float[] gp, int j1, int j2, int t2, float[] grad, float[] upd, float lr) {
        final int L = 16; int d = 16;
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        boolean store = grad != null;
        FloatVector x0 = FloatVector.fromArray(S, x, xOff);
        for (int j = j1, o = t2 - (j2 - j1) * d; j < j2; j++, o += d) {
            FloatVector g = FloatVector.broadcast(S, gp[j]);
            FloatVector dw = g.fma(x0, zero);
            if (store) dw.intoArray(grad, o);
            if (upd != null) FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o);
        }
    }
    static void plain(float[] x, int xOff, float[] gp, int j1, int j2, int t1, float[] upd, float lr) {
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        FloatVector x0 = FloatVector.fromArray(S, x, xOff);
        for (int j = j1, o = t1; j < j2; j++, o += 16) {
            FloatVector dw = FloatVector.broadcast(S, gp[j]).fma(x0, zero);
            FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o);
        }
    }
    // g as a vector: 16 units' g loaded once, each lane broadcast by a permute (no scalar loads)
    static void lanes(float[] x, int xOff, float[] gp, int j1, int j2, int t1, float[] upd, float lr) {
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        FloatVector x0 = FloatVector.fromArray(S, x, xOff);
        for (int j = j1, o = t1; j < j2; j += 16, o += 256) {
            FloatVector gv = FloatVector.fromArray(S, gp, j);
            for (int l = 0; l < 16; l++) {
                FloatVector dw = gv.rearrange(BC[l]).fma(x0, zero);
                FloatVector.fromArray(S, upd, o + 16 * l).sub(dw.mul(lrv)).intoArray(upd, o + 16 * l);
            }
        }
    }
    static final VectorShuffle<Float>[] BC = new VectorShuffle[16];
    static { for (int l = 0; l < 16; l++) { final int ll = l; BC[l] = VectorShuffle.fromOp(S, i -> ll); } }
    // unrolled by 4 with independent broadcast
    static void unr4(float[] x, int xOff, float[] gp, int j1, int j2, int t1, float[] upd, float lr) {
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        FloatVector x0 = FloatVector.fromArray(S, x, xOff), xl = x0.mul(lrv);
        for (int j = j1, o = t1; j < j2; j++, o += 16) {
            FloatVector w = FloatVector.fromArray(S, upd, o);
            w.sub(FloatVector.broadcast(S, gp[j]).mul(xl)).intoArray(upd, o);
        }
    }

    static float noStore(float[] x, int xOff, float[] gp, int j1, int j2, int t1, float[] upd, float lr) {
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S), acc = zero;
        FloatVector x0 = FloatVector.fromArray(S, x, xOff);
        for (int j = j1, o = t1; j < j2; j++, o += 16) {
            FloatVector dw = FloatVector.broadcast(S, gp[j]).fma(x0, zero);
            acc = acc.add(FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)));
        }
        return acc.lane(3);
    }
    static void storeOnly(float[] x, int xOff, float[] gp, int j1, int j2, int t1, float[] upd, float lr) {
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        FloatVector x0 = FloatVector.fromArray(S, x, xOff);
        for (int j = j1, o = t1; j < j2; j++, o += 16) {
            FloatVector.broadcast(S, gp[j]).fma(x0, zero).intoArray(upd, o);
        }
    }
    static final int[] LIST = new int[4096];
    static void list(float[] x, int xOff, float[] gp, int j1, int j2, int t1, float[] upd, float lr) {
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        FloatVector x0 = FloatVector.fromArray(S, x, xOff);
        int n = 0;
        for (int j = j1; j < j2; j++) if (gp[j] != 0f) LIST[n++] = j; // precomputed-style list (cost included)
        for (int c = 0; c < n; c++) {
            int j = LIST[c], o = t1 + 16 * j;
            FloatVector dw = FloatVector.broadcast(S, gp[j]).fma(x0, zero);
            FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o);
        }
    }

    static void bits(float[] x, int xOff, float[] gp, int j1, int j2, int t1, float[] upd, float lr) {
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        FloatVector x0 = FloatVector.fromArray(S, x, xOff);
        for (int j0 = j1; j0 < j2; j0 += 64) { // k multiple of 64 here
            long m = FloatVector.fromArray(S, gp, j0).compare(VectorOperators.NE, 0f).toLong()
                    | FloatVector.fromArray(S, gp, j0 + 16).compare(VectorOperators.NE, 0f).toLong() << 16
                    | FloatVector.fromArray(S, gp, j0 + 32).compare(VectorOperators.NE, 0f).toLong() << 32
                    | FloatVector.fromArray(S, gp, j0 + 48).compare(VectorOperators.NE, 0f).toLong() << 48;
            while (m != 0) {
                int j = j0 + Long.numberOfTrailingZeros(m);
                m &= m - 1;
                int o = t1 + 16 * (j - j1);
                FloatVector dw = FloatVector.broadcast(S, gp[j]).fma(x0, zero);
                FloatVector.fromArray(S, upd, o).sub(dw.mul(lrv)).intoArray(upd, o);
            }
        }
    }
    public static void main(String[] a) {
        int k = Integer.parseInt(a[0]), off = Integer.parseInt(a[1]);
        float[] upd = new float[off + k * 16 + 64], x = new float[16 * 64];
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < upd.length; i++) upd[i] = (float) r.nextGaussian();
        for (int i = 0; i < x.length; i++) x[i] = (float) r.nextGaussian();
        float[][] gps = new float[64][k + 16]; for (float[] g : gps) for (int i = 0; i < k; i++) g[i] = r.nextBoolean() ? (float) r.nextGaussian() : 0f;
        String[] names = {"current", "plain", "noStore", "storeOnly", "list(branchy build)", "bits"};
        for (int round = 0; round < 4; round++) for (int v = 0; v < names.length; v++) {
            int reps = 4_000_000; long t0 = 0;
            for (int pass = 0; pass < 2; pass++) {
                if (pass == 1) t0 = System.nanoTime();
                for (int i = 0; i < reps; i++) {
                    int xo = (i & 63) * 16; float[] gp = gps[(i * 7) & 63];
                    switch (v) {
                        case 0 -> cur(x, xo, gp, 0, k, off + k * 16, null, upd, 1e-6f);
                        case 1 -> plain(x, xo, gp, 0, k, off, upd, 1e-6f);
                        case 2 -> upd[7] += noStore(x, xo, gp, 0, k, off, upd, 1e-6f) * 1e-30f;
                        case 3 -> storeOnly(x, xo, gp, 0, k, off, upd, 1e-6f);
                        case 4 -> list(x, xo, gp, 0, k, off, upd, 1e-6f);
                        default -> bits(x, xo, gp, 0, k, off, upd, 1e-6f);
                    }
                }
            }
            System.out.printf("k=%d off=%d %-16s %6.1f ns%n", k, off, names[v], (System.nanoTime() - t0) / (double) reps);
        }
        System.out.println(upd[5]);
    }
}
