import dev.twolayer.bench.Fixture;

/**
 * Probe (not a test): the benchmarks' Fixture stepped in a loop, as TrainStepBenchmark steps it, printing the mean step
 * time and the loss every {@code every} steps. Compile and run against benchmarks.jar; args: impl d k batch steps every.
 */
public final class FixtureSteps {
    public static void main(String[] a) {
        Fixture f = Fixture.create(a[0], Integer.parseInt(a[1]), Integer.parseInt(a[2]), Integer.parseInt(a[3]));
        long steps = Long.parseLong(a[4]), every = Long.parseLong(a[5]);
        long t0 = System.nanoTime();
        double loss = 0;
        for (long s = 1; s <= steps; s++) {
            loss = f.trainStep();
            if (s % every == 0) {
                long t1 = System.nanoTime();
                System.out.printf("step %d: %.2f us a step, loss %.3e%n", s, (t1 - t0) / 1e3 / every, loss);
                t0 = t1;
            }
        }
    }
}
