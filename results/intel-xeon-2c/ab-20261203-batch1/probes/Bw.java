package dev.twolayer.kernel;
import jdk.incubator.vector.*;
/** L2 bandwidth baselines in Java: sum of an array (read), a += s (read + write). */
public final class Bw {
    static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
    static double sink;
    public static void main(String[] a) {
        int n = Integer.parseInt(a[0]);
        float[] w = new float[n]; for (int i = 0; i < n; i++) w[i] = i * 1e-6f;
        int reps = (int) Math.max(1000, 4e8 / n);
        for (int r = 0; r < 6; r++) {
            long t0 = System.nanoTime();
            for (int q = 0; q < reps; q++) sink += sum(w);
            long t1 = System.nanoTime();
            for (int q = 0; q < reps; q++) axpy(w, 1e-9f);
            long t2 = System.nanoTime();
            for (int q = 0; q < reps; q++) sink += sumBack(w);
            long t3 = System.nanoTime();
            if (r >= 3) System.out.printf("n=%d (%d KiB): sum %.3f us (%.1f B/ns), a-=s*b %.3f us (%.1f B/ns rd+wr), sum backwards by 4 KiB %.3f us%n", n, n / 256,
                (t1 - t0) / 1e3 / reps, 4.0 * n * reps / (t1 - t0), (t2 - t1) / 1e3 / reps, 8.0 * n * reps / (t2 - t1), (t3 - t2) / 1e3 / reps);
        }
    }
    static float sum(float[] w) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        for (int i = 0; i < w.length; i += 64) {
            a0 = a0.add(FloatVector.fromArray(S, w, i)); a1 = a1.add(FloatVector.fromArray(S, w, i + 16));
            a2 = a2.add(FloatVector.fromArray(S, w, i + 32)); a3 = a3.add(FloatVector.fromArray(S, w, i + 48));
        }
        return a0.add(a1).add(a2).add(a3).reduceLanes(VectorOperators.ADD);
    }
    static float sumBack(float[] w) {
        FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        for (int b = w.length - 1024; b >= 0; b -= 1024)
            for (int i = b; i < b + 1024; i += 64) {
                a0 = a0.add(FloatVector.fromArray(S, w, i)); a1 = a1.add(FloatVector.fromArray(S, w, i + 16));
                a2 = a2.add(FloatVector.fromArray(S, w, i + 32)); a3 = a3.add(FloatVector.fromArray(S, w, i + 48));
            }
        return a0.add(a1).add(a2).add(a3).reduceLanes(VectorOperators.ADD);
    }
    static void axpy(float[] w, float s) {
        FloatVector sv = FloatVector.broadcast(S, s);
        for (int i = 0; i < w.length; i += 16) FloatVector.fromArray(S, w, i).sub(sv).intoArray(w, i);
    }
}
