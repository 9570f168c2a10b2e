import jdk.incubator.vector.*;
public final class Lat {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static float sink;
    static float c4(float[] a, int n) {
        FloatVector x = FloatVector.fromArray(S, a, 0), w = FloatVector.fromArray(S, a, 16);
        FloatVector c0 = x, c1 = w, c2 = x, c3 = w;
        for (int i = 0; i < n; i++) { c0 = x.fma(w, c0); c1 = x.fma(w, c1); c2 = x.fma(w, c2); c3 = x.fma(w, c3); }
        return c0.add(c1).add(c2).add(c3).lane(0);
    }
    static float c8(float[] a, int n) {
        FloatVector x = FloatVector.fromArray(S, a, 0), w = FloatVector.fromArray(S, a, 16);
        FloatVector c0 = x, c1 = w, c2 = x, c3 = w, c4 = x, c5 = w, c6 = x, c7 = w;
        for (int i = 0; i < n; i++) { c0 = x.fma(w, c0); c1 = x.fma(w, c1); c2 = x.fma(w, c2); c3 = x.fma(w, c3);
            c4 = x.fma(w, c4); c5 = x.fma(w, c5); c6 = x.fma(w, c6); c7 = x.fma(w, c7); }
        return c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).lane(0);
    }

    static float m8(float[] a, int n) {
        FloatVector x = FloatVector.fromArray(S, a, 0), w = FloatVector.fromArray(S, a, 16);
        FloatVector c0 = x, c1 = w, c2 = x, c3 = w, c4 = x, c5 = w, c6 = x, c7 = w;
        for (int i = 0; i < n; i++) { c0 = c0.fma(w, x); c1 = c1.fma(w, x); c2 = c2.fma(w, x); c3 = c3.fma(w, x);
            c4 = c4.fma(w, x); c5 = c5.fma(w, x); c6 = c6.fma(w, x); c7 = c7.fma(w, x); }
        return c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).lane(0);
    }
    static float c12(float[] a, int n) {
        FloatVector x = FloatVector.fromArray(S, a, 0), w = FloatVector.fromArray(S, a, 16);
        FloatVector c0 = x, c1 = w, c2 = x, c3 = w, c4 = x, c5 = w, c6 = x, c7 = w, c8 = x, c9 = w, c10 = x, c11 = w;
        for (int i = 0; i < n; i++) { c0 = x.fma(w, c0); c1 = x.fma(w, c1); c2 = x.fma(w, c2); c3 = x.fma(w, c3);
            c4 = x.fma(w, c4); c5 = x.fma(w, c5); c6 = x.fma(w, c6); c7 = x.fma(w, c7); c8 = x.fma(w, c8); c9 = x.fma(w, c9); c10 = x.fma(w, c10); c11 = x.fma(w, c11); }
        return c0.add(c1).add(c2).add(c3).add(c4).add(c5).add(c6).add(c7).add(c8).add(c9).add(c10).add(c11).lane(0);
    }
    public static void main(String[] s) {
        float[] a = new float[32]; for (int i = 0; i < 32; i++) a[i] = 1e-9f * i;
        int n = 20_000_000;
        for (int r = 0; r < 5; r++) {
            long t0 = System.nanoTime(); sink += c4(a, n); long t1 = System.nanoTime(); sink += c8(a, n); long t2 = System.nanoTime();
            sink += m8(a, n); long t3 = System.nanoTime(); sink += c12(a, n); long t4 = System.nanoTime();
            System.out.printf("4 chains: %.3f ns/FMA   8 chains: %.3f ns/FMA  8 mul-chains %.3f  12 chains %.3f%n", (t1 - t0) / (4.0 * n), (t2 - t1) / (8.0 * n), (t3 - t2) / (8.0 * n), (t4 - t3) / (12.0 * n));
        }
    }
}
