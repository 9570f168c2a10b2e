package dev.twolayer.bench;

import org.openjdk.jmh.annotations.*;

import java.util.concurrent.TimeUnit;

/**
 * Question: how fast is a full training step (forwardBackward over the batch + SGD update of every parameter)?
 * Throughput per impl over a (d, k, batch) grid. By default the step the trainer takes, which needs no gradient after
 * it ({@code Kernel.sgdStep(..., keepGradient=false, ...)}); {@code -p keepGradient=true} measures the step that also
 * leaves the whole gradient in the buffer (the grid does not: its rows carry no keepGradient column). By default
 * every step takes the same batch; {@code -p batches=N} takes N distinct random batches in turn, for kernels whose
 * work depends on the data: VectorKernel's batch-1 step skips W's rows whose gradient is zero (the units whose
 * ReLU is off), and with one repeated sample the same rows every step, a pattern the branch predictor and the caches
 * learn.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsPrepend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class TrainStepBenchmark {
    @Param({"64", "256"}) public int d;
    @Param({"64", "256", "1024"}) public int k;
    @Param({"1", "32", "256"}) public int batch;
    @Param({"scalar", "autovec", "vector", "vector-256", "vector-mt", "ejml", "ojalgo", "netlib"}) public String impl;
    @Param({"false"}) public boolean keepGradient;
    @Param({"1"}) public int batches;

    private Fixture fixture;

    @Setup(Level.Trial)
    public void setup() {
        fixture = Fixture.create(impl, d, k, batch, batches);
        fixture.warmUp(() -> fixture.trainStep(keepGradient));
    }

    @TearDown(Level.Trial)
    public void tearDown() { fixture.close(); }

    /**
     * The step's loss as a primitive, which JMH sinks as it is. Returned as Object it was boxed: a Double padded to
     * 64 bytes by the grid's -XX:ObjectAlignmentInBytes=64, so -prof gc read 64 B/op for every kernel, allocation-free
     * or not (now 0).
     */
    @Benchmark
    public double trainStep() { return fixture.trainStep(keepGradient); }
}
