package dev.twolayer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.twolayer.experiments.ExperimentReport;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

/**
 * Writes an {@link ExperimentReport} to {@code <root>/<name>/}: {@code <name>.json}, {@code <name>.csv} (one row
 * per aggregate cell), {@code <name>.png} (plus {@code <name>-2.png}, ... for further charts) and
 * {@code summary.md}. Each file is written to a temporary file in the same folder and renamed into place, so a
 * reader (or a Ctrl-C) never sees a half-written file.
 */
public final class ReportWriter {
    private ReportWriter() {}

    static {
        // ImageIO's default disk cache registers a shutdown hook per stream, which throws "Shutdown in progress"
        // when the partial report is written from a Ctrl-C; PNGs this small need no cache
        ImageIO.setUseCache(false);
    }

    /** Writes every file and returns the folder. */
    public static Path write(ExperimentReport report, Path root) throws IOException {
        Path dir = root.resolve(report.name());
        Files.createDirectories(dir);
        List<String> pngs = new ArrayList<>();
        for (int i = 0; i < report.charts().size(); i++) {
            String file = report.name() + (i == 0 ? "" : "-" + (i + 1)) + ".png";
            byte[] png = renderPng(report.charts().get(i));
            atomicWrite(dir.resolve(file), png);
            pngs.add(file);
        }
        atomicWrite(dir.resolve(report.name() + ".json"), json(report, pngs).getBytes(StandardCharsets.UTF_8));
        atomicWrite(dir.resolve(report.name() + ".csv"), csv(report.rows()).getBytes(StandardCharsets.UTF_8));
        atomicWrite(dir.resolve("summary.md"), markdown(report, pngs).getBytes(StandardCharsets.UTF_8));
        return dir;
    }

    static void atomicWrite(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The whole report as pretty-printed JSON (NaN written as the string "NaN"). */
    public static String json(ExperimentReport r, List<String> pngs) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("title", r.title());
        m.put("partial", r.partial());
        m.put("runsCompleted", r.runsCompleted());
        m.put("runsPlanned", r.runsPlanned());
        m.put("masterSeed", r.masterSeed());
        m.put("seedDerivation", "run r of cell c uses Seeds.derive(masterSeed, c * 2^32 + r)");
        m.put("codeVersion", r.codeVersion());
        m.put("jdk", r.jdk());
        m.put("cpu", r.cpu());
        m.put("threads", r.threads());
        m.put("wallSeconds", r.wallSeconds());
        m.put("config", r.config());
        m.put("rows", r.rows());
        m.put("summary", r.summary());
        m.put("charts", pngs);
        m.put("chartData", r.charts());
        m.put("details", r.details());
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        return mapper.writeValueAsString(m);
    }

