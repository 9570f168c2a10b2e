import java.util.SplittableRandom;
/** Throwaway: the identity-mapping experiment's per-step batch (2000 Gaussians, teacher labels in double) timed, and the labels eight rows at a time (its earlier edits: inputs outer, four rows at a time). */
public class BatchGen {
    public static void main(String[] a) {
        int d = 10, batch = 200;
        SplittableRandom rng = new SplittableRandom(1);
        float[] x = new float[batch * d], y = new float[batch];
        double[] teacher = new double[d * d];
        for (int i = 0; i < teacher.length; i++) teacher[i] = rng.nextGaussian() * 0.1 + (i % (d + 1) == 0 ? 1 : 0);
        for (int rep = 0; rep < 5; rep++) {
            int n = 20000; double s = 0;
            long t0 = System.nanoTime();
            for (int it = 0; it < n; it++) for (int i = 0; i < x.length; i++) x[i] = (float) rng.nextGaussian();
            long t1 = System.nanoTime();
            for (int it = 0; it < n; it++)
                for (int r = 0; r < batch; r++) {
                    int xo = r * d; double out = 0;
                    for (int i = 0; i < d; i++) { double z = 0; for (int k = 0; k < d; k++) z += teacher[i * d + k] * x[xo + k]; if (z > 0) out += z; }
                    y[r] = (float) out;
                }
            long t2 = System.nanoTime();
            float[] y2 = new float[batch];
            for (int it = 0; it < n; it++) {
                int r = 0;
                for (; r + 8 <= batch; r += 8) {
                    int a0 = r * d;
                    double o0 = 0, o1 = 0, o2 = 0, o3 = 0, o4 = 0, o5 = 0, o6 = 0, o7 = 0;
                    for (int i = 0; i < d; i++) {
                        double z0 = 0, z1 = 0, z2 = 0, z3 = 0, z4 = 0, z5 = 0, z6 = 0, z7 = 0;
                        for (int k = 0; k < d; k++) {
                            double t = teacher[i * d + k]; int b = a0 + k;
                            z0 += t * x[b]; z1 += t * x[b + d]; z2 += t * x[b + 2 * d]; z3 += t * x[b + 3 * d];
                            z4 += t * x[b + 4 * d]; z5 += t * x[b + 5 * d]; z6 += t * x[b + 6 * d]; z7 += t * x[b + 7 * d];
                        }
                        if (z0 > 0) o0 += z0; if (z1 > 0) o1 += z1; if (z2 > 0) o2 += z2; if (z3 > 0) o3 += z3;
                        if (z4 > 0) o4 += z4; if (z5 > 0) o5 += z5; if (z6 > 0) o6 += z6; if (z7 > 0) o7 += z7;
                    }
                    y2[r] = (float) o0; y2[r + 1] = (float) o1; y2[r + 2] = (float) o2; y2[r + 3] = (float) o3;
                    y2[r + 4] = (float) o4; y2[r + 5] = (float) o5; y2[r + 6] = (float) o6; y2[r + 7] = (float) o7;
                }
                for (; r < batch; r++) {
                    int xo = r * d; double out = 0;
                    for (int i = 0; i < d; i++) { double z = 0; for (int k = 0; k < d; k++) z += teacher[i * d + k] * x[xo + k]; if (z > 0) out += z; }
                    y2[r] = (float) out;
                }
            }
            long t3 = System.nanoTime();
            System.out.printf("gaussians %.1f us a step, teacher labels %.1f us a step, 8 rows at once %.1f us, same=%b%n", (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, (t3 - t2) / 1e3 / n, java.util.Arrays.equals(y, y2));
        }
    }
}
