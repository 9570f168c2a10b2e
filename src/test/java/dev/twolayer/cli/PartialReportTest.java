package dev.twolayer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.twolayer.experiments.AffineTargetExperiment;
import dev.twolayer.experiments.ExperimentContext;
import dev.twolayer.experiments.ExperimentReport;
import dev.twolayer.experiments.ExperimentRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class PartialReportTest {

    @Test
    void cancellationWritesGatheredResultsMarkedPartial(@TempDir Path tmp) throws Exception {
        ExperimentRunner runner = new ExperimentRunner(1);
        // cancel (as the Ctrl-C hook does) once 5 runs are done
        ExperimentContext ctx = new ExperimentContext(runner, 3L, (done, total, el, eta) -> { if (done >= 5) runner.cancel(); });
        var cfg = new AffineTargetExperiment.Config(new int[] {1, 2, 4}, 4, 0, 1, 1, 0.5, true, 0.05, 500, 1e-8, 1e-12);
        ExperimentReport report = AffineTargetExperiment.run(cfg, ctx);
        assertTrue(report.partial());
        assertEquals(5, report.runsCompleted());
        assertEquals(12, report.runsPlanned());
        ReportWriter.write(report, tmp);
        JsonNode json = ExperimentOutputs.check(tmp, "affine-target", 2);
        assertTrue(json.get("partial").asBoolean());
        assertEquals(5, json.get("runsCompleted").asInt());
        assertEquals(2, json.get("rows").size(), "cells 1 (4 runs) and 2 (1 run) have data, cell 3 none");
        assertTrue(java.nio.file.Files.readString(tmp.resolve("affine-target/summary.md")).contains("PARTIAL"));
    }
}
