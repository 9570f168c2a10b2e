package dev.twolayer.bench.harness;

import dev.twolayer.bench.PeakBenchmark;
import dev.twolayer.model.ModelSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Tidy table, CSV round trip and report on a real recorded JMH JSON file (src/test/resources/recorded-jmh.json). */
class ResultsTest {

    static Path recorded() throws Exception {
        return Path.of(ResultsTest.class.getResource("/recorded-jmh.json").toURI());
    }

    @Test
    void parsesRecordedJmhJsonIntoRowsWithDerivedRates() throws Exception {
        List<Row> rows = Results.fromJmhJson(recorded());
        assertEquals(15, rows.size());
        Row step = rows.stream().filter(r -> r.benchmark().equals("TrainStepBenchmark") && r.impl().equals("ejml") && r.k() == 32)
                .findFirst().orElseThrow();
        ModelSpec spec = ModelSpec.of(8, 32);
        assertEquals(spec.flopsForwardBackward(4) + 2.0 * spec.paramCount(), step.flopsPerOp());
        assertEquals("ops/s", step.unit());
        assertEquals(1.0 / step.score(), step.secondsPerOp(), 1e-12 / step.score());
        assertEquals(step.flopsPerOp() * step.score() / 1e9, step.gflops(), 1e-9 * step.gflops());
        assertTrue(step.allocBytesPerOp() >= 0, "gc profiler column read");

        double peak1 = Results.peak(rows, false);
        Row fma = rows.stream().filter(r -> r.method().equals("fma128")).findFirst().orElseThrow();
        assertEquals(PeakBenchmark.flopsPerOp(128) * fma.score() / 1e9, peak1, 1e-9 * peak1);
        assertEquals(100 * step.gflops() / peak1, step.pctPeak(), 1e-9);
        assertTrue(Results.peak(rows, true) > 0);

        Row triad = rows.stream().filter(r -> r.method().equals("triad")).findFirst().orElseThrow();
        assertEquals(3.0 * 4 * 16384 * triad.score() / 1e9, triad.gbPerS(), 1e-9 * triad.gbPerS());

        Row predict = rows.stream().filter(r -> r.benchmark().equals("PredictLatencyBenchmark")).findFirst().orElseThrow();
        assertEquals("sample", predict.mode());
        assertEquals("ns/op", predict.unit());
        assertEquals(predict.score() * 1e-9, predict.secondsPerOp(), 1e-15);
        assertTrue(predict.p50us() > 0 && predict.p99us() >= predict.p50us() && predict.p999us() >= predict.p99us());
        // no scalar in the recording: ratios are absent, not invented
        assertTrue(rows.stream().allMatch(r -> Double.isNaN(r.vsScalar())));
    }

    @Test
    void ratioToScalarUsesTheSameBenchmarkAndShape() {
        Row scalar = row("TrainStepBenchmark", "scalar", 64, 2.0e-3);
        Row fast = row("TrainStepBenchmark", "vector", 64, 0.5e-3);
        Row otherShape = row("TrainStepBenchmark", "vector", 128, 0.5e-3);
        List<Row> d = Results.derived(List.of(scalar, fast, otherShape));
        assertEquals(1.0, d.get(0).vsScalar(), 1e-12);
        assertEquals(4.0, d.get(1).vsScalar(), 1e-12);
        assertTrue(Double.isNaN(d.get(2).vsScalar()));
    }

    static Row row(String bench, String impl, int k, double secs) {
        return new Row(bench, "m", impl, 8, k, 4, 1, "thrpt", 1 / secs, 0, "ops/s", secs, 1e6, 1e6 / secs / 1e9,
                Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN, Double.NaN);
    }

    @Test
    void unitsConvert() {
        assertEquals(1e-3, Results.secondsPerOp(1000, "ops/s"), 1e-15);
        assertEquals(1e-6, Results.secondsPerOp(1000, "ops/ms"), 1e-18);
        assertEquals(2e-6, Results.secondsPerOp(2, "us/op"), 1e-18);
        assertEquals(5e-9, Results.secondsPerOp(5, "ns/op"), 1e-21);
        assertThrows(IllegalArgumentException.class, () -> Results.secondsPerOp(1, "furlongs"));
    }

