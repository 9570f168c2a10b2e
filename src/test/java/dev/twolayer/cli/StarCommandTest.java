package dev.twolayer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.twolayer.experiments.ExperimentContext;
import dev.twolayer.experiments.ExperimentRunner;
import dev.twolayer.experiments.StarActivationExperiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class StarCommandTest {

    @Test
    void tinyRunWritesParseableFilesIdenticalForAnyThreadCount(@TempDir Path tmp) throws Exception {
        CliTest.Run r = CliTest.run("experiment", "star", "--n", "8,24", "--runs", "3", "--max-steps", "3000", "--window", "300",
                "--no-progress", "--seed", "5", "--threads", "1", "--out", tmp.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = ExperimentOutputs.check(tmp, "star", 2);
        assertEquals(2, json.get("rows").size());
        for (JsonNode row : json.get("rows")) {
            assertEquals(3, row.get("runs").asLong());
            assertEquals(3, row.get("converged_count").asLong() + row.get("capped_count").asLong() + row.get("diverged_count").asLong());
            assertTrue(row.get("changed_lo").asDouble() <= row.get("changed").asDouble());
            assertTrue(row.get("changed").asDouble() <= row.get("changed_hi").asDouble());
            assertTrue(row.get("ray_split_count").asLong() <= row.get("changed_count").asLong());
        }
        assertTrue(Files.exists(tmp.resolve("star/star-2.png")));
        String md = Files.readString(tmp.resolve("star/summary.md"));
        assertTrue(md.contains("p_j = 1/33"), md);
        assertTrue(md.contains("runs: 6 of 6 planned"), md);
        var cfg = new StarActivationExperiment.Config(new int[] {8, 24}, 3, 3000, 300, 1e-10, StarActivationExperiment.Weights.UNIFORM);
        var report = StarActivationExperiment.run(cfg, new ExperimentContext(new ExperimentRunner(2), 5, null));
        assertEquals(Files.readString(tmp.resolve("star/star.csv")), ReportWriter.csv(report.rows()));
    }

    @Test
    void badOptionsAreRejectedWithAClearMessage(@TempDir Path tmp) {
        String out = tmp.toString();
        String[][] cases = {
                {"--max-steps", "0", "max steps must be >= 1, got 0"},
                {"--n", "", "empty integer list"},
                {"--n", "128,abc", "not an integer list item: 'abc'"},
                {"--n", "0", "width n must be in [1, 46340], got 0"},
                {"--window", "0", "convergence window must be >= 1 step"},
                {"--rel-tol", "-1", "relative tolerance must be finite and >= 0"},
                {"--weights", "gaussian", "unknown value 'gaussian'"},
                {"--weights", "uniform,multinomial", "--weights takes one of uniform, multinomial"},
                {"--runs", "0", "runs must be >= 1, got 0"},
        };
        for (String[] c : cases) {
            CliTest.Run r = CliTest.run("experiment", "star", c[0], c[1], "--no-progress", "--out", out);
            assertEquals(2, r.code(), String.join(" ", c) + ": " + r.err());
            assertTrue(r.err().contains(c[2]), "expected '" + c[2] + "' in: " + r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
        assertFalse(Files.exists(tmp.resolve("star")), "nothing written for rejected options");
    }
}
