package dev.twolayer.bench.harness;

import java.util.*;
import java.util.stream.Collectors;

/** The human-readable report.md of a result set, and the side-by-side comparison of several. */
public final class Report {
    private Report() {}

    static String f(double v, String fmt) { return Double.isFinite(v) ? String.format(Locale.ROOT, fmt, v) : "-"; }

    /**
     * @param unavailable impl name -> reason it was skipped
     * @param charts      chart base names (PNG + SVG beside report.md under charts/)
     */
    public static String render(MachineInfo m, String grid, String command, List<Row> rows,
                                Map<String, String> unavailable, List<String> charts) {
        return render(m, grid, command, rows, unavailable, charts, List.of());
    }

    /** @param warmUpCapped the forks whose JIT warm-up stopped at its cap ({@link WarmUpLog#capped}) */
    public static String render(MachineInfo m, String grid, String command, List<Row> rows,
                                Map<String, String> unavailable, List<String> charts, List<String> warmUpCapped) {
        StringBuilder sb = new StringBuilder();
        sb.append("# twolayer benchmark report\n\n");
        sb.append("- CPU: ").append(m.cpuLabel()).append(" (").append(m.logicalCores()).append(" logical, ")
                .append(m.physicalCores()).append(" physical cores)\n");
        sb.append("- SIMD flags: ").append(m.simdFlags().isEmpty() ? "-" : String.join(" ", m.simdFlags())).append('\n');
        sb.append("- Vector API preferred species: ").append(m.preferredVectorBits()).append("-bit\n");
        sb.append("- JDK: ").append(m.jdkVersion()).append(" (").append(m.vmName()).append(", ").append(m.jdkVendor()).append(")\n");
        sb.append("- OS: ").append(m.os()).append(", netlib BLAS: ").append(m.netlibBlas()).append('\n');
        if (!m.netlibBlasWarning().isEmpty()) sb.append("- **Warning:** ").append(m.netlibBlasWarning()).append('\n');
        sb.append("- Grid: ").append(grid).append("; command: `").append(command).append("`\n\n");
        sb.append("GFLOP/s use nominal FLOP counts (ModelSpec.flopsForwardBackward / flopsForward; an FMA counts 2; the "
                + "train step adds 2 FLOP per parameter for SGD). % of peak is against the measured single-thread FP32 "
                + "peak below (the all-thread peak for multi-threaded impls). ×scalar is the time ratio to `scalar` "
                + "at the same benchmark and shape. Alloc is JMH `-prof gc` bytes per op.\n\n");

        sb.append("## Measured peak\n\n| benchmark | threads | rate |\n|---|---:|---:|\n");
        for (Row r : rows) {
            if (r.isKernel() || r.benchmark().equals("Latency")) continue;
            String rate = r.method().startsWith("triad") ? f(r.gbPerS(), "%.1f GB/s (STREAM triad)")
                    : f(r.gflops(), "%.1f GFLOP/s FP32");
            sb.append("| ").append(r.method()).append(" | ").append(r.threads()).append(" | ").append(rate).append(" |\n");
        }
        sb.append('\n');

        if (!unavailable.isEmpty()) {
            sb.append("## Implementations not measured\n\n");
            unavailable.forEach((impl, why) -> sb.append("- `").append(impl).append("`: ").append(why).append('\n'));
            sb.append('\n');
        }

        if (!warmUpCapped.isEmpty()) {
            int n = warmUpCapped.size();
            sb.append("## JIT warm-up stopped at its cap\n\n").append(n).append(n == 1 ? " fork" : " forks")
                    .append(" of the Vector API ran the JIT warm-up to its cap with the JIT still busy. Their times "
                    + "may include compilation, and their alloc B/op vectors allocated by code that C2 had not yet "
                    + "compiled: measure them again alone, or on a quieter machine.\n\n");
            for (String fork : warmUpCapped) sb.append("- ").append(fork).append('\n');
            sb.append('\n');
        }

        Map<String, List<Row>> byBench = rows.stream().filter(Row::isKernel)
                .collect(Collectors.groupingBy(Row::benchmark, LinkedHashMap::new, Collectors.toList()));
        for (var e : byBench.entrySet()) {
            String bench = e.getKey();
            boolean latency = bench.equals("Latency") || bench.equals("PredictLatencyBenchmark");
            sb.append("## ").append(bench.equals("Latency") ? "Training-step latency (HdrHistogram loop)" : bench).append("\n\n");
            if (latency) {
                sb.append("| shape | impl | mean µs | p50 µs | p99 µs | p99.9 µs | GFLOP/s | ×scalar | alloc B/op |\n");
                sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
            } else {
                sb.append("| shape | impl | GFLOP/s | % of peak | ×scalar | time/op µs | alloc B/op |\n");
                sb.append("|---|---|---:|---:|---:|---:|---:|\n");
            }
            List<Row> sorted = e.getValue().stream()
                    .sorted(Comparator.comparingInt(Row::d).thenComparingInt(Row::k).thenComparingInt(Row::batch)).toList();
            for (Row r : sorted) {
                sb.append("| ").append(r.shape()).append(" | ").append(r.impl()).append(" | ");
                if (latency) {
                    sb.append(f(r.secondsPerOp() * 1e6, "%.2f")).append(" | ").append(f(r.p50us(), "%.2f")).append(" | ")
                            .append(f(r.p99us(), "%.2f")).append(" | ").append(f(r.p999us(), "%.2f")).append(" | ")
                            .append(f(r.gflops(), "%.2f")).append(" | ").append(f(r.vsScalar(), "%.2f")).append(" | ")
                            .append(f(r.allocBytesPerOp(), "%.0f")).append(" |\n");
                } else {
                    sb.append(f(r.gflops(), "%.2f")).append(" | ").append(f(r.pctPeak(), "%.1f%%")).append(" | ")
                            .append(f(r.vsScalar(), "%.2f")).append(" | ").append(f(r.secondsPerOp() * 1e6, "%.3f"))
                            .append(" | ").append(f(r.allocBytesPerOp(), "%.0f")).append(" |\n");
                }
            }
            sb.append('\n');
        }

        if (!charts.isEmpty()) {
            sb.append("## Charts\n\n");
            for (String c : charts) sb.append("![").append(c).append("](charts/").append(c).append(".png)\n\n");
        }
        sb.append("## Files\n\n- `jmh.json`: raw JMH results; `jmh.log`: JMH's console output\n"
                + "- `results.csv`: the tidy table behind this report\n- `machine.json`: the machine description\n"
                + "- `latency/*.hgrm`: HdrHistogram percentile distributions (µs) of the training step\n"
                + "- `charts/*.png|svg`\n");
        return sb.toString();
    }

