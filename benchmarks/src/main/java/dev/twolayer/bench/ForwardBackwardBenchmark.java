package dev.twolayer.bench;

import org.openjdk.jmh.annotations.*;

import java.util.concurrent.TimeUnit;

/** Question: how fast is a forward + backward over the batch, no update? Throughput per impl over a (d, k, batch) grid. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsPrepend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class ForwardBackwardBenchmark {
    @Param({"64", "256"}) public int d;
    @Param({"64", "256", "1024"}) public int k;
    @Param({"1", "32", "256"}) public int batch;
    @Param({"scalar", "autovec", "vector", "vector-256", "vector-mt", "ejml", "ojalgo", "netlib"}) public String impl;

    private Fixture fixture;

    @Setup(Level.Trial)
    public void setup() {
        fixture = Fixture.create(impl, d, k, batch);
        fixture.warmUp(fixture::forwardBackward);
    }

    @TearDown(Level.Trial)
    public void tearDown() { fixture.close(); }

    /** The loss as a primitive: JMH sinks it without boxing (see TrainStepBenchmark#trainStep). */
    @Benchmark
    public double forwardBackward() { return fixture.forwardBackward(); }
}
