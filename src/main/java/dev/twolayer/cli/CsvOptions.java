package dev.twolayer.cli;

import dev.twolayer.data.CsvReader;
import picocli.CommandLine.Option;

import java.util.List;

/** CSV reading options shared by the subcommands (a picocli mixin). */
public final class CsvOptions {
    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",",
            description = "Field delimiter (one character, or 'tab'); default: ${DEFAULT-VALUE}.")
    String delimiter;

    @Option(names = "--header", paramLabel = "auto|yes|no", defaultValue = "auto",
            description = "Whether the first row holds column names; default: ${DEFAULT-VALUE} (a row with no number in it).")
    String header;

    @Option(names = "--targets", paramLabel = "M",
            description = "Number of target columns: the last M columns (weight column excepted); default 1.")
    Integer targetCount;

    @Option(names = "--target-columns", paramLabel = "NAME", split = ",",
            description = "Target columns by header name (comma-separated).")
    List<String> targetNames;

    @Option(names = "--weight-column", paramLabel = "NAME|#INDEX",
            description = "Column of sample weights, by header name or 1-based index written #3.")
    String weightColumn;

    /** The reader options; throws IllegalArgumentException naming a bad value. */
    CsvReader.Options toOptions() {
        CsvReader.Options o = CsvReader.Options.defaults().delimiter(delimiterChar()).header(switch (header.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> CsvReader.Header.AUTO;
            case "yes", "true", "present" -> CsvReader.Header.PRESENT;
            case "no", "false", "absent" -> CsvReader.Header.ABSENT;
            default -> throw new IllegalArgumentException("--header must be auto, yes or no, got '" + header + "'");
        });
        if (targetNames != null && targetCount != null)
            throw new IllegalArgumentException("give --targets or --target-columns, not both");
        if (targetNames != null) o = o.targetColumns(targetNames.toArray(String[]::new));
        else if (targetCount != null) o = o.targets(targetCount);
        if (weightColumn != null) {
            if (weightColumn.startsWith("#")) {
                int idx;
                try { idx = Integer.parseInt(weightColumn.substring(1)); }
                catch (NumberFormatException e) { throw new IllegalArgumentException("--weight-column index '" + weightColumn + "' is not a number"); }
                if (idx < 1) throw new IllegalArgumentException("--weight-column index must be >= 1, got " + idx);
                o = o.weightColumn(idx - 1);
            } else {
                o = o.weightColumn(weightColumn);
            }
        }
        return o;
    }

    char delimiterChar() {
        if (delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t")) return '\t';
        if (delimiter.length() != 1) throw new IllegalArgumentException("--delimiter must be one character, got '" + delimiter + "'");
        return delimiter.charAt(0);
    }
}
