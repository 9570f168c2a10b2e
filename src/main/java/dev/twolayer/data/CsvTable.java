package dev.twolayer.data;

import java.util.Arrays;
import java.util.List;

/**
 * A numeric table read from CSV: {@code rows x cols} floats, row-major, with optional column names.
 *
 * @param header column names, or null when the file had no header row
 * @param rows   number of data rows (>= 1)
 * @param cols   number of columns (>= 1)
 * @param values row-major values, length rows*cols, all finite
 */
public record CsvTable(List<String> header, int rows, int cols, float[] values) {
    public CsvTable {
        if (rows < 1 || cols < 1) throw new IllegalArgumentException("table needs rows, cols >= 1, got " + rows + "x" + cols);
        if (values.length != (long) rows * cols)
            throw new IllegalArgumentException("values has " + values.length + " entries, expected " + (long) rows * cols);
        if (header != null && header.size() != cols)
            throw new IllegalArgumentException("header has " + header.size() + " names, table has " + cols + " columns");
        header = header == null ? null : List.copyOf(header);
    }

    public float get(int row, int col) { return values[row * cols + col]; }

    /** Index of the column named {@code name}, or -1. */
    public int columnIndex(String name) {
        return header == null ? -1 : header.indexOf(name);
    }

    /** The given columns of every row, row-major (rows x columns.length). */
    public float[] select(int[] columns) {
        float[] out = new float[rows * columns.length];
        for (int r = 0; r < rows; r++)
            for (int j = 0; j < columns.length; j++) out[r * columns.length + j] = values[r * cols + columns[j]];
        return out;
    }

    @Override public String toString() {
        return "CsvTable[" + rows + "x" + cols + (header == null ? "" : ", header=" + header) + "]";
    }

    @Override public boolean equals(Object o) {
        return o instanceof CsvTable t && t.rows == rows && t.cols == cols && java.util.Objects.equals(t.header, header)
                && Arrays.equals(t.values, values);
    }

    @Override public int hashCode() { return Arrays.hashCode(values) * 31 + cols; }
}
