package dev.twolayer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class SpuriousMinimaCommandTest {

    @Test
    void tinyRunWritesParseableFiles(@TempDir Path tmp) throws Exception {
        int rc = new CommandLine(new ExperimentCommand()).execute("spurious-minima", "--k", "2..3", "--extra", "0,1",
                "--runs", "3", "--max-steps", "3000", "--threads", "2", "--no-progress", "--out", tmp.toString());
        assertEquals(0, rc);
        JsonNode json = ExperimentOutputs.check(tmp, "spurious-minima", 4);
        for (JsonNode row : json.get("rows")) {
            assertEquals(3, row.get("converged").asInt() + row.get("unconverged").asInt() + row.get("diverged").asInt());
            assertTrue(row.get("n").asInt() >= row.get("k").asInt());
        }
        JsonNode cells = json.get("details").get("cells");
        assertEquals(4, cells.size());
        // every distinct converged point carries its count and a finite smallest Hessian eigenvalue
        int distinctTotal = 0;
        for (JsonNode cell : cells)
            for (JsonNode p : cell.get("distinctConvergedF")) {
                distinctTotal += p.get("count").asInt();
                assertTrue(Double.isFinite(p.get("minHessianEigenvalue").asDouble()));
            }
        int converged = 0;
        for (JsonNode row : json.get("rows")) converged += row.get("converged").asInt();
        assertEquals(converged, distinctTotal);
    }
}
