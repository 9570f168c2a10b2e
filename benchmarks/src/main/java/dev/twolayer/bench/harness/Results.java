package dev.twolayer.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.twolayer.bench.PeakBenchmark;
import dev.twolayer.model.ModelSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * Turns JMH's JSON result file into tidy {@link Row}s with FLOP counts, GFLOP/s, % of the measured peak and the
 * ratio to scalar, and writes/reads the tidy CSV.
 */
public final class Results {
    private Results() {}

    static final ObjectMapper JSON = new ObjectMapper();

    /** Parses a JMH JSON result file (the array written by {@code -rf json}). */
    public static List<Row> fromJmhJson(Path file) {
        try {
            return fromJmhJson(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JMH JSON " + file, e);
        }
    }

    public static List<Row> fromJmhJson(JsonNode root) {
        if (!root.isArray()) throw new IllegalArgumentException("JMH JSON must be an array of benchmark results");
        List<Row> rows = new ArrayList<>();
        for (JsonNode r : root) rows.add(parse(r));
        return derive(rows);
    }

    private static Row parse(JsonNode r) {
        String full = r.path("benchmark").asText();
        int dot = full.lastIndexOf('.');
        String method = full.substring(dot + 1);
        String cls = full.substring(full.lastIndexOf('.', dot - 1) + 1, dot);
        JsonNode params = r.path("params");
        int d = params.path("d").asInt(0), k = params.path("k").asInt(0), batch = params.path("batch").asInt(0);
        String impl = params.hasNonNull("impl") ? params.get("impl").asText() : method;
        String mode = r.path("mode").asText();
        int threads = r.path("threads").asInt(1);
        JsonNode pm = r.path("primaryMetric");
        double score = pm.path("score").asDouble(Double.NaN);
        double error = pm.path("scoreError").asDouble(Double.NaN);
        String unit = pm.path("scoreUnit").asText();
        double secPerOp = secondsPerOp(score, unit);
        double flops = Double.NaN, bytes = Double.NaN;
        if (d > 0) {
            ModelSpec spec = ModelSpec.of(d, k);
            flops = switch (cls) {
                case "TrainStepBenchmark" -> spec.flopsForwardBackward(batch) + 2.0 * spec.paramCount();
                case "ForwardBackwardBenchmark" -> spec.flopsForwardBackward(batch);
                case "ForwardBenchmark" -> spec.flopsForward(batch);
                case "PredictLatencyBenchmark" -> spec.flopsForward(1);
                default -> Double.NaN;
            };
        } else if (method.startsWith("fma")) {
            flops = PeakBenchmark.flopsPerOp(Integer.parseInt(method.replaceAll("\\D", "")));
        } else if (method.startsWith("triad")) {
            bytes = PeakBenchmark.triadBytesPerOp(params.path("elements").asInt(0));
        }
        // JMH's throughput with N threads is the sum over threads, so rates below are whole-machine rates
        double gflops = flops / secPerOp / 1e9, gbs = bytes / secPerOp / 1e9;
        double alloc = r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(Double.NaN);
        JsonNode pct = pm.path("scorePercentiles");
        double toUs = secondsPerOp(1, unit) * 1e6;
        double p50 = Double.NaN, p99 = Double.NaN, p999 = Double.NaN;
        if (mode.equals("sample") && pct.isObject()) {
            p50 = pct.path("50.0").asDouble(Double.NaN) * toUs;
            p99 = pct.path("99.0").asDouble(Double.NaN) * toUs;
            p999 = pct.path("99.9").asDouble(Double.NaN) * toUs;
        }
        return new Row(cls, method, impl, d, k, batch, threads, mode, score, error, unit, secPerOp, flops, gflops, gbs,
                Double.NaN, Double.NaN, Double.NaN, alloc, p50, p99, p999);
    }

    /** Mean seconds per op from a JMH score and unit ("ops/s", "ops/ms", "us/op", "ns/op", ...). */
    public static double secondsPerOp(double score, String unit) {
        String[] parts = unit.split("/");
        if (parts.length != 2) throw new IllegalArgumentException("unknown JMH score unit: " + unit);
        if (parts[0].equals("ops")) return 1.0 / (score / unitSeconds(parts[1]));
        if (parts[1].equals("op")) return score * unitSeconds(parts[0]);
        throw new IllegalArgumentException("unknown JMH score unit: " + unit);
    }

    private static double unitSeconds(String u) {
        return switch (u) {
            case "s" -> 1;
            case "ms" -> 1e-3;
            case "us" -> 1e-6;
            case "ns" -> 1e-9;
            case "min" -> 60;
            default -> throw new IllegalArgumentException("unknown time unit: " + u);
        };
    }

    /** Peak FP32 GFLOP/s measured in these rows: best FMA width, single thread (false) or all threads (true). */
    public static double peak(List<Row> rows, boolean allThreads) {
        return rows.stream().filter(r -> r.method().startsWith("fma") && r.method().endsWith("AllThreads") == allThreads)
                .mapToDouble(Row::gflops).filter(Double::isFinite).max().orElse(Double.NaN);
    }

    /** Whether an impl uses all cores (its % of peak is taken against the all-thread peak). */
    public static boolean multiThreaded(String impl) {
        return impl.endsWith("-mt") || impl.startsWith("parallel");
    }

    /** Recomputes peak, % of peak and ratio to scalar over a combined row list. */
    public static List<Row> derived(List<Row> rows) { return derive(rows); }

    static List<Row> derive(List<Row> rows) {
        double peak1 = peak(rows, false), peakN = peak(rows, true);
        Map<String, Double> scalarSecs = new HashMap<>();
        for (Row r : rows)
            if (r.isKernel() && r.impl().equals("scalar")) scalarSecs.put(r.benchmark() + "|" + r.shape(), r.secondsPerOp());
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (!r.isKernel()) {
                double peak = r.method().startsWith("fma") ? r.gflops() : Double.NaN;
                out.add(r.withDerived(peak, Double.NaN, Double.NaN));
                continue;
            }
            double peak = multiThreaded(r.impl()) ? peakN : peak1;
            Double scalar = scalarSecs.get(r.benchmark() + "|" + r.shape());
            double ratio = scalar == null ? Double.NaN : scalar / r.secondsPerOp();
            out.add(r.withDerived(peak, 100.0 * r.gflops() / peak, ratio));
        }
        return out;
    }

