package dev.twolayer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class AffineTargetCommandTest {

    @Test
    void tinyRunWritesParseableFilesIdenticalForAnyThreadCount(@TempDir Path tmp) throws Exception {
        String[] common = {"affine-target", "--n", "1,2,8", "--runs", "6", "--max-steps", "3000", "--step", "0.05", "--no-progress", "--seed", "5"};
        int rc1 = new CommandLine(new ExperimentCommand()).execute(concat(common, "--threads", "1", "--out", tmp.resolve("t1").toString()));
        int rc2 = new CommandLine(new ExperimentCommand()).execute(concat(common, "--threads", "2", "--out", tmp.resolve("t2").toString()));
        assertEquals(0, rc1);
        assertEquals(0, rc2);
        JsonNode j1 = ExperimentOutputs.check(tmp.resolve("t1"), "affine-target", 3);
        JsonNode j2 = ExperimentOutputs.check(tmp.resolve("t2"), "affine-target", 3);
        assertFalse(j1.get("partial").asBoolean());
        assertEquals(j1.get("rows"), j2.get("rows"));
        assertEquals(j1.get("details"), j2.get("details"));
        assertEquals(Files.readString(tmp.resolve("t1/affine-target/affine-target.csv")), Files.readString(tmp.resolve("t2/affine-target/affine-target.csv")));
        for (JsonNode row : j1.get("rows")) {
            long total = row.get("success_count").asLong() + row.get("dead_count").asLong() + row.get("stuck_other_count").asLong()
                    + row.get("unfinished_count").asLong() + row.get("diverged_count").asLong();
            assertEquals(6, total);
            assertTrue(row.get("success_lo").asDouble() <= row.get("success").asDouble());
        }
    }

    @Test
    void badOptionsAreRejected(@TempDir Path tmp) {
        int rc = new CommandLine(new ExperimentCommand()).execute("affine-target", "--n", "0", "--no-progress", "--out", tmp.toString());
        assertNotEquals(0, rc);
        assertThrows(IllegalArgumentException.class, () -> ExperimentCommand.parseIntList("5..3"));
        assertArrayEquals(new int[] {6, 7, 8, 10}, ExperimentCommand.parseIntList("6..8,10"));
    }

    static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
