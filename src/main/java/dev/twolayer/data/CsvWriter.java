package dev.twolayer.data;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes numeric CSV files atomically (see {@link AtomicFiles}). Floats are written with {@link Float#toString}, which
 * reads back to the identical float, so a write/read round trip is exact.
 */
public final class CsvWriter {
    private CsvWriter() {}

    /**
     * Writes a {@code rows x cols} row-major table, with a header row when {@code header} is not null.
     */
    public static void write(Path file, List<String> header, int rows, int cols, float[] values) {
        write(file, header, rows, cols, values, ',');
    }

    /** As {@link #write(Path, List, int, int, float[])} with a chosen delimiter. */
    public static void write(Path file, List<String> header, int rows, int cols, float[] values, char delimiter) {
        if (rows < 0 || cols < 1) throw new IllegalArgumentException("need rows >= 0 and cols >= 1, got " + rows + "x" + cols);
        if (values.length < (long) rows * cols)
            throw new IllegalArgumentException("values has " + values.length + " entries, need " + (long) rows * cols);
        if (header != null && header.size() != cols)
            throw new IllegalArgumentException("header has " + header.size() + " names for " + cols + " columns");
        if (header != null)
            for (String h : header)
                if (h.isEmpty() || h.indexOf(delimiter) >= 0 || h.indexOf('\n') >= 0 || h.indexOf('"') >= 0)
                    throw new IllegalArgumentException("column name '" + h + "' is empty or contains the delimiter, a quote or a newline");
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (header != null) w.write(String.join(String.valueOf(delimiter), header) + "\n");
            StringBuilder sb = new StringBuilder(16 * cols);
            for (int r = 0; r < rows; r++) {
                sb.setLength(0);
                for (int c = 0; c < cols; c++) {
                    if (c > 0) sb.append(delimiter);
                    sb.append(values[r * cols + c]);
                }
                sb.append('\n');
                w.write(sb.toString());
            }
            w.flush();
        });
    }

    /** Writes a table as read by {@link CsvReader#readTable}. */
    public static void write(Path file, CsvTable table) {
        write(file, table.header(), table.rows(), table.cols(), table.values());
    }

    /**
     * Writes a Dataset as columns {@code x1..xd, y1..ym[, weight]} with a header row, so that
     * {@code CsvReader.read(file, defaults().targets(m).weightColumn("weight"))} reads it back exactly.
     */
    public static void write(Path file, Dataset data) {
        int n = data.size(), d = data.inputDim(), m = data.targetDim();
        boolean weighted = data.weights() != null;
        int cols = d + m + (weighted ? 1 : 0);
        List<String> header = new ArrayList<>(cols);
        for (int i = 1; i <= d; i++) header.add("x" + i);
        for (int o = 1; o <= m; o++) header.add(m == 1 ? "y" : "y" + o);
        if (weighted) header.add("weight");
        float[] values = new float[n * cols];
        for (int r = 0; r < n; r++) {
            System.arraycopy(data.x(), r * d, values, r * cols, d);
            System.arraycopy(data.y(), r * m, values, r * cols + d, m);
            if (weighted) values[r * cols + d + m] = data.weights()[r];
        }
        write(file, header, n, cols, values);
    }

}
