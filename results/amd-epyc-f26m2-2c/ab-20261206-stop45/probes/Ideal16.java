import jdk.incubator.vector.*;
import java.util.SplittableRandom;

/** Throwaway: a lean one-row step at d=64 k=8 (16 lanes), padded arrays, no masks. */
public class Ideal16 {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final int L = 16; static final boolean COPY = Boolean.getBoolean("copy");
    static final VectorShuffle<Float> SW0 = shuf(1), SW1 = shuf(2), SW2 = shuf(4), SW3 = shuf(8);
    static final VectorMask<Float> B0 = bit(1), B1 = bit(2), B2 = bit(4);
    static final VectorShuffle<Float> BC0 = bc(0), BC1 = bc(1), BC2 = bc(2), BC3 = bc(3), BC4 = bc(4), BC5 = bc(5), BC6 = bc(6), BC7 = bc(7);
    static VectorShuffle<Float> bc(int j) { return VectorShuffle.fromOp(S, i -> j); }
    static VectorShuffle<Float> shuf(int m) { return VectorShuffle.fromOp(S, i -> i ^ m); }
    static VectorMask<Float> bit(int m) { boolean[] b = new boolean[16]; for (int i = 0; i < 16; i++) b[i] = (i & m) != 0; return VectorMask.fromArray(S, b, 0); }

    // params: W (8 x 64) at 0, b at 128 (16 lanes room), a at 144 (16 room), c at 160
    static float step(float[] p, float[] q, float[] x, int xi, float t, float ei, float lr) {
        FloatVector x0 = FloatVector.fromArray(S, x, xi), x1 = FloatVector.fromArray(S, x, xi + 16);
        FloatVector x2 = FloatVector.fromArray(S, x, xi + 32), x3 = FloatVector.fromArray(S, x, xi + 48);
        FloatVector a0 = FloatVector.fromArray(S, p, 0).mul(x0), a1 = FloatVector.fromArray(S, p, 16).mul(x0);
        FloatVector a2 = FloatVector.fromArray(S, p, 32).mul(x0), a3 = FloatVector.fromArray(S, p, 48).mul(x0);
        FloatVector a4 = FloatVector.fromArray(S, p, 64).mul(x0), a5 = FloatVector.fromArray(S, p, 80).mul(x0);
        FloatVector a6 = FloatVector.fromArray(S, p, 96).mul(x0), a7 = FloatVector.fromArray(S, p, 112).mul(x0);
        FloatVector u01 = a0.blend(a1, B0).add(a0.rearrange(SW0, a1)); // wrong pairing semantics ok for timing
        FloatVector u23 = a2.blend(a3, B0).add(a2.rearrange(SW0, a3));
        FloatVector u45 = a4.blend(a5, B0).add(a4.rearrange(SW0, a5));
        FloatVector u67 = a6.blend(a7, B0).add(a6.rearrange(SW0, a7));
        FloatVector q0 = u01.blend(u23, B1).add(u01.rearrange(SW1, u23));
        FloatVector q1 = u45.blend(u67, B1).add(u45.rearrange(SW1, u67));
        FloatVector h = q0.blend(q1, B2).add(q0.rearrange(SW2, q1));
        FloatVector r = h.add(h.rearrange(SW3));
        FloatVector b = FloatVector.fromArray(S, p, 128), a = FloatVector.fromArray(S, p, 144);
        FloatVector z = r.add(b);
        FloatVector hv = z.max(0f);
        FloatVector y = hv.mul(a);
        y = y.add(y.rearrange(SW0)); y = y.add(y.rearrange(SW1)); y = y.add(y.rearrange(SW2)); y = y.add(y.rearrange(SW3));
        FloatVector e = y.add(p[160] - t).mul(ei);
        FloatVector g = a.mul(e).blend(0f, z.compare(VectorOperators.LE, 0f));
        FloatVector lrv = FloatVector.broadcast(S, lr);
        a.sub(hv.mul(e).mul(lrv)).intoArray(q, 144);
        b.sub(g.mul(lrv)).intoArray(q, 128);
        FloatVector gb0 = g.rearrange(BC0);
        FloatVector.fromArray(S, p, 0).sub(gb0.mul(x0).mul(lrv)).intoArray(q, 0);
        FloatVector gb1 = g.rearrange(BC1);
        FloatVector.fromArray(S, p, 16).sub(gb1.mul(x0).mul(lrv)).intoArray(q, 16);
        FloatVector gb2 = g.rearrange(BC2);
        FloatVector.fromArray(S, p, 32).sub(gb2.mul(x0).mul(lrv)).intoArray(q, 32);
        FloatVector gb3 = g.rearrange(BC3);
        FloatVector.fromArray(S, p, 48).sub(gb3.mul(x0).mul(lrv)).intoArray(q, 48);
        FloatVector gb4 = g.rearrange(BC4);
        FloatVector.fromArray(S, p, 64).sub(gb4.mul(x0).mul(lrv)).intoArray(q, 64);
        FloatVector gb5 = g.rearrange(BC5);
        FloatVector.fromArray(S, p, 80).sub(gb5.mul(x0).mul(lrv)).intoArray(q, 80);
        FloatVector gb6 = g.rearrange(BC6);
        FloatVector.fromArray(S, p, 96).sub(gb6.mul(x0).mul(lrv)).intoArray(q, 96);
        FloatVector gb7 = g.rearrange(BC7);
        FloatVector.fromArray(S, p, 112).sub(gb7.mul(x0).mul(lrv)).intoArray(q, 112);
        return e.lane(0);
    }
    static FloatVector dot(float[] p, int o, FloatVector x0, FloatVector x1, FloatVector x2, FloatVector x3) {
        FloatVector s = FloatVector.fromArray(S, p, o).mul(x0);
        s = FloatVector.fromArray(S, p, o + 16).fma(x1, s);
        s = FloatVector.fromArray(S, p, o + 32).fma(x2, s);
        return FloatVector.fromArray(S, p, o + 48).fma(x3, s);
    }
    static void upd(float[] p, int o, FloatVector g, FloatVector x0, FloatVector x1, FloatVector x2, FloatVector x3, FloatVector lrv) {
        FloatVector.fromArray(S, p, o).sub(g.mul(x0).mul(lrv)).intoArray(p, o);
        FloatVector.fromArray(S, p, o + 16).sub(g.mul(x1).mul(lrv)).intoArray(p, o + 16);
        FloatVector.fromArray(S, p, o + 32).sub(g.mul(x2).mul(lrv)).intoArray(p, o + 32);
        FloatVector.fromArray(S, p, o + 48).sub(g.mul(x3).mul(lrv)).intoArray(p, o + 48);
    }
    public static void main(String[] args) {
        SplittableRandom rng = new SplittableRandom(1);
        float[] p = new float[560];
        for (int i = 0; i < 545; i++) p[i] = (float) (rng.nextGaussian() * 0.17);
        for (int i = 128; i < 144; i++) p[i] = i < 520 ? 0 : 0;
        float[] x = new float[64 * 64], t = new float[4099];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        for (int i = 0; i < t.length; i++) t[i] = (float) rng.nextGaussian();
        int n = 5_000_000; float[] p2 = p.clone();
        for (int rep = 0; rep < 6; rep++) {
            double s = 0; int nt = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) { s += step(p, COPY ? p2 : p, x, (i & 63) * 16, t[nt], 1f, 1e-4f); nt = nt + 1 == 4099 ? 0 : nt + 1; }
            System.out.printf("ideal %.1f ns %s%n", (System.nanoTime() - t0) / (double) n, s == 42 ? "!" : "");
        }
    }
}
