package dev.twolayer.cli;

import com.fasterxml.jackson.databind.JsonNode;
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
        int rc2 = new CommandLine(new ExperimentCommand()).execute(AffineTargetCommandTest.concat(common, "--threads", "2", "--out", tmp.resolve("t2").toString()));
        assertEquals(0, rc1);
        assertEquals(0, rc2);
        // 4 summary rows (population/sgd x identity/vanilla) + 9 population records + 4 SGD records
        JsonNode j1 = ExperimentOutputs.check(tmp.resolve("t1"), "identity-mapping", 17);
        ExperimentOutputs.check(tmp.resolve("t2"), "identity-mapping", 17);
        assertEquals(Files.readString(tmp.resolve("t1/identity-mapping/identity-mapping.csv")),
                Files.readString(tmp.resolve("t2/identity-mapping/identity-mapping.csv")));
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
