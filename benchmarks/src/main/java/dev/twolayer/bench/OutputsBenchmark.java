package dev.twolayer.bench;

import dev.twolayer.model.ModelSpec;
import org.openjdk.jmh.annotations.*;

import java.util.concurrent.TimeUnit;

/**
 * Question: does a step with several outputs keep its speed? The trainer's step (as {@link TrainStepBenchmark}: SGD,
 * gradient not kept) of the plain net with {@code m} outputs, on the same inputs for every m. The FLOPs grow with m:
 * {@link #flops} counts 4 B d k for the hidden layer (Z, dW) and 6 B k m for the output layer (Y, G = E A, dA), so
 * m = 10 adds 6% at d = 256 and 37% at d = 16 k = 64 (m = 4). Compare a cell's GFLOP/s across m, and its time with
 * {@code -p impl=scalar}'s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsPrepend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class OutputsBenchmark {
    @Param({"16", "256"}) public int d;
    @Param({"64", "1024"}) public int k;
    @Param({"1", "32", "256"}) public int batch;
    @Param({"1", "4", "10"}) public int m;
    @Param({"vector"}) public String impl;
    /** Distinct random batches taken in turn, 0 as in TrainStepBenchmark (64 samples at batch 1). */
    @Param({"0"}) public int batches;

    private Fixture fixture;

    /** The plain net (biases on, ReLU, output layer trained) with {@code m} outputs (ModelSpec rejects m < 1). */
    public static ModelSpec spec(int d, int k, int m) {
        return ModelSpec.builder(d, k).outputs(m).build();
    }

    /** FLOPs of one step: 4 B d k for Z = X W^T and dW = G^T X, 6 B k m for Y = H A^T, G = E A and dA = E^T H. */
    public static long flops(int d, int k, int m, int batch) {
        return 4L * batch * d * k + 6L * batch * k * m;
    }

    @Setup(Level.Trial)
    public void setup() {
        fixture = Fixture.create(impl, spec(d, k, m), batch, TrainStepBenchmark.distinctBatches(batches, batch));
        fixture.warmUp(() -> fixture.trainStep(false));
    }

    @TearDown(Level.Trial)
    public void tearDown() { fixture.close(); }

    /** The loss as a primitive: JMH sinks it without boxing (see TrainStepBenchmark#trainStep). */
    @Benchmark
    public double trainStep() { return fixture.trainStep(false); }
}
