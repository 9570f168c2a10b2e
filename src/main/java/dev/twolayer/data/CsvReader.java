package dev.twolayer.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads numeric CSV files into a {@link Dataset} (or a raw {@link CsvTable}). Plain Java, no dependencies.
 *
 * <p>Format: one sample per line, fields separated by the delimiter (default {@code ,}), surrounding whitespace and
 * double quotes ignored; blank lines and lines starting with {@code #} are skipped. An optional first row of column
 * names is detected automatically (a row in which no field is a number) or forced on/off by {@link Options#header}.
 * Every value must be a finite decimal number representable as a float.
 *
 * <p>Column roles: an optional weight column is taken out first; of the remaining columns the targets are the last
 * {@code m} ({@link Options#targets(int)}, default 1) or those named in the header
 * ({@link Options#targetColumns(String...)}); all other columns are inputs, in file order.
 *
 * <p>Errors are {@link CsvFormatException}s whose message starts {@code file:line:column:}; an unreadable file is an
 * {@link UncheckedIOException} naming the file and the reason.
 */
public final class CsvReader {
    private CsvReader() {}

    /** Whether the first row holds column names. */
    public enum Header { AUTO, PRESENT, ABSENT }

    /** Immutable reading options; start from {@link #defaults()}. */
    public record Options(char delimiter, Header header, int targetCount, List<String> targetNames,
                          String weightName, int weightIndex) {
        public Options {
            if (delimiter == '"' || delimiter == '\n' || delimiter == '\r' || delimiter == '#')
                throw new IllegalArgumentException("delimiter cannot be " + printable(delimiter));
            if (header == null) throw new IllegalArgumentException("header mode must be given");
            if (targetNames == null && targetCount < 1)
                throw new IllegalArgumentException("target count must be >= 1, got " + targetCount);
            if (targetNames != null && targetNames.isEmpty())
                throw new IllegalArgumentException("at least one target column must be named");
            if (weightName != null && weightIndex >= 0)
                throw new IllegalArgumentException("give the weight column by name or by index, not both");
            targetNames = targetNames == null ? null : List.copyOf(targetNames);
        }

        /** Comma-separated, header auto-detected, last column is the (single) target, no weights. */
        public static Options defaults() { return new Options(',', Header.AUTO, 1, null, null, -1); }

        public Options delimiter(char c) { return new Options(c, header, targetCount, targetNames, weightName, weightIndex); }
        public Options header(Header h) { return new Options(delimiter, h, targetCount, targetNames, weightName, weightIndex); }
        /** The last {@code m} (non-weight) columns are targets. */
        public Options targets(int m) { return new Options(delimiter, header, m, null, weightName, weightIndex); }
        /** The named header columns are targets (in the given order); needs a header row. */
        public Options targetColumns(String... names) {
            return new Options(delimiter, header, names.length, Arrays.asList(names), weightName, weightIndex);
        }
        /** The named header column holds sample weights. */
        public Options weightColumn(String name) { return new Options(delimiter, header, targetCount, targetNames, name, -1); }
        /** Column {@code index} (0-based) holds sample weights. */
        public Options weightColumn(int index) {
            if (index < 0) throw new IllegalArgumentException("weight column index must be >= 0, got " + index);
            return new Options(delimiter, header, targetCount, targetNames, null, index);
        }
    }

    /** Reads {@code file} as a Dataset with the given options. */
    public static Dataset read(Path file, Options options) {
        return toDataset(readTable(file, options), file, options);
    }

    /** Reads {@code file} with {@link Options#defaults()}. */
    public static Dataset read(Path file) {
        return read(file, Options.defaults());
    }

    /** Reads {@code file} as a plain numeric table (no column roles). */
    public static CsvTable readTable(Path file, Options options) {
        if (Files.isDirectory(file))
            throw new UncheckedIOException("cannot read CSV file " + file + ": is a directory", new IOException(file + " is a directory"));
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readTable(in, file, options);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new CsvFormatException(file, 0, 0, "not a UTF-8 text file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read CSV file " + file + ": " + AtomicFiles.describe(e), e);
        }
    }

    /** Reads CSV text from {@code in}; {@code source} names it in error messages. Does not close {@code in}. */
    public static CsvTable readTable(Reader in, Path source, Options options) throws IOException {
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<String> header = null;
        int cols = -1, firstDataLine = 0, rows = 0, lineNo = 0;
        float[] values = new float[1024];
        List<String> fields = new ArrayList<>();
        boolean first = true;
        String line;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') line = line.substring(1); // UTF-8 BOM
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.charAt(0) == '#') continue;
            split(line, options.delimiter(), fields);
            if (first) {
                first = false;
                boolean isHeader = switch (options.header()) {
                    case PRESENT -> true;
                    case ABSENT -> false;
                    case AUTO -> looksLikeHeader(fields);
                };
                if (isHeader) {
                    header = List.copyOf(fields);
                    cols = fields.size();
                    for (int c = 0; c < cols; c++) {
                        if (header.get(c).isEmpty()) throw new CsvFormatException(source, lineNo, c + 1, "empty column name in header");
                        if (header.indexOf(header.get(c)) != c)
                            throw new CsvFormatException(source, lineNo, c + 1, "duplicate column name '" + header.get(c) + "' in header");
                    }
                    continue;
                }
            }
            if (cols < 0) { cols = fields.size(); firstDataLine = lineNo; }
            else if (fields.size() != cols) {
                String like = header != null ? "the header" : "line " + firstDataLine;
                throw new CsvFormatException(source, lineNo, 0,
                        "ragged row: " + fields.size() + " fields, expected " + cols + " like " + like);
            }
            if ((long) (rows + 1) * cols > Integer.MAX_VALUE - 16)
                throw new CsvFormatException(source, lineNo, 0, "too many values for one float array");
            if ((rows + 1) * cols > values.length)
                values = Arrays.copyOf(values, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(2L * values.length, (long) (rows + 1) * cols)));
            for (int c = 0; c < cols; c++) values[rows * cols + c] = parse(fields.get(c), source, lineNo, c + 1);
            rows++;
        }
        if (lineNo == 0 || (header == null && rows == 0))
            throw new CsvFormatException(source, 0, 0, "empty file: no data rows");
        if (rows == 0) throw new CsvFormatException(source, 0, 0, "no data rows after the header");
        return new CsvTable(header, rows, cols, Arrays.copyOf(values, rows * cols));
    }

    /** Assigns column roles (weights, targets, inputs) to a table and builds the Dataset. */
    public static Dataset toDataset(CsvTable table, Path source, Options options) {
        int cols = table.cols();
        boolean[] used = new boolean[cols];
        int weightCol = -1;
        if (options.weightName() != null) {
            weightCol = requireColumn(table, source, options.weightName(), "weight");
        } else if (options.weightIndex() >= 0) {
            if (options.weightIndex() >= cols)
                throw new CsvFormatException(source, 0, 0, "weight column " + (options.weightIndex() + 1) + " does not exist: the file has " + cols + " columns");
            weightCol = options.weightIndex();
        }
        if (weightCol >= 0) used[weightCol] = true;

        int m = options.targetNames() != null ? options.targetNames().size() : options.targetCount();
        int[] targetCols = new int[m];
        if (options.targetNames() != null) {
            for (int t = 0; t < m; t++) {
                int c = requireColumn(table, source, options.targetNames().get(t), "target");
                if (used[c]) throw new CsvFormatException(source, 0, 0, "column '" + options.targetNames().get(t) + "' is given two roles");
                used[c] = true;
                targetCols[t] = c;
            }
        } else {
            int[] free = new int[cols];
            int nFree = 0;
            for (int c = 0; c < cols; c++) if (!used[c]) free[nFree++] = c;
            if (nFree < m + 1) throw new CsvFormatException(source, 0, 0, tooFew(cols, m, weightCol));
            for (int t = 0; t < m; t++) {
                targetCols[t] = free[nFree - m + t];
                used[targetCols[t]] = true;
            }
        }
        int d = countUnused(used);
        if (d == 0) throw new CsvFormatException(source, 0, 0, tooFew(cols, m, weightCol));
        int[] inputCols = new int[d];
        for (int c = 0, j = 0; c < cols; c++) if (!used[c]) inputCols[j++] = c;

        float[] weights = weightCol >= 0 ? table.select(new int[] {weightCol}) : null;
        if (weights != null) {
            double total = 0;
            for (int r = 0; r < weights.length; r++) {
                if (weights[r] < 0)
                    throw new CsvFormatException(source, 0, weightCol + 1, "negative sample weight " + weights[r] + " in data row " + (r + 1));
                total += weights[r];
            }
            if (!(total > 0)) throw new CsvFormatException(source, 0, weightCol + 1, "sample weights are all zero");
        }
        return new Dataset(table.rows(), d, m, table.select(inputCols), table.select(targetCols), weights);
    }

    private static String tooFew(int cols, int m, int weightCol) {
        return "the file has " + cols + " column" + (cols == 1 ? "" : "s") + ", need at least one input, " + m + " target"
                + (m == 1 ? "" : "s") + (weightCol >= 0 ? " and a weight column" : "");
    }

    private static int countUnused(boolean[] used) {
        int n = 0;
        for (boolean u : used) if (!u) n++;
        return n;
    }

    private static int requireColumn(CsvTable table, Path source, String name, String role) {
        if (table.header() == null)
            throw new CsvFormatException(source, 0, 0, role + " column '" + name + "' named, but the file has no header row");
        int c = table.columnIndex(name);
        if (c < 0) throw new CsvFormatException(source, 1, 0, "no " + role + " column named '" + name + "'; columns are " + table.header());
        return c;
    }

    /** Splits one line into trimmed, unquoted fields. */
    static void split(String line, char delimiter, List<String> out) {
        out.clear();
        int start = 0;
        while (true) {
            int end = line.indexOf(delimiter, start);
            String f = (end < 0 ? line.substring(start) : line.substring(start, end)).strip();
            if (f.length() >= 2 && f.charAt(0) == '"' && f.charAt(f.length() - 1) == '"') f = f.substring(1, f.length() - 1).strip();
            out.add(f);
            if (end < 0) return;
            start = end + 1;
        }
    }

    private static boolean looksLikeHeader(List<String> fields) {
        for (String f : fields) if (isDecimal(f) || nonFiniteToken(f)) return false;
        return true;
    }

    private static float parse(String f, Path source, int line, int col) {
        if (f.isEmpty()) throw new CsvFormatException(source, line, col, "empty field, expected a number");
        if (nonFiniteToken(f)) throw new CsvFormatException(source, line, col, "non-finite value '" + f + "'; NaN and infinities are not allowed");
        if (!isDecimal(f)) throw new CsvFormatException(source, line, col, "malformed number '" + abbreviate(f) + "'");
        float v = Float.parseFloat(f);
        if (!Float.isFinite(v)) throw new CsvFormatException(source, line, col, "value " + f + " is outside the float range");
        return v;
    }

    private static boolean nonFiniteToken(String f) {
        String s = f.toLowerCase(Locale.ROOT);
        if (s.startsWith("+") || s.startsWith("-")) s = s.substring(1);
        return s.equals("nan") || s.equals("inf") || s.equals("infinity");
    }

    /** Strict decimal syntax: [+-] digits [. digits] [e [+-] digits], at least one digit in the mantissa. */
    static boolean isDecimal(String s) {
        int i = 0, n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        int digits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') { i++; digits++; }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') { i++; digits++; }
        }
        if (digits == 0) return false;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int exp = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') { i++; exp++; }
            if (exp == 0) return false;
        }
        return i == n;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static String printable(char c) {
        return switch (c) { case '\n' -> "'\\n'"; case '\r' -> "'\\r'"; default -> "'" + c + "'"; };
    }
}
