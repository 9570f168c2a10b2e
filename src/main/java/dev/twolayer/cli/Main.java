package dev.twolayer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The {@code twolayer} command line. Subcommands are listed in {@link Command#subcommands()} below; a new one (e.g.
 * {@code experiment}) is a class extending {@link CliCommand} added to that list.
 *
 * <p>Exit codes: 0 success, 1 runtime failure (unreadable or malformed file, diverged training, ...), 2 bad usage
 * (unknown flag, bad value, inconsistent options). Errors are one line on stderr; {@code --verbose} adds the stack
 * trace.
 */
@Command(name = "twolayer", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Two-layer ReLU networks trained at SIMD speed.",
        subcommands = {TrainCommand.class, PredictCommand.class, ExperimentCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code of runtime failures. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code of usage errors (picocli's parameter exceptions). */
    public static final int EXIT_USAGE = 2;

    @Spec CommandSpec spec;

    @Override public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: use one of " + spec.subcommands().keySet());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: one-line errors, exit codes 1/2. Tests call {@code commandLine().execute(...)}. */
    public static CommandLine commandLine() {
        return configure(new CommandLine(new Main()));
    }

    /** Installs the one-line error handlers on {@code cl} (also for {@code new CommandLine(new Main())} users). */
    public static CommandLine configure(CommandLine cl) {
        cl.setParameterExceptionHandler(Main::usageError);
        cl.setExecutionExceptionHandler(Main::runtimeError);
        return cl;
    }

    private static int usageError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getCommandName().equals("twolayer") ? "twolayer: " + ex.getMessage()
                : "twolayer " + cmd.getCommandName() + ": " + ex.getMessage());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return EXIT_USAGE;
    }

    private static int runtimeError(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        err.println("twolayer " + cmd.getCommandName() + ": error: " + describe(ex));
        if (verbose(cmd)) ex.printStackTrace(err);
        err.flush();
        return EXIT_FAILURE;
    }

    /** Whether the failing command was given {@code --verbose} (its own option, or the experiments' mixin). */
    private static boolean verbose(CommandLine cmd) {
        if (cmd.getCommand() instanceof CliCommand c) return c.verbose;
        return cmd.getCommandSpec().mixins().values().stream()
                .anyMatch(m -> m.userObject() instanceof ExperimentCommand.Common c && c.verbose);
    }

    /** The message of a failure, without exception class names where the message says enough. */
    static String describe(Throwable ex) {
        if (ex instanceof UncheckedIOException u && u.getMessage() != null) return u.getMessage();
        String msg = ex.getMessage();
        if (msg == null || msg.isBlank()) return ex.getClass().getSimpleName();
        return ex instanceof IllegalArgumentException || ex instanceof IllegalStateException
                || ex.getClass().getName().startsWith("dev.twolayer") ? msg : ex.getClass().getSimpleName() + ": " + msg;
    }

    /** Version line: project version (from the jar manifest when packaged) and the JDK. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"twolayer " + (v == null ? "dev" : v) + " on JDK " + Runtime.version()};
        }
    }
}
