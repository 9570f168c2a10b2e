package dev.twolayer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Checks that an experiment folder holds parseable JSON, CSV, PNG and summary.md; returns the JSON. */
final class ExperimentOutputs {
    private ExperimentOutputs() {}

    static JsonNode check(Path root, String name, int minRows) throws IOException {
        Path dir = root.resolve(name);
        JsonNode json = new ObjectMapper().readTree(dir.resolve(name + ".json").toFile());
        assertEquals(name, json.get("name").asText());
        for (String key : new String[] {"config", "masterSeed", "codeVersion", "jdk", "cpu", "wallSeconds", "rows", "partial"})
            assertTrue(json.has(key), "JSON lacks " + key);
        assertTrue(json.get("rows").size() >= minRows, "rows: " + json.get("rows").size());
        List<String> csv = Files.readAllLines(dir.resolve(name + ".csv"));
        assertEquals(json.get("rows").size() + 1, csv.size(), "CSV must have a header plus one line per row");
        int cols = csv.get(0).split(",", -1).length;
        for (String line : csv) assertEquals(cols, line.split(",", -1).length, "ragged CSV line: " + line);
        byte[] png = Files.readAllBytes(dir.resolve(name + ".png"));
        assertTrue(png.length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', "not a PNG");
        String md = Files.readString(dir.resolve("summary.md"));
        assertTrue(md.startsWith("# "), md);
        try (var s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary files left behind");
        }
        return json;
    }
}
