import jdk.incubator.vector.*;
public class Cp {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static void copy(float[] a, int ao, int as, float[] b, int bo, int bs, int n) {
        for (int i = 0; i < n; i++) FloatVector.fromArray(S, a, ao + i * as).intoArray(b, bo + i * bs);
    }
    public static void main(String[] x) {
        int n = Integer.parseInt(x[0]);
        float[] a = new float[n * 16 + 64], b = new float[n * 16 + 64];
        int reps = 20_000_000 / n;
        for (int rep = 0; rep < 4; rep++) {
            long t0 = System.nanoTime();
            for (int r = 0; r < reps; r++) copy(a, 0, 16, b, 0, 16, n);
            long t1 = System.nanoTime();
            for (int r = 0; r < reps; r++) copy(a, 0, 12, b, 0, 16, n);
            long t2 = System.nanoTime();
            for (int r = 0; r < reps; r++) copy(a, 12, 16, b, 12, 16, n);
            long t3 = System.nanoTime();
            for (int r = 0; r < reps; r++) System.arraycopy(a, 0, b, 0, n * 16);
            long t4 = System.nanoTime();
            System.out.printf("n=%d per vector: same stride %.2f ns, 12/16 %.2f, aligned %.2f, arraycopy %.2f%n", n,
                (t1 - t0) / (double) reps / n, (t2 - t1) / (double) reps / n, (t3 - t2) / (double) reps / n, (t4 - t3) / (double) reps / n);
        }
    }
}
