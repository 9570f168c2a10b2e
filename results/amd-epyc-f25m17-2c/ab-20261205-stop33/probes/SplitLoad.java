import jdk.incubator.vector.*;
public final class SplitLoad {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static float dot(float[] w, int off, float[] x, int n) {
        FloatVector x0 = FloatVector.fromArray(S, x, 0), x1 = FloatVector.fromArray(S, x, 16), x2 = FloatVector.fromArray(S, x, 32), x3 = FloatVector.fromArray(S, x, 48);
        FloatVector r = FloatVector.zero(S);
        for (int j = 0; j < n; j += 4) {
            int o = off + j * 64;
            FloatVector a0 = FloatVector.fromArray(S, w, o).fma(x0, FloatVector.fromArray(S, w, o + 16).mul(x1));
            FloatVector a1 = FloatVector.fromArray(S, w, o + 64).fma(x0, FloatVector.fromArray(S, w, o + 80).mul(x1));
            FloatVector a2 = FloatVector.fromArray(S, w, o + 128).fma(x0, FloatVector.fromArray(S, w, o + 144).mul(x1));
            FloatVector a3 = FloatVector.fromArray(S, w, o + 192).fma(x0, FloatVector.fromArray(S, w, o + 208).mul(x1));
            a0 = FloatVector.fromArray(S, w, o + 32).fma(x2, FloatVector.fromArray(S, w, o + 48).fma(x3, a0));
            a1 = FloatVector.fromArray(S, w, o + 96).fma(x2, FloatVector.fromArray(S, w, o + 112).fma(x3, a1));
            a2 = FloatVector.fromArray(S, w, o + 160).fma(x2, FloatVector.fromArray(S, w, o + 176).fma(x3, a2));
            a3 = FloatVector.fromArray(S, w, o + 224).fma(x2, FloatVector.fromArray(S, w, o + 240).fma(x3, a3));
            r = r.add(a0.add(a1).add(a2.add(a3)));
        }
        return r.reduceLanes(VectorOperators.ADD);
    }
    public static void main(String[] a) {
        int k = 64;
        float[] w = new float[k * 64 + 64], x = new float[64];
        for (int i = 0; i < w.length; i++) w[i] = (float) Math.sin(i);
        for (int i = 0; i < 64; i++) x[i] = (float) Math.cos(i);
        float s = 0;
        for (int rep = 0; rep < 10; rep++) {
            for (int off : new int[]{0, 12, 4, 8}) {
                int n = 5_000_000;
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) s += dot(w, off, x, k);
                long t1 = System.nanoTime();
                if (rep >= 7) System.out.printf("off %d: %.1f ns per 256 vectors%n", off, (t1 - t0) / (double) n);
            }
        }
        System.out.println(s);
    }
}
