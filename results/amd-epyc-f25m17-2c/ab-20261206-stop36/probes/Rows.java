import jdk.incubator.vector.*;
/** Forward-pass access patterns over W (k rows of d floats): which reads 16 MiB fastest? */
public class Rows {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static final int L = 16;
    // groups of 4 rows, blocks of 16 rows; desc: last block first (as dotRowBlocks)
    static float fwd4(float[] w, float[] x, int k, int d, boolean desc) {
        FloatVector t = FloatVector.zero(S);
        for (int b = 0; b < k / L; b++) {
            int j0 = desc ? k - L - b * L : b * L;
            for (int g = 0; g < 4; g++) {
                int o = (j0 + 4 * g) * d;
                FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
                for (int p = 0; p < d; p += L) {
                    FloatVector xv = FloatVector.fromArray(S, x, p);
                    a0 = FloatVector.fromArray(S, w, o + p).fma(xv, a0);
                    a1 = FloatVector.fromArray(S, w, o + d + p).fma(xv, a1);
                    a2 = FloatVector.fromArray(S, w, o + 2 * d + p).fma(xv, a2);
                    a3 = FloatVector.fromArray(S, w, o + 3 * d + p).fma(xv, a3);
                }
                t = t.add(a0).add(a1).add(a2).add(a3);
            }
        }
        return t.reduceLanes(VectorOperators.ADD);
    }
    // one row at a time, 4 accumulators along the row
    static float fwd1(float[] w, float[] x, int k, int d) {
        FloatVector t = FloatVector.zero(S);
        for (int j = 0; j < k; j++) {
            int o = j * d;
            FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
            for (int p = 0; p < d; p += 4 * L) {
                a0 = FloatVector.fromArray(S, w, o + p).fma(FloatVector.fromArray(S, x, p), a0);
                a1 = FloatVector.fromArray(S, w, o + p + L).fma(FloatVector.fromArray(S, x, p + L), a1);
                a2 = FloatVector.fromArray(S, w, o + p + 2 * L).fma(FloatVector.fromArray(S, x, p + 2 * L), a2);
                a3 = FloatVector.fromArray(S, w, o + p + 3 * L).fma(FloatVector.fromArray(S, x, p + 3 * L), a3);
            }
            t = t.add(a0).add(a1).add(a2).add(a3);
        }
        return t.reduceLanes(VectorOperators.ADD);
    }
    public static void main(String[] a) {
        int d = 1024, k = 4096;
        float[] w = new float[k * d], x = new float[d];
        for (int i = 0; i < w.length; i++) w[i] = (i & 7) * 0.01f;
        for (int i = 0; i < d; i++) x[i] = i * 0.001f;
        String[] names = {"4 rows, blocks ascending", "4 rows, blocks descending (kernel)", "1 row, 4 accumulators"};
        for (int round = 0; round < 3; round++)
            for (int v = 0; v < 3; v++) {
                float s = 0;
                for (int r = 0; r < 30; r++) s += v == 2 ? fwd1(w, x, k, d) : fwd4(w, x, k, d, v == 1);
                long t0 = System.nanoTime(); int reps = 100;
                for (int r = 0; r < reps; r++) s += v == 2 ? fwd1(w, x, k, d) : fwd4(w, x, k, d, v == 1);
                double us = (System.nanoTime() - t0) / 1e3 / reps;
                System.out.printf("%s: %.0f us, %.1f GB/s (%g)%n", names[v], us, 16.0 * (1 << 20) / us / 1e3, s);
            }
    }
}
