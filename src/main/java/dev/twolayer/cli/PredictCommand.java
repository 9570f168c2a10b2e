package dev.twolayer.cli;

import dev.twolayer.data.CsvReader;
import dev.twolayer.data.CsvTable;
import dev.twolayer.data.CsvWriter;
import dev.twolayer.data.Generators;
import dev.twolayer.model.ModelIO;
import dev.twolayer.model.ModelSpec;
import dev.twolayer.model.TwoLayerNet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code predict}: applies a saved model to the rows of a CSV file. The file has d columns (inputs) or d + m columns
 * (inputs, then targets: the loss is reported too). Predictions go to {@code --out} (CSV with a header) or stdout.
 */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Apply a saved model to a CSV file of inputs (optionally followed by target columns).")
public final class PredictCommand extends CliCommand {

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "Model file written by 'train --out'.")
    Path model;

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "Input rows: d columns, or d + m with targets.")
    Path csv;

    @Option(names = "--out", paramLabel = "FILE", description = "Write predictions here (CSV); default: stdout.")
    Path outFile;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",", description = "Field delimiter; default: ${DEFAULT-VALUE}.")
    String delimiter;

    @Option(names = "--header", paramLabel = "auto|yes|no", defaultValue = "auto", description = "Header row; default: ${DEFAULT-VALUE}.")
    String header;

    @Override public Integer call() {
        CsvOptions csvOpts = new CsvOptions();
        csvOpts.delimiter = delimiter;
        csvOpts.header = header;
        CsvReader.Options options = validated(csvOpts::toOptions);

        TwoLayerNet net = ModelIO.load(model);
        ModelSpec s = net.spec();
        CsvTable table = CsvReader.readTable(csv, options);
        int n = table.rows(), d = s.d(), m = s.m();
        boolean hasTargets;
        if (table.cols() == d) hasTargets = false;
        else if (table.cols() == d + m) hasTargets = true;
        else throw new IllegalArgumentException(csv + ": has " + table.cols() + " columns, the model needs " + d
                + " input column" + (d == 1 ? "" : "s") + " (or " + (d + m) + " with targets)");

        int[] inputCols = new int[d];
        for (int i = 0; i < d; i++) inputCols[i] = i;
        float[] x = table.select(inputCols);
        float[] pred = Generators.label(net, x, n);

        List<String> names = new ArrayList<>(m);
        for (int o = 1; o <= m; o++) names.add(m == 1 ? "prediction" : "prediction" + o);
        if (outFile != null) {
            CsvWriter.write(outFile, names, n, m, pred);
        } else {
            StringBuilder sb = new StringBuilder();
            sb.append(String.join(",", names)).append('\n');
            for (int r = 0; r < n; r++) {
                for (int o = 0; o < m; o++) sb.append(o == 0 ? "" : ",").append(pred[r * m + o]);
                sb.append('\n');
            }
            out().print(sb);
            out().flush();
        }
        String where = outFile != null ? " -> " + outFile : "";
        if (hasTargets) {
            double sse = 0;
            for (int r = 0; r < n; r++)
                for (int o = 0; o < m; o++) {
                    double e = pred[r * m + o] - table.get(r, d + o);
                    sse += e * e;
                }
            summary(String.format(Locale.ROOT, "predicted %d rows%s; 1/2-MSE against the target columns: %.6g", n, where, 0.5 * sse / n));
        } else {
            summary("predicted " + n + " rows" + where);
        }
        return 0;
    }

    /** Summaries go to stdout when predictions go to a file, else to stderr (stdout then holds the CSV). */
    private void summary(String line) {
        var w = outFile != null ? out() : err();
        w.println(line);
        w.flush();
    }
}
