package dev.twolayer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.twolayer.experiments.ExperimentContext;
import dev.twolayer.experiments.ExperimentRunner;
import dev.twolayer.experiments.IdentityMappingExperiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class IdentityMappingCommandTest {

    @Test
    void tinyRunWritesParseableFilesIdenticalForAnyThreadCount(@TempDir Path tmp) throws Exception {
        String[] common = {"identity-mapping", "--d", "5", "--runs", "3", "--pop-steps", "400", "--record-every", "50", "--pop-step", "0.05",
                "--sgd-steps", "300", "--sgd-record-every", "100", "--kernel", "scalar", "--no-progress", "--seed", "9"};
        int rc1 = new CommandLine(new ExperimentCommand()).execute(AffineTargetCommandTest.concat(common, "--threads", "1", "--out", tmp.resolve("t1").toString()));
        assertEquals(0, rc1);
        // 4 summary rows (population/sgd x identity/vanilla) + 9 population records + 4 SGD records
        JsonNode j1 = ExperimentOutputs.check(tmp.resolve("t1"), "identity-mapping", 17);
        // the same configuration on two threads, without writing files: identical aggregate rows
        var cfg = new IdentityMappingExperiment.Config(5, 3, 0.5, 0.5, 0.05, 400, 50, 1e-4, 300, 200, 0.001, 100, "scalar");
        var report = IdentityMappingExperiment.run(cfg, new ExperimentContext(new ExperimentRunner(2), 9, null));
        assertEquals(Files.readString(tmp.resolve("t1/identity-mapping/identity-mapping.csv")), ReportWriter.csv(report.rows()));
        int curves = 0;
        for (JsonNode row : j1.get("rows")) {
            String part = row.get("part").asText();
            if (part.endsWith("_curve")) {
                curves++;
                assertTrue(row.get("identity_loss_mean").asDouble() >= 0);
                assertTrue(row.get("vanilla_distance_mean").asDouble() > 0);
            } else {
                assertEquals(3, row.get("runs").asInt());
                assertTrue(row.get("small_loss_lo").asDouble() <= row.get("small_loss_hi").asDouble());
            }
        }
        assertEquals(13, curves);
        // run 0: population GD lowers the identity student's loss
        JsonNode loss = j1.get("details").get("run0Population").get("identity").get("loss");
        assertTrue(loss.get(loss.size() - 1).asDouble() < loss.get(0).asDouble());
    }

    @Test
    void badOptionsAreRejected(@TempDir Path tmp) {
        int rc = new CommandLine(new ExperimentCommand()).execute("identity-mapping", "--d", "0", "--no-progress", "--out", tmp.toString());
        assertEquals(2, rc);
    }
}
