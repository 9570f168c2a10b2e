package dev.twolayer.data;

import java.nio.file.Path;

/**
 * Malformed CSV content. The message starts with {@code file:line:column:} (or {@code file:line:} / {@code file:}
 * when no column or line applies), the way compilers report positions; lines and columns count from 1.
 */
public final class CsvFormatException extends IllegalArgumentException {
    private final Path file;
    private final int line, column;

    public CsvFormatException(Path file, int line, int column, String problem) {
        super(position(file, line, column) + problem);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    private static String position(Path file, int line, int column) {
        StringBuilder sb = new StringBuilder(String.valueOf(file));
        if (line > 0) sb.append(':').append(line);
        if (line > 0 && column > 0) sb.append(':').append(column);
        return sb.append(": ").toString();
    }

    /** The file (or source name) being read. */
    public Path file() { return file; }
    /** 1-based line of the problem, 0 when it concerns the whole file. */
    public int line() { return line; }
    /** 1-based column (field index) of the problem, 0 when it concerns the whole line. */
    public int column() { return column; }
}
