import dev.twolayer.bench.Fixture;

/** Fraction of (sample, unit) pairs with z > 0 over a batch-1 run, and the time a step in each window. */
public class ActiveUnits {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]);
        double seconds = Double.parseDouble(a[2]);
        long seed = a.length > 3 ? Long.parseLong(a[3]) : 0;
        try (Fixture f = Fixture.create("vector", d, k, 1, 64)) {
            long steps = 0, t0 = System.nanoTime(), end = t0 + (long) (seconds * 1e9);
            while (System.nanoTime() < end) {
                long w0 = System.nanoTime(); int n = 2000;
                for (int i = 0; i < n; i++, steps++) f.trainStep(false);
                double us = (System.nanoTime() - w0) / 1e3 / n;
                int offB = f.spec.offsetB(); long on = 0;
                for (int s = 0; s < 64; s++) for (int j = 0; j < k; j++) {
                    double z = f.params[offB + j];
                    for (int i = 0; i < d; i++) z += (double) f.params[j * d + i] * f.x[s * d + i];
                    if (z > 0) on++;
                }
                System.out.printf("steps %d: %.1f us/step, active %.3f%n", steps, us, on / (64.0 * k));
            }
        }
    }
}