    @Test
    void csvRoundTripsAndRejectsForeignFiles(@TempDir Path dir) throws Exception {
        List<Row> rows = Results.fromJmhJson(recorded());
        Path csv = dir.resolve("results.csv");
        AtomicFiles.write(csv, Results.toCsv(rows));
        List<Row> back = Results.fromCsv(csv);
        assertEquals(rows.size(), back.size());
        for (int i = 0; i < rows.size(); i++) {
            Row a = rows.get(i), b = back.get(i);
            assertEquals(a.benchmark(), b.benchmark());
            assertEquals(a.impl(), b.impl());
            assertEquals(a.shape(), b.shape());
            assertEquals(a.gflops(), b.gflops(), 0.0);
            assertEquals(a.pctPeak(), b.pctPeak(), 0.0);
            assertEquals(a.p99us(), b.p99us(), 0.0);
        }
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "a,b,c\n1,2,3\n");
        var e = assertThrows(IllegalArgumentException.class, () -> Results.fromCsv(bad));
        assertTrue(e.getMessage().contains("header mismatch"));
    }

    @Test
    void reportAndComparisonContainTheNumbers() throws Exception {
        List<Row> rows = Results.fromJmhJson(recorded());
        MachineInfo m = MachineInfo.detect();
        String md = Report.render(m, "tiny", "benchmarks/run --quick", rows,
                Map.of("vector", "implementation 'vector' is unavailable: test"), List.of("gflops_trainstep_d8_b4"));
        assertTrue(md.contains(m.cpuLabel()));
        assertTrue(md.contains("## TrainStepBenchmark"));
        assertTrue(md.contains("| d=8 k=32 B=4 | ejml |"));
        Row step = rows.stream().filter(r -> r.benchmark().equals("TrainStepBenchmark") && r.impl().equals("netlib") && r.k() == 16)
                .findFirst().orElseThrow();
        assertTrue(md.contains(Report.f(step.gflops(), "%.2f") + " | " + Report.f(step.pctPeak(), "%.1f%%")), md);
        assertTrue(md.contains("`vector`: implementation 'vector' is unavailable: test"));
        assertTrue(md.contains("![gflops_trainstep_d8_b4](charts/gflops_trainstep_d8_b4.png)"));
        assertTrue(md.contains("STREAM triad"));

        String cmp = Report.compare(List.of("a", "b"), List.of(m, m), List.of(rows, rows.subList(0, 3)));
        assertTrue(cmp.contains("| CPU | " + m.cpuLabel() + " | " + m.cpuLabel() + " |"));
        assertTrue(cmp.contains("| d=8 k=16 B=4 | autovec |"));
        assertTrue(cmp.contains(" - |"), "rows missing from the second set are marked");
    }

    @Test
    void cpuIdIsAFolderName() {
        MachineInfo m = new MachineInfo("Intel(R) Xeon(R) Platinum 8481C CPU @ 2.70GHz", 2, 1, "amd64", List.of("avx2"),
                512, "25", "v", "vm", "Linux", 1, "VectorBLAS", "family 6 model 143");
        assertEquals("intel-xeon-platinum-8481c-2c", m.cpuId());
        // a generic name (as a hypervisor reports it) gets the family and model; without them it stays as it was
        MachineInfo generic = new MachineInfo("AMD EPYC", 2, 2, "amd64", List.of("avx2"), 512, "25", "v", "vm", "Linux",
                1, "JNIBLAS", "family 25 model 17");
        assertEquals("amd-epyc-f25m17-2c", generic.cpuId());
        assertEquals("amd-epyc-2c", new MachineInfo("AMD EPYC", 2, 2, "amd64", List.of(), 512, "25", "v", "vm",
                "Linux", 1, "JNIBLAS", null).cpuId());
    }

    @Test
    void reportWarnsWhenNetlibHasNoNativeBlas() throws Exception {
        List<Row> rows = Results.fromJmhJson(recorded());
        MachineInfo java = new MachineInfo("AMD EPYC", 2, 2, "amd64", List.of("avx2"), 512, "25", "v", "vm", "Linux",
                1, "VectorBLAS", "family 25 model 17");
        MachineInfo jni = new MachineInfo("AMD EPYC", 2, 2, "amd64", List.of("avx2"), 512, "25", "v", "vm", "Linux",
                1, "JNIBLAS", "family 25 model 17");
        String warned = Report.render(java, "tiny", "benchmarks/run --quick", rows, Map.of(), List.of());
        assertTrue(warned.contains("**Warning:** netlib has no native BLAS (VectorBLAS)"), warned);
        String plain = Report.render(jni, "tiny", "benchmarks/run --quick", rows, Map.of(), List.of());
        assertFalse(plain.contains("Warning"), plain);
        assertTrue(plain.contains("netlib BLAS: JNIBLAS"));
    }

    /** A fork whose JIT warm-up stopped at its cap is listed in report.md, from the folder's jmh.log. */
    @Test
    void reportListsForksWhoseWarmUpStoppedAtTheCap(@TempDir Path dir) throws Exception {
        List<String> log = List.of(
                "# Benchmark: dev.twolayer.bench.TrainStepBenchmark.trainStep",
                "# Parameters: (batch = 256, batches = 0, d = 1024, impl = vector, k = 1024, keepGradient = false)",
                "# Warmup Iteration   1: JIT warm-up: 1249 calls in 11.85 s, JIT quiet",
                "# Benchmark: dev.twolayer.bench.TrainStepBenchmark.trainStep",
                "# Parameters: (batch = 4096, batches = 0, d = 1024, impl = vector, k = 1024, keepGradient = false)",
                "# Warmup Iteration   1: JIT warm-up: 68 calls in 15.12 s, stopped at the cap (JIT still busy, or no "
                        + "CPU-time readings)",
                "6.870 ops/s",
                "# Benchmark: dev.twolayer.bench.ForwardBenchmark.forward",
                "# Warmup Iteration   1: JIT warm-up: 20 calls in 15.20 s, stopped at the cap (JIT still busy)");
        assertEquals(List.of(
                "`TrainStepBenchmark.trainStep` batch=4096, batches=0, d=1024, impl=vector, k=1024, keepGradient=false: "
                        + "68 calls in 15.12 s",
                "`ForwardBenchmark.forward`: 20 calls in 15.20 s"), WarmUpLog.capped(log));

        List<Row> rows = Results.fromJmhJson(recorded());
        MachineInfo m = MachineInfo.detect();
        Pipeline.writeOutputs(dir, m, "tiny", "benchmarks/run --quick", rows, Map.of());
        assertFalse(Files.readString(dir.resolve("report.md")).contains("warm-up stopped"), "no jmh.log, no section");
        Files.write(dir.resolve("jmh.log"), log);
        Pipeline.writeOutputs(dir, m, "tiny", "benchmarks/run --quick", rows, Map.of());
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("## JIT warm-up stopped at its cap\n\n2 forks of the Vector API"), md);
        assertTrue(md.contains("- `TrainStepBenchmark.trainStep` batch=4096, batches=0, d=1024, impl=vector, k=1024, "
                + "keepGradient=false: 68 calls in 15.12 s\n"), md);
        assertFalse(md.contains("batch=256,"), "a fork whose JIT went quiet is not listed");
    }
}