    /** One table with a column per result folder: GFLOP/s (% of peak) per benchmark, shape and impl. */
    public static String compare(List<String> labels, List<MachineInfo> machines, List<List<Row>> sets) {
        StringBuilder sb = new StringBuilder("# twolayer benchmark comparison\n\n| | ");
        sb.append(String.join(" | ", labels)).append(" |\n|---|").append("---|".repeat(labels.size())).append('\n');
        sb.append("| CPU | ").append(machines.stream().map(MachineInfo::cpuLabel).collect(Collectors.joining(" | "))).append(" |\n");
        sb.append("| cores | ").append(machines.stream().map(m -> String.valueOf(m.logicalCores())).collect(Collectors.joining(" | "))).append(" |\n");
        sb.append("| species | ").append(machines.stream().map(m -> m.preferredVectorBits() + "-bit").collect(Collectors.joining(" | "))).append(" |\n");
        sb.append("| JDK | ").append(machines.stream().map(MachineInfo::jdkVersion).collect(Collectors.joining(" | "))).append(" |\n");
        for (boolean all : new boolean[]{false, true}) {
            sb.append("| peak GFLOP/s, ").append(all ? "all threads" : "1 thread").append(" | ");
            sb.append(sets.stream().map(s -> f(Results.peak(s, all), "%.1f")).collect(Collectors.joining(" | "))).append(" |\n");
        }
        sb.append('\n');

        // union of (benchmark, shape, impl) keys in first-seen order
        Map<String, Row> keys = new LinkedHashMap<>();
        for (List<Row> s : sets) for (Row r : s) if (r.isKernel()) keys.putIfAbsent(key(r), r);
        String bench = null;
        for (var e : keys.entrySet()) {
            Row r0 = e.getValue();
            if (!r0.benchmark().equals(bench)) {
                bench = r0.benchmark();
                sb.append("## ").append(bench).append(bench.equals("Latency") ? " (p50 µs)" : " (GFLOP/s, % of peak)")
                        .append("\n\n| shape | impl | ").append(String.join(" | ", labels)).append(" |\n|---|---|")
                        .append("---:|".repeat(labels.size())).append('\n');
            }
            sb.append("| ").append(r0.shape()).append(" | ").append(r0.impl()).append(" |");
            for (List<Row> s : sets) {
                Row r = s.stream().filter(x -> key(x).equals(e.getKey())).findFirst().orElse(null);
                String cell = r == null ? "-" : bench.equals("Latency") ? f(r.p50us(), "%.2f")
                        : f(r.gflops(), "%.2f") + " (" + f(r.pctPeak(), "%.0f%%") + ")";
                sb.append(' ').append(cell).append(" |");
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String key(Row r) { return r.benchmark() + "|" + r.shape() + "|" + r.impl(); }
}
