package dev.twolayer.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forks whose JIT warm-up ({@code JitWarmUp}, which {@code Fixture.warmUp} prints into JMH's log) stopped at its
 * cap with the JIT still busy. Their times may include compilation, and their allocation vectors allocated by code
 * that C2 had not yet compiled: on stop 47's Xeon five large cells stopped there, one of them at 1.25 MB a step.
 */
final class WarmUpLog {
    private static final Pattern BENCHMARK = Pattern.compile("^# Benchmark: (?:.*\\.)?(\\w+\\.\\w+)$");
    private static final Pattern PARAMETERS = Pattern.compile("^# Parameters: \\((.*)\\)$");
    private static final Pattern CAPPED =
            Pattern.compile("JIT warm-up: (\\d+) calls in ([\\d.]+) s, stopped at the cap");

    private WarmUpLog() {}

    /** One line per capped fork: its benchmark, parameters and warm-up; none when there is no log. */
    static List<String> capped(Path jmhLog) throws IOException {
        return Files.exists(jmhLog) ? capped(Files.readAllLines(jmhLog)) : List.of();
    }

    static List<String> capped(List<String> lines) {
        List<String> out = new ArrayList<>();
        String benchmark = "?", params = "";
        for (String line : lines) {
            Matcher m;
            if ((m = BENCHMARK.matcher(line)).matches()) {
                benchmark = m.group(1);
                params = "";
            } else if ((m = PARAMETERS.matcher(line)).matches()) {
                params = m.group(1).replace(" = ", "=");
            } else if ((m = CAPPED.matcher(line)).find()) {
                out.add("`" + benchmark + "`" + (params.isEmpty() ? "" : " " + params) + ": " + m.group(1)
                        + " calls in " + m.group(2) + " s");
            }
        }
        return out;
    }
}
