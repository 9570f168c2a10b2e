package dev.twolayer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.twolayer.experiments.TianExperiment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class TianCommandTest {

    @Test
    void tinyRunWritesParseableFilesAndMatchesPaperValues(@TempDir Path tmp) throws Exception {
        int rc = new CommandLine(new ExperimentCommand()).execute("tian", "--k", "2,5", "--steps", "300", "--saddle-steps", "3000",
                "--samples", "100,1000,10000", "--runs", "4", "--no-progress", "--out", tmp.toString());
        assertEquals(0, rc);
        JsonNode json = ExperimentOutputs.check(tmp, "tian", 7);
        double slope = json.get("details").get("gradientErrorSlope").asDouble();
        assertTrue(slope < -0.3 && slope > -0.7, "slope " + slope);
        // papers.md test values, K = 5
        double[][] tr = TianExperiment.symmetricTrajectory(5, 1e-3, 0, 0.01, 299);
        assertEquals(0.0123548, tr[0][1], 1e-7);
        assertEquals(0.0024975, tr[1][1], 1e-7);
        assertEquals(0.8541320, tr[0][299], 1e-7);
        assertEquals(0.0560841, tr[1][299], 1e-7);
    }
}
