import jdk.incubator.vector.*;
import java.util.SplittableRandom;

/** Throwaway: a lean one-row step at d=64 k=8 (16 lanes), padded arrays, no masks. */
public class Ideal {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final int L = 16; static final boolean COPY = Boolean.getBoolean("copy");
    static final VectorShuffle<Float> SW0 = shuf(1), SW1 = shuf(2), SW2 = shuf(4), SW3 = shuf(8);
    static final VectorMask<Float> B0 = bit(1), B1 = bit(2), B2 = bit(4);
    static final VectorShuffle<Float> BC0 = bc(0), BC1 = bc(1), BC2 = bc(2), BC3 = bc(3), BC4 = bc(4), BC5 = bc(5), BC6 = bc(6), BC7 = bc(7);
    static VectorShuffle<Float> bc(int j) { return VectorShuffle.fromOp(S, i -> j); }
    static VectorShuffle<Float> shuf(int m) { return VectorShuffle.fromOp(S, i -> i ^ m); }
    static VectorMask<Float> bit(int m) { boolean[] b = new boolean[16]; for (int i = 0; i < 16; i++) b[i] = (i & m) != 0; return VectorMask.fromArray(S, b, 0); }

    // params: W (8 x 64) at 0, b at 512 (16 lanes room), a at 528 (16 room), c at 544
    static float step(float[] p, float[] q, float[] x, int xi, float t, float ei, float lr) {
        FloatVector x0 = FloatVector.fromArray(S, x, xi), x1 = FloatVector.fromArray(S, x, xi + 16);
        FloatVector x2 = FloatVector.fromArray(S, x, xi + 32), x3 = FloatVector.fromArray(S, x, xi + 48);
        FloatVector a0 = FloatVector.fromArray(S, p, 48).fma(x3, FloatVector.fromArray(S, p, 32).fma(x2, FloatVector.fromArray(S, p, 16).fma(x1, FloatVector.fromArray(S, p, 0).mul(x0)))), a1 = FloatVector.fromArray(S, p, 112).fma(x3, FloatVector.fromArray(S, p, 96).fma(x2, FloatVector.fromArray(S, p, 80).fma(x1, FloatVector.fromArray(S, p, 64).mul(x0))));
        FloatVector a2 = FloatVector.fromArray(S, p, 176).fma(x3, FloatVector.fromArray(S, p, 160).fma(x2, FloatVector.fromArray(S, p, 144).fma(x1, FloatVector.fromArray(S, p, 128).mul(x0)))), a3 = FloatVector.fromArray(S, p, 240).fma(x3, FloatVector.fromArray(S, p, 224).fma(x2, FloatVector.fromArray(S, p, 208).fma(x1, FloatVector.fromArray(S, p, 192).mul(x0))));
        FloatVector a4 = FloatVector.fromArray(S, p, 304).fma(x3, FloatVector.fromArray(S, p, 288).fma(x2, FloatVector.fromArray(S, p, 272).fma(x1, FloatVector.fromArray(S, p, 256).mul(x0)))), a5 = FloatVector.fromArray(S, p, 368).fma(x3, FloatVector.fromArray(S, p, 352).fma(x2, FloatVector.fromArray(S, p, 336).fma(x1, FloatVector.fromArray(S, p, 320).mul(x0))));
        FloatVector a6 = FloatVector.fromArray(S, p, 432).fma(x3, FloatVector.fromArray(S, p, 416).fma(x2, FloatVector.fromArray(S, p, 400).fma(x1, FloatVector.fromArray(S, p, 384).mul(x0)))), a7 = FloatVector.fromArray(S, p, 496).fma(x3, FloatVector.fromArray(S, p, 480).fma(x2, FloatVector.fromArray(S, p, 464).fma(x1, FloatVector.fromArray(S, p, 448).mul(x0))));
        FloatVector u01 = a0.blend(a1, B0).add(a0.rearrange(SW0, a1)); // wrong pairing semantics ok for timing
        FloatVector u23 = a2.blend(a3, B0).add(a2.rearrange(SW0, a3));
        FloatVector u45 = a4.blend(a5, B0).add(a4.rearrange(SW0, a5));
        FloatVector u67 = a6.blend(a7, B0).add(a6.rearrange(SW0, a7));
        FloatVector q0 = u01.blend(u23, B1).add(u01.rearrange(SW1, u23));
        FloatVector q1 = u45.blend(u67, B1).add(u45.rearrange(SW1, u67));
        FloatVector h = q0.blend(q1, B2).add(q0.rearrange(SW2, q1));
        FloatVector r = h.add(h.rearrange(SW3));
        FloatVector b = FloatVector.fromArray(S, p, 512), a = FloatVector.fromArray(S, p, 528);
        FloatVector z = r.add(b);
        FloatVector hv = z.max(0f);
        FloatVector y = hv.mul(a);
        y = y.add(y.rearrange(SW0)); y = y.add(y.rearrange(SW1)); y = y.add(y.rearrange(SW2)); y = y.add(y.rearrange(SW3));
        FloatVector e = y.add(p[544] - t).mul(ei);
        FloatVector g = a.mul(e).blend(0f, z.compare(VectorOperators.LE, 0f));
        FloatVector lrv = FloatVector.broadcast(S, lr);
        a.sub(hv.mul(e).mul(lrv)).intoArray(q, 528);
        b.sub(g.mul(lrv)).intoArray(q, 512);
        FloatVector gb0 = g.rearrange(BC0);
        FloatVector.fromArray(S, p, 0).sub(gb0.mul(x0).mul(lrv)).intoArray(q, 0);
        FloatVector.fromArray(S, p, 16).sub(gb0.mul(x1).mul(lrv)).intoArray(q, 16);
        FloatVector.fromArray(S, p, 32).sub(gb0.mul(x2).mul(lrv)).intoArray(q, 32);
        FloatVector.fromArray(S, p, 48).sub(gb0.mul(x3).mul(lrv)).intoArray(q, 48);
        FloatVector gb1 = g.rearrange(BC1);
        FloatVector.fromArray(S, p, 64).sub(gb1.mul(x0).mul(lrv)).intoArray(q, 64);
        FloatVector.fromArray(S, p, 80).sub(gb1.mul(x1).mul(lrv)).intoArray(q, 80);
        FloatVector.fromArray(S, p, 96).sub(gb1.mul(x2).mul(lrv)).intoArray(q, 96);
        FloatVector.fromArray(S, p, 112).sub(gb1.mul(x3).mul(lrv)).intoArray(q, 112);
        FloatVector gb2 = g.rearrange(BC2);
        FloatVector.fromArray(S, p, 128).sub(gb2.mul(x0).mul(lrv)).intoArray(q, 128);
        FloatVector.fromArray(S, p, 144).sub(gb2.mul(x1).mul(lrv)).intoArray(q, 144);
        FloatVector.fromArray(S, p, 160).sub(gb2.mul(x2).mul(lrv)).intoArray(q, 160);
        FloatVector.fromArray(S, p, 176).sub(gb2.mul(x3).mul(lrv)).intoArray(q, 176);
        FloatVector gb3 = g.rearrange(BC3);
        FloatVector.fromArray(S, p, 192).sub(gb3.mul(x0).mul(lrv)).intoArray(q, 192);
        FloatVector.fromArray(S, p, 208).sub(gb3.mul(x1).mul(lrv)).intoArray(q, 208);
        FloatVector.fromArray(S, p, 224).sub(gb3.mul(x2).mul(lrv)).intoArray(q, 224);
        FloatVector.fromArray(S, p, 240).sub(gb3.mul(x3).mul(lrv)).intoArray(q, 240);
        FloatVector gb4 = g.rearrange(BC4);
        FloatVector.fromArray(S, p, 256).sub(gb4.mul(x0).mul(lrv)).intoArray(q, 256);
        FloatVector.fromArray(S, p, 272).sub(gb4.mul(x1).mul(lrv)).intoArray(q, 272);
        FloatVector.fromArray(S, p, 288).sub(gb4.mul(x2).mul(lrv)).intoArray(q, 288);
        FloatVector.fromArray(S, p, 304).sub(gb4.mul(x3).mul(lrv)).intoArray(q, 304);
        FloatVector gb5 = g.rearrange(BC5);
        FloatVector.fromArray(S, p, 320).sub(gb5.mul(x0).mul(lrv)).intoArray(q, 320);
        FloatVector.fromArray(S, p, 336).sub(gb5.mul(x1).mul(lrv)).intoArray(q, 336);
        FloatVector.fromArray(S, p, 352).sub(gb5.mul(x2).mul(lrv)).intoArray(q, 352);
        FloatVector.fromArray(S, p, 368).sub(gb5.mul(x3).mul(lrv)).intoArray(q, 368);
        FloatVector gb6 = g.rearrange(BC6);
        FloatVector.fromArray(S, p, 384).sub(gb6.mul(x0).mul(lrv)).intoArray(q, 384);
        FloatVector.fromArray(S, p, 400).sub(gb6.mul(x1).mul(lrv)).intoArray(q, 400);
        FloatVector.fromArray(S, p, 416).sub(gb6.mul(x2).mul(lrv)).intoArray(q, 416);
        FloatVector.fromArray(S, p, 432).sub(gb6.mul(x3).mul(lrv)).intoArray(q, 432);
        FloatVector gb7 = g.rearrange(BC7);
        FloatVector.fromArray(S, p, 448).sub(gb7.mul(x0).mul(lrv)).intoArray(q, 448);
        FloatVector.fromArray(S, p, 464).sub(gb7.mul(x1).mul(lrv)).intoArray(q, 464);
        FloatVector.fromArray(S, p, 480).sub(gb7.mul(x2).mul(lrv)).intoArray(q, 480);
        FloatVector.fromArray(S, p, 496).sub(gb7.mul(x3).mul(lrv)).intoArray(q, 496);
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
        for (int i = 512; i < 528; i++) p[i] = i < 520 ? 0 : 0;
        float[] x = new float[64 * 64], t = new float[4099];
        for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
        for (int i = 0; i < t.length; i++) t[i] = (float) rng.nextGaussian();
        int n = 5_000_000; float[] p2 = p.clone();
        for (int rep = 0; rep < 6; rep++) {
            double s = 0; int nt = 0;
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) { s += step(p, COPY ? p2 : p, x, (i & 63) * 64, t[nt], 1f, 1e-4f); nt = nt + 1 == 4099 ? 0 : nt + 1; }
            System.out.printf("ideal %.1f ns %s%n", (System.nanoTime() - t0) / (double) n, s == 42 ? "!" : "");
        }
    }
}
