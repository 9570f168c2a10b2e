import dev.twolayer.bench.Fixture;

/** Batch-1 training steps in a loop for a profiler (64 samples in turn, as TrainStepBenchmark). Usage: d k seconds */
public class StepLoop {
    public static void main(String[] a) {
        int d = Integer.parseInt(a[0]), k = Integer.parseInt(a[1]);
        Fixture step = Fixture.create("vector", d, k, 1, 64);
        step.warmUp(() -> step.trainStep(false));
        long end = System.nanoTime() + (long) (Double.parseDouble(a[2]) * 1e9), n = 0;
        double sink = 0;
        while (System.nanoTime() < end) { sink += step.trainStep(false); n++; }
        System.out.printf("%d steps, %.1f us a step%s%n", n, Double.parseDouble(a[2]) * 1e6 / n, sink == 42 ? " " : "");
    }
}
