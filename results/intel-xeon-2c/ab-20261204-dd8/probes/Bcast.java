package dev.twolayer.kernel;
import jdk.incubator.vector.*;
/** FMA throughput with a broadcast operand from memory per FMA, per 2 and per 4 FMAs, against register operands. */
public final class Bcast {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static float sink;
    static long run(float[] a, int iters, int mode) {
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0, c4 = c0, c5 = c0, c6 = c0, c7 = c0;
        FloatVector w = FloatVector.broadcast(S, 1e-7f), w2 = FloatVector.broadcast(S, 2e-7f), b = FloatVector.broadcast(S, 0.5f);
        long t0 = System.nanoTime();
        for (int i = 0; i < iters; i++) {
            int o = i & 1023;
            if (mode == 0) { // register operands
                c0 = b.fma(w, c0); c1 = b.fma(w, c1); c2 = b.fma(w, c2); c3 = b.fma(w, c3);
                c4 = b.fma(w, c4); c5 = b.fma(w, c5); c6 = b.fma(w, c6); c7 = b.fma(w, c7);
            } else if (mode == 1) { // one broadcast per FMA
                c0 = FloatVector.broadcast(S, a[o]).fma(w, c0); c1 = FloatVector.broadcast(S, a[o + 1]).fma(w, c1);
                c2 = FloatVector.broadcast(S, a[o + 2]).fma(w, c2); c3 = FloatVector.broadcast(S, a[o + 3]).fma(w, c3);
                c4 = FloatVector.broadcast(S, a[o + 4]).fma(w, c4); c5 = FloatVector.broadcast(S, a[o + 5]).fma(w, c5);
                c6 = FloatVector.broadcast(S, a[o + 6]).fma(w, c6); c7 = FloatVector.broadcast(S, a[o + 7]).fma(w, c7);
            } else if (mode == 2) { // one per 2 FMAs
                FloatVector x0 = FloatVector.broadcast(S, a[o]), x1 = FloatVector.broadcast(S, a[o + 1]);
                FloatVector x2 = FloatVector.broadcast(S, a[o + 2]), x3 = FloatVector.broadcast(S, a[o + 3]);
                c0 = x0.fma(w, c0); c1 = x0.fma(w2, c1); c2 = x1.fma(w, c2); c3 = x1.fma(w2, c3);
                c4 = x2.fma(w, c4); c5 = x2.fma(w2, c5); c6 = x3.fma(w, c6); c7 = x3.fma(w2, c7);
            } else { // one vector load per FMA
                c0 = FloatVector.fromArray(S, a, o).fma(w, c0); c1 = FloatVector.fromArray(S, a, o + 16).fma(w, c1);
                c2 = FloatVector.fromArray(S, a, o + 32).fma(w, c2); c3 = FloatVector.fromArray(S, a, o + 48).fma(w, c3);
                c4 = FloatVector.fromArray(S, a, o + 64).fma(w, c4); c5 = FloatVector.fromArray(S, a, o + 80).fma(w, c5);
                c6 = FloatVector.fromArray(S, a, o + 96).fma(w, c6); c7 = FloatVector.fromArray(S, a, o + 112).fma(w, c7);
            }
        }
        long t = System.nanoTime() - t0;
        sink = c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).reduceLanes(VectorOperators.ADD);
        return t;
    }
    public static void main(String[] x) {
        float[] a = new float[2048];
        for (int i = 0; i < a.length; i++) a[i] = i * 1e-3f;
        int it = 20_000_000;
        for (int m = 0; m < 4; m++) for (int w = 0; w < 3; w++) run(a, it / 20, m);
        String[] names = {"registers", "broadcast per FMA", "broadcast per 2 FMAs", "vector load per FMA"};
        for (int r = 0; r < 2; r++)
            for (int m = 0; m < 4; m++) {
                long t = run(a, it, m);
                System.out.printf("%-22s %.2f FMA/ns = %.1f GFLOP/s%n", names[m], 8.0 * it / t, 8.0 * it * 32 / t);
            }
    }
}
