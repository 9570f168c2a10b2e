package dev.twolayer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A real signal to a real JVM: an experiment killed mid-run (SIGTERM runs the same shutdown hook as Ctrl-C's SIGINT,
 * which a background child would ignore) must still write its results, marked partial. In-process tests cannot see
 * what only happens during JVM shutdown (libraries that register shutdown hooks then fail).
 */
class InterruptedExperimentTest {

    @Test
    void killedExperimentWritesPartialResults(@TempDir Path tmp) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path out = tmp.resolve("out");
        // runs long enough (1000 runs of k = 14) that it is always cut off; the progress bar shows when it is running
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "--add-modules", "jdk.incubator.vector",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "experiment", "spurious-minima", "--k", "14", "--extra", "0", "--runs", "1000", "--threads", "1",
                "--no-hessian", "--out", out.toString()));
        pb.redirectOutput(tmp.resolve("stdout.txt").toFile());
        Process p = pb.start();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread pump = pumpTo(p.getErrorStream(), err);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            // the bar's task name appears once the runner is under way
            while (!err.toString(StandardCharsets.UTF_8).contains("spurious-minima") && p.isAlive()
                    && System.nanoTime() < deadline) Thread.sleep(50);
            assertTrue(p.isAlive(), "experiment ended before it could be interrupted: " + err);
            Thread.sleep(1000); // let some runs finish
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "experiment did not exit after SIGTERM");
        } finally {
            p.destroyForcibly();
            pump.join(5000);
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertFalse(stderr.contains("error"), stderr);
        JsonNode json = ExperimentOutputs.check(out, "spurious-minima", 0);
        assertTrue(json.get("partial").asBoolean(), "JSON must be marked partial");
        assertTrue(json.get("runsCompleted").asInt() < 1000, json.get("runsCompleted").toString());
        String summary = Files.readString(out.resolve("spurious-minima/summary.md"));
        assertTrue(summary.contains("PARTIAL"), summary);
    }

    private static Thread pumpTo(InputStream in, ByteArrayOutputStream sink) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = in.read(buf)) > 0; ) synchronized (sink) { sink.write(buf, 0, n); }
            } catch (IOException ignored) { /* process ended */ }
        }, "stderr-pump");
        t.setDaemon(true);
        t.start();
        return t;
    }
}
