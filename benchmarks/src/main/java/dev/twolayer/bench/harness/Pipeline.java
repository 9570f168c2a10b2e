package dev.twolayer.bench.harness;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.twolayer.bench.Fixture;
import dev.twolayer.bench.impl.Impls;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.*;

/**
 * The "one command for a new CPU": detect the machine, run the JMH grid and the latency loops, and write
 * {@code <root>/<cpu-id>/<timestamp>/} with jmh.json, jmh.log, results.csv, machine.json, latency/*.hgrm,
 * charts/*.png|svg and report.md. Everything is written into a hidden temporary folder that is renamed into place
 * at the end, so a folder under results/ is always complete.
 */
public final class Pipeline {
    private Pipeline() {}

    public static Path run(Grid requested, Path root, String command, PrintStream console) throws IOException {
        MachineInfo machine = MachineInfo.detect();
        console.println("machine: " + machine.summary());
        if (requested.impls().contains("netlib") && !machine.netlibBlasWarning().isEmpty())
            console.println("WARNING: " + machine.netlibBlasWarning());

        Map<String, String> unavailable = new LinkedHashMap<>();
        List<String> impls = new ArrayList<>();
        for (String impl : requested.impls()) {
            Optional<String> why = Impls.unavailableReason(impl);
            if (why.isPresent()) {
                unavailable.put(impl, why.get());
                console.println("skipping " + why.get());
            } else impls.add(impl);
        }
        Grid grid = requested.withImpls(impls);
        console.printf(Locale.ROOT, "grid '%s': %d JMH runs + %d latency loops, about %.1f minutes%n", grid.profile(),
                grid.jmhRunCount(machine.preferredVectorBits()), grid.latencyShapes().size() * impls.size(),
                grid.estimatedSeconds(machine.preferredVectorBits()) / 60);

        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path parent = root.resolve(machine.cpuId());
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + stamp + "-");
        Path finalDir = parent.resolve(stamp);
        try {
            AtomicFiles.write(tmp.resolve("machine.json"),
                    Results.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(machine));
            JmhRun.run(grid, machine.preferredVectorBits(), tmp.resolve("jmh.json"), tmp.resolve("jmh.log"), console);
            if (!Files.exists(tmp.resolve("jmh.json"))) throw new IllegalStateException("JMH wrote no results; see jmh.log");

            List<Row> rows = new ArrayList<>(Results.fromJmhJson(tmp.resolve("jmh.json")));
            rows.addAll(latency(grid, tmp.resolve("latency"), console));
            rows = Results.derive(rows);
            writeOutputs(tmp, machine, grid.profile(), command, rows, unavailable);
            AtomicFiles.move(tmp, finalDir);
        } catch (IOException | RuntimeException e) {
            console.println("run failed; partial output left in " + tmp);
            throw e;
        }
        console.println("results: " + finalDir.resolve("report.md"));
        return finalDir;
    }

    /** results.csv, charts and report.md from rows; also used to re-render an existing folder. */
    public static void writeOutputs(Path dir, MachineInfo machine, String profile, String command, List<Row> rows,
                                    Map<String, String> unavailable) throws IOException {
        AtomicFiles.write(dir.resolve("results.csv"), Results.toCsv(rows));
        List<String> charts = Charts.write(rows, dir.resolve("charts"));
        AtomicFiles.write(dir.resolve("report.md"), Report.render(machine, profile, command, rows, unavailable, charts,
                WarmUpLog.capped(dir.resolve("jmh.log"))));
        if (!unavailable.isEmpty())
            AtomicFiles.write(dir.resolve("unavailable.json"), Results.JSON.writeValueAsString(unavailable));
    }

    /** The HdrHistogram loop per impl and latency shape; writes .hgrm files and returns one Row each. */
    static List<Row> latency(Grid grid, Path dir, PrintStream console) throws IOException {
        Files.createDirectories(dir);
        List<Row> rows = new ArrayList<>();
        for (int[] s : grid.latencyShapes()) {
            for (String impl : grid.impls()) {
                try (Fixture f = Fixture.create(impl, s[0], s[1], s[2])) {
                    Histogram h = Latency.measure(f, Latency.Op.STEP, grid.latencySeconds());
                    String name = impl + "_d" + s[0] + "_k" + s[1] + "_b" + s[2] + ".hgrm";
                    AtomicFiles.write(dir.resolve(name), Latency.hgrm(h));
                    double mean = h.getMean() * 1e-9;
                    double flops = f.spec.flopsForwardBackward(f.batch) + 2.0 * f.spec.paramCount();
                    rows.add(new Row("Latency", "step", impl, s[0], s[1], s[2], 1, "hdr", h.getMean() / 1000.0,
                            Double.NaN, "us/op", mean, flops, flops / mean / 1e9, Double.NaN, Double.NaN, Double.NaN,
                            Double.NaN, Double.NaN, h.getValueAtPercentile(50) / 1000.0,
                            h.getValueAtPercentile(99) / 1000.0, h.getValueAtPercentile(99.9) / 1000.0));
                    console.printf(Locale.ROOT, "latency %s d=%d k=%d B=%d: p50 %.1f us, p99 %.1f us%n", impl, s[0], s[1],
                            s[2], h.getValueAtPercentile(50) / 1000.0, h.getValueAtPercentile(99) / 1000.0);
                } catch (RuntimeException e) {
                    console.println("latency " + impl + " failed: " + e.getMessage());
                }
            }
        }
        return rows;
    }

    /** Reads a result folder's rows and machine description. */
    public static List<Row> readRows(Path dir) {
        Path csv = dir.resolve("results.csv");
        if (!Files.exists(csv)) throw new IllegalArgumentException(dir + " has no results.csv: not a result folder");
        return Results.fromCsv(csv);
    }

    public static MachineInfo readMachine(Path dir) {
        try {
            return Results.JSON.readValue(dir.resolve("machine.json").toFile(), MachineInfo.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve("machine.json"), e);
        }
    }
}