    /** CSV with the union of the rows' keys as header, in first-seen order. */
    public static String csv(List<Map<String, Object>> rows) {
        Set<String> cols = new LinkedHashSet<>();
        for (Map<String, Object> row : rows) cols.addAll(row.keySet());
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(",", cols.stream().map(ReportWriter::csvCell).toList())).append('\n');
        for (Map<String, Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : cols) cells.add(csvCell(format(row.get(c))));
            sb.append(String.join(",", cells)).append('\n');
        }
        return sb.toString();
    }

    private static String format(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) return Double.isNaN(d) ? "NaN" : Double.toString(d);
        return v.toString();
    }

    private static String csvCell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) return '"' + s.replace("\"", "\"\"") + '"';
        return s;
    }

    /** A short human-readable summary: provenance, experiment summary lines, the aggregate table, the charts. */
    public static String markdown(ExperimentReport r, List<String> pngs) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(r.title()).append("\n\n");
        if (r.partial())
            sb.append("**PARTIAL RESULTS**: cancelled after ").append(r.runsCompleted()).append(" of ").append(r.runsPlanned()).append(" runs.\n\n");
        sb.append(String.format(Locale.ROOT, "- runs: %d of %d planned, wall time %.2f s on %d threads%n", r.runsCompleted(), r.runsPlanned(), r.wallSeconds(), r.threads()));
        sb.append("- master seed: ").append(r.masterSeed()).append(", code version: ").append(r.codeVersion()).append('\n');
        sb.append("- JDK: ").append(r.jdk()).append("; CPU: ").append(r.cpu()).append('\n');
        sb.append("- configuration: `").append(r.config()).append("`\n\n");
        if (!r.summary().isEmpty()) {
            sb.append("## Findings\n\n");
            for (String line : r.summary()) sb.append("- ").append(line).append('\n');
            sb.append('\n');
        }
        if (!r.rows().isEmpty()) {
            sb.append("## Aggregates\n\n");
            Set<String> cols = new LinkedHashSet<>();
            for (Map<String, Object> row : r.rows()) cols.addAll(row.keySet());
            sb.append("| ").append(String.join(" | ", cols)).append(" |\n");
            sb.append("|").append("---|".repeat(cols.size())).append('\n');
            for (Map<String, Object> row : r.rows()) {
                sb.append("|");
                for (String c : cols) {
                    Object v = row.get(c);
                    String s = v instanceof Double d ? (Double.isNaN(d) ? "NaN" : String.format(Locale.ROOT, "%.4g", d)) : format(v);
                    sb.append(' ').append(s.replace("|", "\\|")).append(" |");
                }
                sb.append('\n');
            }
            sb.append('\n');
        }
        for (String png : pngs) sb.append("![").append(png).append("](").append(png).append(")\n\n");
        return sb.toString();
    }

    /** Renders one chart to PNG bytes (headless). Non-positive values are dropped on log axes. */
    public static byte[] renderPng(ExperimentReport.Chart spec) throws IOException {
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(900).height(600).title(spec.title())
                .xAxisTitle(spec.xLabel()).yAxisTitle(spec.yLabel()).build();
        chart.getStyler().setXAxisLogarithmic(spec.logX());
        chart.getStyler().setYAxisLogarithmic(spec.logY());
        chart.getStyler().setMarkerSize(5);
        int drawn = 0;
        Set<String> used = new LinkedHashSet<>();
        for (ExperimentReport.Series s : spec.series()) {
            String name = s.name();
            while (!used.add(name)) name = name + " ";
            if (addSeries(chart, name, s.x(), s.y(), spec)) drawn++;
            if (s.yLo() != null) {
                // asymmetric (Wilson) bounds as thin dashed lines: XChart error bars are symmetric only
                XYSeries lo = addSeriesOrNull(chart, name + " (95% lo)", s.x(), s.yLo(), spec);
                XYSeries hi = addSeriesOrNull(chart, name + " (95% hi)", s.x(), s.yHi(), spec);
                for (XYSeries b : new XYSeries[] {lo, hi}) if (b != null) {
                    b.setMarker(SeriesMarkers.NONE);
                    b.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
                    b.setShowInLegend(false);
                }
            }
        }
        if (drawn == 0) chart.addSeries("no data", new double[] {1}, new double[] {1});
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    }

    private static boolean addSeries(XYChart chart, String name, double[] x, double[] y, ExperimentReport.Chart spec) {
        return addSeriesOrNull(chart, name, x, y, spec) != null;
    }

    private static XYSeries addSeriesOrNull(XYChart chart, String name, double[] x, double[] y, ExperimentReport.Chart spec) {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) continue;
            if (spec.logX() && x[i] <= 0) continue;
            if (spec.logY() && y[i] <= 0) continue;
            pts.add(new double[] {x[i], y[i]});
        }
        if (pts.isEmpty()) return null;
        double[] xs = new double[pts.size()], ys = new double[pts.size()];
        for (int i = 0; i < xs.length; i++) { xs[i] = pts.get(i)[0]; ys[i] = pts.get(i)[1]; }
        return chart.addSeries(name, xs, ys);
    }
}
