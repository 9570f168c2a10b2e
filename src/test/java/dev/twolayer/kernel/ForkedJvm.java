package dev.twolayer.kernel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The command that runs a test class's main in a fresh JVM like this one: same java, class path and vector module. */
final class ForkedJvm {
    private ForkedJvm() {}

    /**
     * A JVM that keeps no receiver profiles: C2 then binds a vector method only where it knows the vector's class,
     * which is what the kernels must not depend on (VectorBody512's class note). Before stop 52 almost every
     * AllocationTest check failed so, and the same dependence, met by chance in a JVM where a shared method's profile
     * was empty or past its trap limit, was the flakes of those checks (d=2 k=300 at stop 50, d=24 k=40 m=6 at 128
     * bits at stop 51). Deterministic, so a forked check with this flag catches a new loop that needs a profile in
     * every run.
     */
    static final String NO_RECEIVER_PROFILES = "-XX:TypeProfileWidth=0";

    static List<String> command(Class<?> main, List<String> jvmFlags) {
        String javaBin = ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + "/bin/java");
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xss8m"));
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent())
            cmd.addAll(List.of("--add-modules", "jdk.incubator.vector"));
        cmd.addAll(jvmFlags);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        return cmd;
    }

    /** What a forked main printed (stdout and stderr together) and its exit status. */
    record Result(int exitCode, String output) {}

    /** Runs {@code main} with {@code args} in a fresh JVM ({@link #command}) and waits for it. */
    static Result run(Class<?> main, List<String> jvmFlags, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(command(main, jvmFlags));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        return new Result(p.waitFor(), out);
    }
}
