package dev.twolayer.experiments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Where a result came from: code version, JDK, CPU. Each lookup fails soft to "unknown". */
public final class RunEnvironment {
    private RunEnvironment() {}

    private static volatile String codeVersion;

    /** {@code git describe --always --dirty}, or "unknown" when git or the repository is missing. Cached. */
    public static String codeVersion() {
        String v = codeVersion;
        if (v == null) codeVersion = v = gitDescribe();
        return v;
    }

    private static String gitDescribe() {
        try {
            Process p = new ProcessBuilder("git", "describe", "--always", "--dirty", "--tags")
                    .redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS)) { p.destroyForcibly(); return "unknown"; }
            String s = new String(out, StandardCharsets.UTF_8).trim();
            return p.exitValue() == 0 && !s.isEmpty() && !s.contains("\n") ? s : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** Vendor, version and VM of the running JDK. */
    public static String jdk() {
        return System.getProperty("java.vendor", "?") + " " + Runtime.version() + " (" + System.getProperty("java.vm.name", "?") + ")";
    }

    /** The CPU model from /proc/cpuinfo (Linux), else os.arch; plus the available processor count. */
    public static String cpu() {
        String model = null;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) { model = line.substring(line.indexOf(':') + 1).trim(); break; }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux or not readable: fall back below
        }
        if (model == null) model = System.getProperty("os.arch", "unknown");
        return model + " x" + Runtime.getRuntime().availableProcessors();
    }
}
