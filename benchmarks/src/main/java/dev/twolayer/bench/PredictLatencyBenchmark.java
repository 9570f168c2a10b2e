package dev.twolayer.bench;

import org.openjdk.jmh.annotations.*;

import java.util.concurrent.TimeUnit;

/** Question: what is the latency distribution of predicting one sample? SampleTime, so JMH reports percentiles. */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsPrepend = {"--add-modules", "jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
public class PredictLatencyBenchmark {
    /** Samples cycled through, so the input is not the same cache line every call. */
    static final int SAMPLES = 64;

    @Param({"64", "256"}) public int d;
    @Param({"64", "256", "1024"}) public int k;
    @Param({"scalar", "autovec", "vector", "vector-256", "vector-mt", "ejml", "ojalgo", "netlib"}) public String impl;

    private Fixture fixture;
    private int row;

    @Setup(Level.Trial)
    public void setup() { fixture = Fixture.create(impl, d, k, SAMPLES); }

    @TearDown(Level.Trial)
    public void tearDown() { fixture.close(); }

    @Benchmark
    public Object predict() {
        row = (row + 1) & (SAMPLES - 1);
        return fixture.predict(row);
    }
}
