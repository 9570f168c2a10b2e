import jdk.incubator.vector.*;
import java.util.Arrays;
public class Bw2 {
  static final VectorSpecies<Float> S = FloatVector.SPECIES_512;
  static float sink;
  public static void main(String[] a) {
    int n = Integer.parseInt(a[0]) * 1024 * 1024 / 4; // MiB of floats
    float[] w = new float[n], x = new float[1024];
    for (int i = 0; i < n; i++) w[i] = i * 1e-9f;
    Arrays.fill(x, 1f);
    float[] small = new float[4096]; for (int i = 0; i < 20000; i++) { sink += read(small); rmw(small, x, 1e-12f); }
    int reps = 41; double[] tr = new double[reps], tu = new double[reps], tb = new double[reps];
    for (int warm = 0; warm < 2; warm++)
    for (int r = 0; r < reps; r++) {
      long t0 = System.nanoTime(); sink += read(w);
      long t1 = System.nanoTime(); rmw(w, x, 1e-12f);
      long t2 = System.nanoTime(); sink += read(w); rmw(w, x, 1e-12f);
      long t3 = System.nanoTime();
      tr[r] = (t1 - t0) / 1e3; tu[r] = (t2 - t1) / 1e3; tb[r] = (t3 - t2) / 1e3;
    }
    Arrays.sort(tr); Arrays.sort(tu); Arrays.sort(tb);
    double mb = n * 4 / 1e9;
    System.out.printf("%.4f GB: read %.0f us (%.1f GB/s)  read-modify-write %.0f us (%.1f GB/s moved)  read then rmw %.0f us (%.1f GB/s)%n",
        mb, tr[reps/2], mb / tr[reps/2] * 1e3, tu[reps/2], 2 * mb / tu[reps/2] * 1e3, tb[reps/2], 3 * mb / tb[reps/2] * 1e3);
  }
  static float read(float[] w) {
    FloatVector a0 = FloatVector.zero(S), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0;
    for (int p = 0; p < w.length; p += 128) {
      a0 = a0.add(FloatVector.fromArray(S, w, p)); a1 = a1.add(FloatVector.fromArray(S, w, p + 16));
      a2 = a2.add(FloatVector.fromArray(S, w, p + 32)); a3 = a3.add(FloatVector.fromArray(S, w, p + 48));
      a4 = a4.add(FloatVector.fromArray(S, w, p + 64)); a5 = a5.add(FloatVector.fromArray(S, w, p + 80));
      a6 = a6.add(FloatVector.fromArray(S, w, p + 96)); a7 = a7.add(FloatVector.fromArray(S, w, p + 112));
    }
    return a0.add(a1).add(a2).add(a3).add(a4).add(a5).add(a6).add(a7).lane(0);
  }
  static void rmw(float[] w, float[] x, float lr) {
    FloatVector g = FloatVector.broadcast(S, -lr);
    for (int j = 0; j < w.length; j += 1024)
      for (int p = 0; p < 1024; p += 16)
        g.fma(FloatVector.fromArray(S, x, p), FloatVector.fromArray(S, w, j + p)).intoArray(w, j + p);
  }
}
