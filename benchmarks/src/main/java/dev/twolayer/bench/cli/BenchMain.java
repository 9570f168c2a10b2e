package dev.twolayer.bench.cli;

import dev.twolayer.bench.Fixture;
import dev.twolayer.bench.harness.*;
import dev.twolayer.bench.impl.Impls;
import org.HdrHistogram.Histogram;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.*;
import java.util.concurrent.Callable;

/** The benchmark harness CLI ({@code benchmarks/run}); {@code jmh ...} hands everything to JMH's own Main. */
@Command(name = "benchmarks/run", mixinStandardHelpOptions = true,
        description = "Measure twolayer kernels on this CPU. Without a subcommand: the default grid (~10 min on 2 cores).",
        subcommands = {BenchMain.Run.class, BenchMain.Compare.class, BenchMain.Profile.class, BenchMain.Render.class,
                BenchMain.Info.class})
public final class BenchMain implements Callable<Integer> {

    @CommandLine.Mixin GridOptions grid = new GridOptions();

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (args.length > 0 && args[0].equals("jmh")) {
            org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override public Integer call() throws Exception { return grid.runGrid(); }

    static final class GridOptions {
        @Option(names = "--quick", description = "~1 minute smoke grid") boolean quick;
        @Option(names = "--full", description = "the issue's grid: 100 shapes (pick --impls: about 45 minutes for four "
                + "on 2 cores)") boolean full;
        @Option(names = "--impls", split = ",", description = "implementations (default: ${DEFAULT-VALUE})")
        List<String> impls = Impls.DEFAULT;
        @Option(names = "--out", description = "results root (default: ${DEFAULT-VALUE})") Path out = Path.of("results");

        int runGrid() throws Exception {
            if (quick && full) throw new CommandLine.ParameterException(new CommandLine(this), "--quick and --full exclude each other");
            Grid g = (quick ? Grid.quick() : full ? Grid.full() : Grid.standard()).withImpls(impls);
            String cmd = "benchmarks/run" + (quick ? " --quick" : full ? " --full" : "")
                    + (impls.equals(Impls.DEFAULT) ? "" : " --impls " + String.join(",", impls));
            Pipeline.run(g, out, cmd, System.out);
            return 0;
        }
    }

    @Command(name = "run", description = "Run a grid and write results/<cpu-id>/<timestamp>/ (the default command).")
    static final class Run implements Callable<Integer> {
        @CommandLine.Mixin GridOptions grid = new GridOptions();
        @Override public Integer call() throws Exception { return grid.runGrid(); }
    }

    @Command(name = "compare", description = "Put two or more result folders side by side in one markdown report.")
    static final class Compare implements Callable<Integer> {
        @Parameters(arity = "2..*", paramLabel = "DIR") List<Path> dirs;
        @Option(names = "--out", description = "write the report here (default: results/compare-<timestamp>.md)") Path out;

        @Override public Integer call() {
            List<String> labels = new ArrayList<>();
            List<MachineInfo> machines = new ArrayList<>();
            List<List<Row>> sets = new ArrayList<>();
            for (Path d : dirs) {
                labels.add(d.getParent() == null ? d.toString() : d.getParent().getFileName() + "/" + d.getFileName());
                machines.add(Pipeline.readMachine(d));
                sets.add(Pipeline.readRows(d));
            }
            String md = Report.compare(labels, machines, sets);
            Path target = out != null ? out : Path.of("results", "compare-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
            AtomicFiles.write(target, md);
            System.out.print(md);
            System.out.println("\nwritten: " + target);
            return 0;
        }
    }

    @Command(name = "profile", description = "Run one kernel/shape in a loop for N seconds (attach async-profiler, perf or JFR), then print latency percentiles.")
    static final class Profile implements Callable<Integer> {
        @Option(names = "--impl", required = true, description = "implementation name, e.g. vector") String impl;
        @Option(names = "--d", defaultValue = "256") int d;
        @Option(names = "--k", defaultValue = "1024") int k;
        @Option(names = "--batch", defaultValue = "64") int batch;
        @Option(names = "--seconds", defaultValue = "30") double seconds;
        @Option(names = "--op", defaultValue = "STEP", description = "STEP, FORWARD_BACKWARD or FORWARD") Latency.Op op;

        @Override public Integer call() {
            try (Fixture f = Fixture.create(impl, d, k, batch)) {
                System.out.printf(Locale.ROOT, "pid %d: %s %s d=%d k=%d batch=%d for %.0f s (kernel checked against reference)%n",
                        ProcessHandle.current().pid(), op, f.kernel.name(), d, k, batch, seconds);
                Histogram h = Latency.measure(f, op, seconds);
                double flops = switch (op) {
                    case STEP -> f.spec.flopsForwardBackward(batch) + 2.0 * f.spec.paramCount();
                    case FORWARD_BACKWARD -> f.spec.flopsForwardBackward(batch);
                    case FORWARD -> f.spec.flopsForward(batch);
                };
                System.out.print(Latency.table(h));
                System.out.printf(Locale.ROOT, "  %10s %16.2f%n", "GFLOP/s", flops / (h.getMean() * 1e-9) / 1e9);
            }
            return 0;
        }
    }

    @Command(name = "render", description = "Re-render results.csv, charts and report.md of a result folder from its jmh.json.")
    static final class Render implements Callable<Integer> {
        @Parameters(paramLabel = "DIR") Path dir;

        @Override public Integer call() throws Exception {
            List<Row> rows = new ArrayList<>(Results.fromJmhJson(dir.resolve("jmh.json")));
            if (Files.exists(dir.resolve("results.csv")))
                Pipeline.readRows(dir).stream().filter(r -> r.benchmark().equals("Latency")).forEach(rows::add);
            Pipeline.writeOutputs(dir, Pipeline.readMachine(dir), "re-rendered", "benchmarks/run render " + dir,
                    dev.twolayer.bench.harness.Results.derived(rows), Map.of());
            System.out.println("written: " + dir.resolve("report.md"));
            return 0;
        }
    }

    @Command(name = "info", description = "Print what would be recorded about this machine, and which implementations resolve.")
    static final class Info implements Callable<Integer> {
        @Override public Integer call() {
            MachineInfo m = MachineInfo.detect();
            System.out.println(m.summary());
            System.out.println("cpu-id: " + m.cpuId());
            Impls.descriptions().forEach((name, what) -> System.out.printf("  %-11s %s%s%n", name, what,
                    Impls.unavailableReason(name).map(r -> "  [UNAVAILABLE: " + r + "]").orElse("")));
            return 0;
        }
    }
}
