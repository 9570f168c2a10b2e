package dev.twolayer.bench;

import org.openjdk.jmh.annotations.*;

import java.util.concurrent.TimeUnit;

/**
 * Question: how fast is a full training step (forwardBackward over the batch + SGD update of every parameter)?
 * Throughput per impl over a (d, k, batch) grid. By default the step the trainer takes, which needs no gradient after
 * it ({@code Kernel.sgdStep(..., keepGradient=false, ...)}); {@code -p keepGradient=true} measures the step that also
 * leaves the whole gradient in the buffer (the grid does not: its rows carry no keepGradient column).
 *
 * <p>{@code -p batches=N} takes N distinct random batches in turn; by default ({@code batches=0}) a batch-1 step takes
 * a new sample each time (64 in turn, each meeting a new target on each visit: see {@link Fixture}'s targets) and
 * larger batches the same batch every step. Why: VectorKernel's batch-1 step
 * skips W's rows whose gradient is zero (the units whose ReLU is off), and one repeated sample is soon fitted exactly.
 * Its residual then is 0, every gradient is 0, and each later step is a forward pass and little else (Zen 4, 8 s a
 * cell: at d=1024 after 26 to 30,512 steps at every k, at d=256 k=8 and 4096 and d=64 k=4096 after 184 to 56,802;
 * all long before JMH's measurement). The grids up to stop 34 measured that, while ScalarKernel and the libraries do
 * the whole step anyway. Larger batches are not fitted exactly in a run, and no kernel skips work by their data.
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
    /** Distinct random batches taken in turn; 0: 64 at batch 1, else 1 (see the class comment). */
    @Param({"0"}) public int batches;

    private Fixture fixture;

    @Setup(Level.Trial)
    public void setup() {
        fixture = Fixture.create(impl, d, k, batch, distinctBatches(batches, batch));
        fixture.warmUp(() -> fixture.trainStep(keepGradient));
    }

    /** The distinct batches a run takes: {@code batches}, or for 0 64 at batch 1 and 1 otherwise. */
    static int distinctBatches(int batches, int batch) {
        if (batches < 0) throw new IllegalArgumentException("batches must be >= 0 (0: automatic), got " + batches);
        return batches > 0 ? batches : batch == 1 ? AUTO_BATCH1_SAMPLES : 1;
    }

    /** Samples a batch-1 run takes in turn by default: x of 64 d floats (256 KiB at d = 1024) stays in L2. */
    static final int AUTO_BATCH1_SAMPLES = 64;

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
