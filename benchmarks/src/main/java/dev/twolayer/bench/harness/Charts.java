package dev.twolayer.bench.harness;

import org.knowm.xchart.*;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.Collectors;

/** PNG + SVG charts of a result set (XChart, headless). Returns the base names written, for the report. */
public final class Charts {
    private Charts() {}

    public static List<String> write(List<Row> rows, Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Files.createDirectories(dir);
        List<String> names = new ArrayList<>();
        double peak1 = Results.peak(rows, false), peakN = Results.peak(rows, true);

        // 1. GFLOP/s vs width k, one chart per (benchmark, d, batch), a line per impl, the measured peaks as lines
        Map<String, List<Row>> groups = rows.stream().filter(r -> r.isKernel() && Double.isFinite(r.gflops()))
                .collect(Collectors.groupingBy(r -> r.benchmark() + "|" + r.d() + "|" + r.batch(), TreeMap::new, Collectors.toList()));
        for (var e : groups.entrySet()) {
            List<Row> g = e.getValue();
            Row first = g.getFirst();
            String title = first.benchmark().replace("Benchmark", "") + ": GFLOP/s vs width (d=" + first.d()
                    + (first.batch() > 0 ? ", batch " + first.batch() : "") + ")";
            XYChart c = new XYChartBuilder().width(900).height(560).title(title).xAxisTitle("hidden width k")
                    .yAxisTitle("GFLOP/s").build();
            c.getStyler().setXAxisLogarithmic(true);
            c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
            Map<String, List<Row>> byImpl = g.stream().collect(Collectors.groupingBy(Row::impl, LinkedHashMap::new, Collectors.toList()));
            List<Double> allK = g.stream().map(r -> (double) r.k()).distinct().sorted().toList();
            for (var s : byImpl.entrySet()) {
                List<Row> pts = s.getValue().stream().sorted(Comparator.comparingInt(Row::k)).toList();
                c.addSeries(s.getKey(), pts.stream().map(r -> (double) r.k()).toList(), pts.stream().map(Row::gflops).toList());
            }
            addLine(c, "peak 1 thread", allK, peak1);
            addLine(c, "peak all threads", allK, peakN);
            names.add(save(c, dir, "gflops_" + first.benchmark().replace("Benchmark", "").toLowerCase(Locale.ROOT)
                    + "_d" + first.d() + (first.batch() > 0 ? "_b" + first.batch() : "")));
        }

        // 2. speed-up over scalar, per shape of the main benchmark
        String main = rows.stream().anyMatch(r -> r.benchmark().equals("TrainStepBenchmark")) ? "TrainStepBenchmark"
                : rows.stream().filter(Row::isKernel).map(Row::benchmark).findFirst().orElse(null);
        List<Row> sp = rows.stream().filter(r -> r.benchmark().equals(main) && Double.isFinite(r.vsScalar())).toList();
        if (!sp.isEmpty()) {
            List<String> shapes = sp.stream().map(Row::shape).distinct().toList();
            CategoryChart c = new CategoryChartBuilder().width(1000).height(560)
                    .title(main.replace("Benchmark", "") + ": speed-up over scalar").xAxisTitle("shape")
                    .yAxisTitle("x scalar").build();
            c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
            c.getStyler().setXAxisLabelRotation(30);
            for (String impl : sp.stream().map(Row::impl).distinct().toList()) {
                List<Double> ys = new ArrayList<>();
                for (String shape : shapes)
                    ys.add(sp.stream().filter(r -> r.impl().equals(impl) && r.shape().equals(shape))
                            .mapToDouble(Row::vsScalar).findFirst().orElse(0));
                c.addSeries(impl, shapes, ys);
            }
            names.add(save(c, dir, "speedup_vs_scalar"));
        }

        // 3. latency percentiles (HdrHistogram loop), one chart per shape, a bar group per impl
        List<Row> lat = rows.stream().filter(r -> r.benchmark().equals("Latency") && Double.isFinite(r.p50us())).toList();
        for (String shape : lat.stream().map(Row::shape).distinct().toList()) {
            List<Row> g = lat.stream().filter(r -> r.shape().equals(shape)).toList();
            CategoryChart c = new CategoryChartBuilder().width(900).height(560)
                    .title("Training-step latency percentiles (" + shape + ")").xAxisTitle("implementation")
                    .yAxisTitle("microseconds").build();
            c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
            c.getStyler().setXAxisLabelRotation(30);
            List<String> impls = g.stream().map(Row::impl).toList();
            c.addSeries("p50", impls, g.stream().map(Row::p50us).toList());
            c.addSeries("p99", impls, g.stream().map(Row::p99us).toList());
            c.addSeries("p99.9", impls, g.stream().map(Row::p999us).toList());
            names.add(save(c, dir, "latency_" + shape.replace(" ", "_").replace("=", "")));
        }
        return names;
    }

    private static void addLine(XYChart c, String name, List<Double> xs, double y) {
        if (!Double.isFinite(y) || xs.isEmpty()) return;
        List<Double> xx = xs.size() == 1 ? List.of(xs.getFirst() * 0.9, xs.getFirst() * 1.1) : List.of(xs.getFirst(), xs.getLast());
        XYSeries s = c.addSeries(name, xx, List.of(y, y));
        s.setMarker(SeriesMarkers.NONE);
        s.setLineStyle(new java.awt.BasicStroke(2f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f, new float[]{8f, 6f}, 0f));
    }

    static {
        // ImageIO's disk cache registers a shutdown hook per stream, which fails if charts are drawn during Ctrl-C
        javax.imageio.ImageIO.setUseCache(false);
    }

    /** Writes base.png and base.svg (temp + rename each) and returns the base name. */
    private static String save(Chart<?, ?> chart, Path dir, String base) throws IOException {
        byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        AtomicFiles.write(dir.resolve(base + ".png"), png);
        Path tmp = Files.createTempFile(dir, "." + base, ".svg.tmp");
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, tmp.toString(), VectorGraphicsFormat.SVG);
            // XChart appends the extension itself
            Path written = Path.of(tmp + ".svg");
            AtomicFiles.move(Files.exists(written) ? written : tmp, dir.resolve(base + ".svg"));
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(Path.of(tmp + ".svg"));
        }
        return base;
    }
}
