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

class CliTest {
    @TempDir Path dir;

    /** Exit code, stdout and stderr of one in-process run. */
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path savedModel(ModelSpec spec, long seed) {
        TwoLayerNet net = new TwoLayerNet(spec);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < net.params().length; i++) net.params()[i] = (float) rng.nextGaussian();
        Path p = dir.resolve("model-" + seed + ".bin");
        ModelIO.save(net, p);
        return p;
    }

    @Test
    void predictWritesModelOutputsAndReportsLossWithTargets() throws IOException {
        Path model = savedModel(ModelSpec.builder(3, 4).outputs(2).leakySlope(0.1).build(), 1);
        TwoLayerNet net = ModelIO.load(model);
        Files.writeString(dir.resolve("in.csv"), "a,b,c\n0.5,-1,2\n1,1,1\n-3,0.25,0\n");
        Path preds = dir.resolve("preds.csv");
        Run r = run("predict", "--model", model.toString(), "--csv", dir.resolve("in.csv").toString(), "--out", preds.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("predicted 3 rows"), r.out());
        CsvTable t = CsvReader.readTable(preds, CsvReader.Options.defaults());
        assertEquals(java.util.List.of("prediction1", "prediction2"), t.header());
        assertArrayEquals(Generators.label(net, new float[] {0.5f, -1, 2, 1, 1, 1, -3, 0.25f, 0}, 3), t.values());

        // with target columns (d + m = 5): stdout holds the CSV, the loss goes to stderr
        Files.writeString(dir.resolve("xy.csv"), "0.5,-1,2,0,0\n");
        Run r2 = run("predict", "--model", model.toString(), "--csv", dir.resolve("xy.csv").toString());
        assertEquals(0, r2.code(), r2.err());
        assertTrue(r2.out().startsWith("prediction1,prediction2\n"), r2.out());
        assertTrue(r2.err().contains("1/2-MSE"), r2.err());
    }

    @Test
    void predictRefusesWrongColumnCountCorruptModelAndMissingFiles() throws IOException {
        Path model = savedModel(ModelSpec.of(2, 3), 2);
        Files.writeString(dir.resolve("in.csv"), "1,2,3,4\n");
        Run r = run("predict", "--model", model.toString(), "--csv", dir.resolve("in.csv").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("has 4 columns, the model needs 2 input columns"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose");
        assertEquals(1, r.err().strip().lines().count(), r.err());

        byte[] bytes = Files.readAllBytes(model);
        bytes[bytes.length - 6] ^= 1;
        Files.write(model, bytes);
        Files.writeString(dir.resolve("in.csv"), "1,2\n");
        Run r2 = run("predict", "--model", model.toString(), "--csv", dir.resolve("in.csv").toString());
        assertEquals(1, r2.code());
        assertTrue(r2.err().contains("corrupt"), r2.err());

        Run r3 = run("predict", "--model", dir.resolve("none.bin").toString(), "--csv", dir.resolve("in.csv").toString(), "--verbose");
        assertEquals(1, r3.code());
        assertTrue(r3.err().contains("none.bin") && r3.err().contains("no such file"), r3.err());
        assertTrue(r3.err().contains("\tat "), "--verbose prints the stack trace");
    }

    @Test
    void badFlagsExitWithCode2AndOneLineMessage() {
        Run r = run("predict", "--model", "m.bin", "--csv", "x.csv", "--bogus");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Unknown option: '--bogus'"), r.err());
        assertTrue(r.err().contains("--help"), r.err());
        Run r2 = run("predict", "--model", "m.bin");
        assertEquals(2, r2.code());
        assertTrue(r2.err().contains("Missing required option: '--csv=FILE'"), r2.err());
        Run r3 = run("predict", "--model", "m.bin", "--csv", "x.csv", "--delimiter", "ab");
        assertEquals(2, r3.code());
        assertTrue(r3.err().contains("--delimiter must be one character"), r3.err());
        Run r4 = run("frobnicate");
        assertEquals(2, r4.code());
        Run r5 = run();
        assertEquals(2, r5.code());
        assertTrue(r5.err().contains("missing subcommand"), r5.err());
    }

    @Test
    void helpAndVersionExitZero() {
        assertEquals(0, run("--help").code());
        assertEquals(0, run("predict", "--help").code());
        Run v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("twolayer "), v.out());
    }

    @Test
    void plainCommandLineOfMainKeepsExitCodes() {
        CommandLine cl = new CommandLine(new Main());
        cl.setErr(new PrintWriter(new StringWriter()));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertEquals(2, cl.execute("predict", "--model", "m.bin", "--csv", "x.csv", "--bogus"));
        assertEquals(1, cl.execute("predict", "--model", dir.resolve("none.bin").toString(), "--csv", "x.csv"));
    }
}
