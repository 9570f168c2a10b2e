package dev.twolayer.kernel;
import jdk.incubator.vector.*;
public final class FmaPair {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static volatile float sink;
    static long run(long iters) {
        FloatVector a0 = FloatVector.broadcast(S, 1f), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0, a8=a0,a9=a0,a10=a0,a11=a0;
        FloatVector m = FloatVector.broadcast(S, 0.999999f), c = FloatVector.broadcast(S, 1e-7f);
        long t0 = System.nanoTime();
        for (long i = 0; i < iters; i++) {
            a0 = a0.fma(m, c); a1 = a1.fma(m, c); a2 = a2.fma(m, c); a3 = a3.fma(m, c); a4 = a4.fma(m, c); a5 = a5.fma(m, c);
            a6 = a6.fma(m, c); a7 = a7.fma(m, c); a8 = a8.fma(m, c); a9 = a9.fma(m, c); a10 = a10.fma(m, c); a11 = a11.fma(m, c);
        }
        long t = System.nanoTime() - t0;
        sink = a0.add(a1).add(a2).add(a3).add(a4).add(a5).add(a6).add(a7).add(a8).add(a9).add(a10).add(a11).reduceLanes(VectorOperators.ADD);
        return t;
    }
    public static void main(String[] a) throws Exception {
        long it = 50_000_000L;
        for (int w = 0; w < 5; w++) run(it / 10);
        for (int r = 0; r < 4; r++) {
            long t1 = run(it);
            final long[] t2 = new long[2];
            Thread h = new Thread(() -> t2[1] = run(it));
            h.start(); t2[0] = run(it); h.join();
            double f = 12.0 * 16 * 2 * it;
            System.out.printf("alone %.1f GFLOP/s; pair %.1f + %.1f%n", f / t1, f / t2[0], f / t2[1]);
        }
    }
}
