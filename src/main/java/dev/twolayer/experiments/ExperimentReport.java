package dev.twolayer.experiments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an experiment reports, independent of file format: the exact configuration, master seed, provenance
 * (code version, JDK, CPU, threads, wall time), whether it is partial (cancelled), aggregate rows (one per cell,
 * flat key/value maps that become CSV rows, fractions carrying Wilson intervals), nested details (JSON only),
 * chart specifications and markdown summary lines. Values are Strings, Numbers, Booleans, Lists or Maps of them.
 */
public final class ExperimentReport {

    /**
     * One line on a chart.
     *
     * @param name legend name
     * @param x    abscissae
     * @param y    ordinates (same length)
     * @param yLo  lower error bound per point, or null
     * @param yHi  upper error bound per point, or null
     */
    public record Series(String name, double[] x, double[] y, double[] yLo, double[] yHi) {
        public Series {
            Objects.requireNonNull(name, "name");
            if (x.length != y.length) throw new IllegalArgumentException("series " + name + ": x has " + x.length + " points, y " + y.length);
            if ((yLo == null) != (yHi == null)) throw new IllegalArgumentException("series " + name + ": give both error bounds or neither");
            if (yLo != null && (yLo.length != x.length || yHi.length != x.length))
                throw new IllegalArgumentException("series " + name + ": error bounds must have " + x.length + " points");
        }

        public static Series of(String name, double[] x, double[] y) { return new Series(name, x, y, null, null); }
    }

    /** A chart: title, axis labels, log scales, series. */
    public record Chart(String title, String xLabel, String yLabel, boolean logX, boolean logY, List<Series> series) {
        public Chart {
            series = List.copyOf(series);
        }
    }

    private final String name;
    private final String title;
    private final Map<String, Object> config = new LinkedHashMap<>();
    private final long masterSeed;
    private final String codeVersion = RunEnvironment.codeVersion();
    private final String jdk = RunEnvironment.jdk();
    private final String cpu = RunEnvironment.cpu();
    private int threads;
    private double wallSeconds;
    private boolean partial;
    private long runsCompleted, runsPlanned;
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final Map<String, Object> details = new LinkedHashMap<>();
    private final List<Chart> charts = new ArrayList<>();
    private final List<String> summary = new ArrayList<>();

    /** @param name short file-system safe name, e.g. "spurious-minima" */
    public ExperimentReport(String name, String title, long masterSeed) {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]*"))
            throw new IllegalArgumentException("experiment name must be lower-case letters, digits and '-', got " + name);
        this.name = name;
        this.title = Objects.requireNonNull(title, "title");
        this.masterSeed = masterSeed;
    }

    public ExperimentReport config(String key, Object value) { config.put(key, value); return this; }
    public ExperimentReport detail(String key, Object value) { details.put(key, value); return this; }
    public ExperimentReport row(Map<String, Object> row) { rows.add(new LinkedHashMap<>(row)); return this; }
    public ExperimentReport chart(Chart chart) { charts.add(chart); return this; }
    public ExperimentReport summaryLine(String line) { summary.add(line); return this; }

    /** Records threads, wall time, runs and partial flag once the experiment has finished (or was cancelled). */
    public ExperimentReport finish(int threads, long wallNanos, long runsCompleted, long runsPlanned, boolean partial) {
        this.threads = threads;
        this.wallSeconds = wallNanos / 1e9;
        this.runsCompleted = runsCompleted;
        this.runsPlanned = runsPlanned;
        this.partial = partial;
        return this;
    }

    /** Puts a Wilson interval into a row as {@code prefix}, {@code prefix_lo}, {@code prefix_hi} plus the counts. */
    public static void putFraction(Map<String, Object> row, String prefix, Wilson.Interval w) {
        row.put(prefix + "_count", w.successes());
        row.put(prefix, w.p());
        row.put(prefix + "_lo", w.lo());
        row.put(prefix + "_hi", w.hi());
    }

    public String name() { return name; }
    public String title() { return title; }
    public Map<String, Object> config() { return Collections.unmodifiableMap(config); }
    public long masterSeed() { return masterSeed; }
    public String codeVersion() { return codeVersion; }
    public String jdk() { return jdk; }
    public String cpu() { return cpu; }
    public int threads() { return threads; }
    public double wallSeconds() { return wallSeconds; }
    public boolean partial() { return partial; }
    public long runsCompleted() { return runsCompleted; }
    public long runsPlanned() { return runsPlanned; }
    public List<Map<String, Object>> rows() { return Collections.unmodifiableList(rows); }
    public Map<String, Object> details() { return Collections.unmodifiableMap(details); }
    public List<Chart> charts() { return Collections.unmodifiableList(charts); }
    public List<String> summary() { return Collections.unmodifiableList(summary); }
}