    // ---- tidy CSV ----

    public static String toCsv(List<Row> rows) {
        StringBuilder sb = new StringBuilder(String.join(",", Row.HEADER)).append('\n');
        for (Row r : rows) {
            Object[] v = {r.benchmark(), r.method(), r.impl(), r.d(), r.k(), r.batch(), r.threads(), r.mode(),
                    r.score(), r.scoreError(), r.unit(), r.secondsPerOp(), r.flopsPerOp(), r.gflops(), r.gbPerS(),
                    r.peakGflops(), r.pctPeak(), r.vsScalar(), r.allocBytesPerOp(), r.p50us(), r.p99us(), r.p999us()};
            for (int i = 0; i < v.length; i++) {
                if (i > 0) sb.append(',');
                sb.append(cell(v[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String cell(Object v) {
        if (v instanceof Double x) return Double.isFinite(x) ? String.valueOf(x) : "";
        String s = String.valueOf(v);
        if (s.contains(",") || s.contains("\"")) return '"' + s.replace("\"", "\"\"") + '"';
        return s;
    }

    /** Reads a tidy CSV written by {@link #toCsv}; checks the header so a wrong file fails loudly. */
    public static List<Row> fromCsv(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (lines.isEmpty() || !lines.getFirst().equals(String.join(",", Row.HEADER)))
            throw new IllegalArgumentException(file + " is not a twolayer results.csv (header mismatch)");
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] c = line.split(",", -1);
            if (c.length != Row.HEADER.length)
                throw new IllegalArgumentException(file + ": expected " + Row.HEADER.length + " cells, got " + c.length + ": " + line);
            rows.add(new Row(c[0], c[1], c[2], Integer.parseInt(c[3]), Integer.parseInt(c[4]), Integer.parseInt(c[5]),
                    Integer.parseInt(c[6]), c[7], num(c[8]), num(c[9]), c[10], num(c[11]), num(c[12]), num(c[13]),
                    num(c[14]), num(c[15]), num(c[16]), num(c[17]), num(c[18]), num(c[19]), num(c[20]), num(c[21])));
        }
        return rows;
    }

    private static double num(String s) { return s.isEmpty() ? Double.NaN : Double.parseDouble(s); }
}
