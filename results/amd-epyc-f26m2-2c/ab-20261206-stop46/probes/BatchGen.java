import java.util.SplittableRandom;
/** Throwaway: the identity-mapping experiment's per-step batch (2000 Gaussians, teacher labels in double) timed. */
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
            double[] z = new double[d]; float[] y2 = new float[batch];
            for (int it = 0; it < n; it++)
                for (int r = 0; r < batch; r++) {
                    int xo = r * d;
                    java.util.Arrays.fill(z, 0.0);
                    for (int k = 0; k < d; k++) { double xk = x[xo + k]; for (int i = 0; i < d; i++) z[i] += teacher[i * d + k] * xk; }
                    double out = 0;
                    for (int i = 0; i < d; i++) if (z[i] > 0) out += z[i];
                    y2[r] = (float) out;
                }
            long t3 = System.nanoTime();
            System.out.printf("gaussians %.1f us a step, teacher labels %.1f us a step, inputs outer %.1f us, same=%b%n", (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, (t3 - t2) / 1e3 / n, java.util.Arrays.equals(y, y2));
        }
    }
}
