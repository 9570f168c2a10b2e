package dev.twolayer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.twolayer.experiments.ExperimentContext;
import dev.twolayer.experiments.ExperimentRunner;
import dev.twolayer.experiments.HeInitExperiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class HeInitCommandTest {

    @Test
    void tinyRunWritesParseableFilesIdenticalForAnyThreadCount(@TempDir Path tmp) throws Exception {
        int rc = new CommandLine(new ExperimentCommand()).execute("he-init", "--n", "8,16", "--shift", "0,0.1", "--optimisers", "gd,sgd,adam",
                "--init", "he,swapped", "--runs", "3", "--max-steps", "5000", "--check-every", "500", "--no-progress", "--seed", "4",
                "--threads", "1", "--out", tmp.toString());
        assertEquals(0, rc);
        JsonNode json = ExperimentOutputs.check(tmp, "he-init", 24);
        assertEquals(24, json.get("rows").size()); // 2 n x 2 D x 3 optimisers x 2 inits
        for (JsonNode row : json.get("rows")) {
            long total = row.get("crossed_count").asLong() + row.get("converged_count").asLong() + row.get("early_stopped_count").asLong()
                    + row.get("unfinished_count").asLong() + row.get("diverged_count").asLong();
            assertEquals(3, total);
            assertTrue(row.get("crossed_lo").asDouble() <= row.get("crossed").asDouble());
            if (!row.get("optimiser").asText().equals("gd")) assertEquals(0, row.get("converged_count").asLong());
            else assertEquals(0, row.get("early_stopped_count").asLong());
        }
        var cfg = new HeInitExperiment.Config(new int[] {8, 16}, new double[] {0, 0.1}, List.of(HeInitExperiment.Optimiser.values()),
                List.of(HeInitExperiment.InitKind.values()), 3, 5000, 500, 10, 1e-8, 16, 1e-3);
        var report = HeInitExperiment.run(cfg, new ExperimentContext(new ExperimentRunner(2), 4, null));
        assertEquals(Files.readString(tmp.resolve("he-init/he-init.csv")), ReportWriter.csv(report.rows()));
    }

    @Test
    void badOptionsAreRejected(@TempDir Path tmp) {
        assertEquals(2, new CommandLine(new ExperimentCommand()).execute("he-init", "--optimisers", "gd,rmsprop", "--no-progress", "--out", tmp.toString()));
        assertEquals(2, new CommandLine(new ExperimentCommand()).execute("he-init", "--n", "0", "--no-progress", "--out", tmp.toString()));
    }
}
