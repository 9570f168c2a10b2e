import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;
public class LoopVariants {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    public static void main(String[] a) {
        int d = 1024, k = 4096, rounds = 5;
        float[] w = new float[k * d], x = new float[d], gp = new float[k];
        int[] units = new int[k];
        java.util.Random r = new java.util.Random(1);
        for (int i = 0; i < k * d; i++) w[i] = 1f;
        for (int i = 0; i < d; i++) x[i] = 1e-7f;
        int n = 0;
        for (int j = 0; j < k; j++) { gp[j] = r.nextBoolean() ? 0f : 1e-3f; if (gp[j] != 0f) units[n++] = j; }
        String[] names = {"add, every other row", "kernel ops, list", "add, list", "kernel ops, every other row"};
        double[][] us = new double[4][rounds];
        double sink = 0;
        for (int rr = 0; rr < rounds; rr++)
            for (int v = 0; v < 4; v++) {
                long c = 0, t0 = System.nanoTime(), t;
                do {
                    sink += switch (v) {
                        case 0 -> addRows(w, x, k, d);
                        case 1 -> kernelList(w, x, gp, units, n, d, 1e-4f);
                        case 2 -> addList(w, x, units, n, d);
                        default -> kernelRows(w, x, gp, k, d, 1e-4f);
                    };
                    c++;
                } while ((t = System.nanoTime()) - t0 < 300_000_000L);
                us[v][rr] = (t - t0) / 1e3 / c;
            }
        for (int v = 0; v < 4; v++) { double[] s = us[v].clone(); java.util.Arrays.sort(s); System.out.printf("%-30s %.1f us%n", names[v], s[rounds / 2]); }
        if (sink == 42) System.out.println();
    }
    static double addRows(float[] w, float[] x, int k, int d) {
        int L = S.length();
        for (int u = 0; u < k; u += 2) { int o = u * d;
            for (int j = 0; j < d; j += L) FloatVector.fromArray(S, w, o + j).add(FloatVector.fromArray(S, x, j)).intoArray(w, o + j); }
        return w[1];
    }
    static double addList(float[] w, float[] x, int[] units, int n, int d) {
        int L = S.length();
        for (int c = 0; c < n; c++) { int o = units[c] * d;
            for (int j = 0; j < d; j += L) FloatVector.fromArray(S, w, o + j).add(FloatVector.fromArray(S, x, j)).intoArray(w, o + j); }
        return w[1];
    }
    static double kernelList(float[] w, float[] x, float[] gp, int[] units, int n, int d, float lr) {
        int L = S.length();
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        for (int c = 0; c < n; c++) {
            int j = units[c], t = j * d;
            FloatVector g = FloatVector.broadcast(S, gp[j]);
            for (int q = 0; q < d; q += L) {
                FloatVector dw = g.fma(FloatVector.fromArray(S, x, q), zero);
                FloatVector.fromArray(S, w, t + q).sub(dw.mul(lrv)).intoArray(w, t + q);
            }
        }
        return w[1];
    }
    static double kernelRows(float[] w, float[] x, float[] gp, int k, int d, float lr) {
        int L = S.length();
        FloatVector lrv = FloatVector.broadcast(S, lr), zero = FloatVector.zero(S);
        for (int j = 0; j < k; j += 2) {
            int t = j * d;
            FloatVector g = FloatVector.broadcast(S, 1e-3f);
            for (int q = 0; q < d; q += L) {
                FloatVector dw = g.fma(FloatVector.fromArray(S, x, q), zero);
                FloatVector.fromArray(S, w, t + q).sub(dw.mul(lrv)).intoArray(w, t + q);
            }
        }
        return w[1];
    }
}
