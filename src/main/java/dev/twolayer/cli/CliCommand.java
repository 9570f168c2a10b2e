package dev.twolayer.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** Base of the subcommands: {@code --verbose}, output writers, and usage-error helpers. */
public abstract class CliCommand implements Callable<Integer> {
    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors.")
    boolean verbose;

    @Spec protected CommandSpec spec;

    /** Standard output of this command line (tests may redirect it). */
    protected PrintWriter out() { return spec.commandLine().getOut(); }

    /** Standard error of this command line. */
    protected PrintWriter err() { return spec.commandLine().getErr(); }

    /** A usage error: exit code 2 with a one-line message. */
    protected ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Runs {@code body}, turning an IllegalArgumentException about the options into a usage error. */
    protected <T> T validated(java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }
}
