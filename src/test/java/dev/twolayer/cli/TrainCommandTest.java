package dev.twolayer.cli;

import dev.twolayer.data.CsvReader;
import dev.twolayer.data.CsvTable;
import dev.twolayer.data.Generators;
import dev.twolayer.model.ModelIO;
import dev.twolayer.model.ModelSpec;
import dev.twolayer.model.TwoLayerNet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

/** train subcommand end to end, in process (helpers in {@link CliTest}). */
class TrainCommandTest {
    @TempDir Path dir;

    private static CliTest.Run run(String... args) { return CliTest.run(args); }

    @Test
    void tinyTrainThenPredictOnGeneratedAndCsvData() throws IOException {
        Path model = dir.resolve("teacher.bin");
        CliTest.Run r = run("train", "--generator", "teacher", "--d", "3", "--n", "67", "--hidden", "5", "--lr", "0.05",
                "--steps", "60", "--seed", "7", "--no-progress", "--out", model.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("final loss") && r.out().contains("after 60 steps") && r.out().contains("kernel"), r.out());
        TwoLayerNet net = ModelIO.load(model);
        assertEquals(3, net.spec().d());
        assertEquals(5, net.spec().k());
        assertTrue(net.isFinite());
        // same seed, same model, bit for bit
        Path again = dir.resolve("again.bin");
        assertEquals(0, run("train", "--generator", "teacher", "--d", "3", "--n", "67", "--hidden", "5", "--lr", "0.05",
                "--steps", "60", "--seed", "7", "--no-progress", "--out", again.toString()).code());
        assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(again));

        // CSV with a header, named target and weight column; model options
        StringBuilder csv = new StringBuilder("a,w,b,target\n");
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 41; i++) {
            double a = rng.nextGaussian(), b = rng.nextGaussian();
            csv.append(a).append(',').append(0.5 + rng.nextDouble()).append(',').append(b).append(',').append(Math.max(0, a - b)).append('\n');
        }
        Files.writeString(dir.resolve("train.csv"), csv);
        Path m2 = dir.resolve("csv.bin");
        CliTest.Run r2 = run("train", "--csv", dir.resolve("train.csv").toString(), "--target-columns", "target", "--weight-column", "w",
                "--hidden", "4", "--no-output-bias", "--fixed-output", "--leaky", "0.1", "--optimizer", "adam", "--lr", "0.01",
                "--batch", "8", "--steps", "30", "--no-progress", "--out", m2.toString());
        assertEquals(0, r2.code(), r2.err());
        assertTrue(r2.out().contains("weighted"), r2.out());
        ModelSpec s2 = ModelIO.load(m2).spec();
        assertEquals(ModelSpec.builder(2, 4).outputBias(false).outputTrainable(false).leakySlope(0.1).build(), s2);

        Files.writeString(dir.resolve("x.csv"), "0.1,0.2\n-1,2\n");
        Path preds = dir.resolve("p.csv");
        CliTest.Run r3 = run("predict", "--model", m2.toString(), "--csv", dir.resolve("x.csv").toString(), "--out", preds.toString());
        assertEquals(0, r3.code(), r3.err());
        assertEquals(2, CsvReader.readTable(preds, CsvReader.Options.defaults()).rows());
    }

    @Test
    void everyGeneratorTrains() {
        for (String[] g : new String[][] {{"--generator", "six-point", "--shift", "0.1", "--multinomial", "8", "--init", "he1d"},
                {"--generator", "star"}, {"--generator", "interval", "--interval", "0,2", "--affine", "2,1", "--n", "9"},
                {"--generator", "teacher", "--teacher", "small-norm", "--d", "4", "--identity-mapping", "--no-hidden-bias",
                        "--no-output-bias", "--fixed-output", "--init", "identity"}}) {
            java.util.List<String> list = new java.util.ArrayList<>(java.util.List.of("train"));
            list.addAll(java.util.List.of(g));
            list.addAll(java.util.List.of("--steps", "5", "--lr", "0.01", "--no-progress"));
            String[] args = list.toArray(String[]::new);
            CliTest.Run r = run(args);
            assertEquals(0, r.code(), String.join(" ", args) + "\n" + r.err());
            assertTrue(r.out().contains("final loss"), r.out());
        }
    }

    @Test
    void trainUsageErrorsExitWith2() {
        String[][] cases = {
                {"train", "--steps", "5"},                                                     // no data
                {"train", "--generator", "teacher", "--csv", "a.csv"},                         // both
                {"train", "--generator", "bogus"},                                             // unknown generator
                {"train", "--generator", "star", "--shift", "1"},                              // option of another generator
                {"train", "--generator", "star", "--lr", "-1"},                                // bad step
                {"train", "--generator", "star", "--lr", "abc"},                               // not a number
                {"train", "--generator", "star", "--batch", "-3"},                             // bad batch
                {"train", "--generator", "star", "--identity-mapping", "--hidden", "3"},       // k != d
                {"train", "--generator", "star", "--outputs", "2"},                            // m mismatch
                {"train", "--generator", "star", "--init", "he", "--init-scale", "2"},         // scale not used
                {"train", "--generator", "star", "--optimizer", "rmsprop"},
                {"train", "--generator", "star", "--leaky", "1.5"},
                {"train", "--csv", "a.csv", "--n", "5"},
        };
        for (String[] args : cases) {
            CliTest.Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + " -> " + r.err());
            assertTrue(r.err().startsWith("twolayer train: "), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void trainRuntimeErrorsExitWith1() throws IOException {
        Files.writeString(dir.resolve("bad.csv"), "1,2\n3,x\n");
        CliTest.Run r = run("train", "--csv", dir.resolve("bad.csv").toString(), "--no-progress");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.csv:2:2: malformed number 'x'"), r.err());
        CliTest.Run r2 = run("train", "--generator", "interval", "--lr", "1e9", "--steps", "50", "--no-progress");
        assertEquals(1, r2.code());
        assertTrue(r2.err().contains("diverged"), r2.err());
        assertEquals(1, r2.err().strip().lines().count(), r2.err());
    }

}
