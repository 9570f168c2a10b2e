package dev.twolayer.theory;

import java.util.SplittableRandom;

/** Manual speed check (not a test): GD steps per second for k = n = 10, fast paths vs straightforward. */
public final class PopulationGdSpeed {
    public static void main(String[] args) {
        int k = args.length > 0 ? Integer.parseInt(args[0]) : 10, n = args.length > 1 ? Integer.parseInt(args[1]) : k;
        long steps = 20_000;
        double[] v = GaussianPopulationLoss.identity(k);
        double[] w0 = GaussianKernelFunctionsTest.gaussian(new SplittableRandom(1), n * k, 1 / Math.sqrt(k));
        var cfg = new PopulationGd.Config(0.1, 0, 1e300, steps, 0);
        for (int round = 0; round < 3; round++) {
            for (boolean vec : new boolean[] {false, true}) {
                var gd = new PopulationGd(new GaussianPopulationLoss(n, k, v, null, 0, false, vec), cfg);
                long t0 = System.nanoTime();
                gd.run(w0, null);
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("round %d %-8s %,.0f steps/s%n", round, vec ? "vector" : "scalar", steps / s);
            }
            var ref = new StraightforwardPopulationLoss(n, k, v, null, 0, false);
            double[] w = w0.clone();
            long t0 = System.nanoTime();
            ref.gradientDescent(w, 0.1, 0, steps);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("round %d %-8s %,.0f steps/s%n", round, "naive", steps / s);
        }
    }
}
