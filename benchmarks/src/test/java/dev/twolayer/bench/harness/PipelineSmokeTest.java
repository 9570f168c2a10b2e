package dev.twolayer.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.twolayer.bench.impl.Impls;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The whole pipeline on a tiny grid, JMH in-process (forks 0), 100 ms iterations: files exist, parse, cover every impl. */
class PipelineSmokeTest {

    static boolean libraryKernelsPresent() {
        try {
            Class.forName("dev.twolayer.kernel.Kernels");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void tinyGridEndToEnd(@TempDir Path root) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Path dir = Pipeline.run(Grid.tiny(Impls.DEFAULT), root, "test", new PrintStream(console, true));
        String log = console.toString();

        // the folder is complete and in place: no temp folder left behind
        assertEquals(root.resolve(MachineInfo.detect().cpuId()), dir.getParent());
        try (Stream<Path> siblings = Files.list(dir.getParent())) {
            assertEquals(List.of(dir), siblings.toList(), "only the final result folder remains");
        }
        for (String f : List.of("jmh.json", "jmh.log", "results.csv", "machine.json", "report.md"))
            assertTrue(Files.size(dir.resolve(f)) > 0, f + " written");

        JsonNode jmh = new ObjectMapper().readTree(dir.resolve("jmh.json").toFile());
        assertTrue(jmh.isArray() && !jmh.isEmpty());
        MachineInfo m = Pipeline.readMachine(dir);
        assertTrue(m.logicalCores() >= 1);

        Set<String> expected = Impls.DEFAULT.stream().filter(i -> Impls.unavailableReason(i).isEmpty())
                .collect(Collectors.toSet());
        if (libraryKernelsPresent()) assertEquals(Set.copyOf(Impls.DEFAULT), expected, "every impl resolves once kernels are merged");
        assertTrue(expected.containsAll(Impls.BASELINES) && expected.contains("autovec"), expected.toString());

        List<Row> rows = Pipeline.readRows(dir);
        String report = Files.readString(dir.resolve("report.md"));
        for (String bench : Grid.KERNEL_BENCHMARKS) {
            Set<String> seen = rows.stream().filter(r -> r.benchmark().equals(bench)).map(Row::impl).collect(Collectors.toSet());
            assertEquals(expected, seen, bench + " covers every available impl");
        }
        for (String impl : expected) {
            assertTrue(report.contains("| " + impl + " |"), "report lists " + impl);
            assertTrue(Files.exists(dir.resolve("latency").resolve(impl + "_d8_k16_b4.hgrm")), impl + " hgrm");
        }
        for (String impl : Impls.DEFAULT)
            if (!expected.contains(impl)) assertTrue(report.contains("`" + impl + "`: implementation '" + impl + "'"), "unavailable " + impl + " explained");

        // rates are positive and finite; peak and ratios derived
        assertTrue(Results.peak(rows, false) > 0 && Results.peak(rows, true) > 0);
        for (Row r : rows) {
            if (r.isKernel()) {
                assertTrue(r.gflops() > 0 && Double.isFinite(r.pctPeak()), r.toString());
                if (expected.contains("scalar")) assertTrue(r.vsScalar() > 0, r.toString());
            }
        }
        assertTrue(rows.stream().anyMatch(r -> r.method().equals("triad") && r.gbPerS() > 0));
        assertTrue(rows.stream().filter(r -> r.benchmark().equals("TrainStepBenchmark")).allMatch(r -> r.allocBytesPerOp() >= 0));

        // charts: PNG + SVG pairs, PNG magic bytes
        try (Stream<Path> charts = Files.list(dir.resolve("charts"))) {
            List<Path> pngs = charts.filter(p -> p.toString().endsWith(".png")).toList();
            assertTrue(pngs.size() >= 3, "gflops, speed-up/latency charts: " + pngs);
            for (Path png : pngs) {
                byte[] b = Files.readAllBytes(png);
                assertEquals((byte) 0x89, b[0]);
                assertEquals('P', b[1]);
                assertTrue(Files.readString(Path.of(png.toString().replace(".png", ".svg"))).contains("<svg"));
            }
        }
        assertTrue(log.contains("grid 'tiny'"), log);
    }
}
