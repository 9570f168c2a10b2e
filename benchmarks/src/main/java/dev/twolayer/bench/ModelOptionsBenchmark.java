package dev.twolayer.bench;

import dev.twolayer.model.ModelSpec;
import org.openjdk.jmh.annotations.*;

import java.util.concurrent.TimeUnit;

/**
 * Question: does a model option cost speed? The trainer's step (as {@link TrainStepBenchmark}: SGD, gradient not
 * kept) with one option at a time against the plain net (biases on, ReLU, output layer trained), on the same shape and
 * data. By default square shapes, k = d: the only ones with identity mapping, so every option runs on every cell.
 * Compare each option's time with {@code plain}'s in the same run; the FLOPs are the same but for identity mapping's
 * added x (d per row) and the biases' k + 1 per row.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsPrepend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class ModelOptionsBenchmark {
    /** Options measured; {@link #spec} builds each. */
    public static final String[] OPTIONS = {"plain", "leaky", "fixedOutput", "noBiases", "identity"};

    @Param({"16", "64", "256"}) public int d;
    /** Hidden units; 0 takes k = d (identity mapping needs it). */
    @Param({"0"}) public int k;
    @Param({"1", "32", "256"}) public int batch;
    @Param({"plain", "leaky", "fixedOutput", "noBiases", "identity"}) public String option;
    @Param({"vector"}) public String impl;
    /**
     * Distinct random batches taken in turn, 0 as in TrainStepBenchmark (64 samples at batch 1). With one repeated
     * sample the options fit it differently: d = k = 256 batch 1 with noBiases reached a residual of exactly 0 (no row of
     * W stepped after that), and the fixed output layer's larger first residuals left 1 unit of 256 active.
     */
    @Param({"0"}) public int batches;

    private Fixture fixture;

    /** The spec of one option at d inputs and k hidden units: the plain net with that one thing changed. */
    public static ModelSpec spec(String option, int d, int k) {
        ModelSpec.Builder b = ModelSpec.builder(d, k);
        switch (option) {
            case "plain" -> { }
            case "leaky" -> b.leakySlope(0.01);
            case "fixedOutput" -> b.outputTrainable(false);
            case "noBiases" -> b.biases(false);
            case "identity" -> b.identityMapping(true); // the spec rejects k != d
            default -> throw new IllegalArgumentException("unknown option '" + option + "', one of "
                    + String.join(", ", OPTIONS));
        }
        return b.build();
    }

    @Setup(Level.Trial)
    public void setup() {
        fixture = Fixture.create(impl, spec(option, d, k == 0 ? d : k), batch,
                TrainStepBenchmark.distinctBatches(batches, batch));
        fixture.warmUp(() -> fixture.trainStep(false));
    }

    @TearDown(Level.Trial)
    public void tearDown() { fixture.close(); }

    /** The loss as a primitive: JMH sinks it without boxing (see TrainStepBenchmark#trainStep). */
    @Benchmark
    public double trainStep() { return fixture.trainStep(false); }
}
