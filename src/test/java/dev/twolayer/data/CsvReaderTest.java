package dev.twolayer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class CsvReaderTest {
    @TempDir Path dir;

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void roundTripOfRandomDatasetIsExact() {
        SplittableRandom rng = new SplittableRandom(42);
        for (int[] shape : new int[][] {{1, 1, 1}, {17, 3, 1}, {9, 1, 2}, {33, 5, 3}}) {
            int n = shape[0], d = shape[1], m = shape[2];
            float[] x = new float[n * d], y = new float[n * m], w = new float[n];
            for (int i = 0; i < x.length; i++) x[i] = (float) (rng.nextGaussian() * Math.pow(10, rng.nextInt(-8, 8)));
            for (int i = 0; i < y.length; i++) y[i] = (float) rng.nextGaussian();
            for (int i = 0; i < n; i++) w[i] = (float) rng.nextDouble(0.1, 2);
            for (boolean weighted : new boolean[] {false, true}) {
                Dataset data = new Dataset(n, d, m, x, y, weighted ? w : null);
                Path p = dir.resolve("rt-" + n + "-" + weighted + ".csv");
                CsvWriter.write(p, data);
                CsvReader.Options opts = CsvReader.Options.defaults().targets(m);
                if (weighted) opts = opts.weightColumn("weight");
                Dataset back = CsvReader.read(p, opts);
                assertEquals(n, back.size());
                assertEquals(d, back.inputDim());
                assertEquals(m, back.targetDim());
                assertArrayEquals(x, back.x());
                assertArrayEquals(y, back.y());
                if (weighted) assertArrayEquals(w, back.weights()); else assertNull(back.weights());
            }
        }
    }

    @Test
    void tableRoundTripWithoutHeaderAndOtherDelimiter() {
        float[] v = {1.5f, -2e-7f, 3, 4, 5.25f, -6};
        CsvWriter.write(dir.resolve("t.tsv"), null, 2, 3, v, '\t');
        CsvTable t = CsvReader.readTable(dir.resolve("t.tsv"), CsvReader.Options.defaults().delimiter('\t'));
        assertNull(t.header());
        assertEquals(2, t.rows());
        assertEquals(3, t.cols());
        assertArrayEquals(v, t.values());
    }

    @Test
    void headerAutoDetectedAndColumnsByName() throws IOException {
        Path p = file("named.csv", "# comment line\n\"a\", b ,w,c\n1,2,0.5,3\n\n4,5,1.5,6\n");
        Dataset data = CsvReader.read(p, CsvReader.Options.defaults().targetColumns("b").weightColumn("w"));
        assertEquals(2, data.size());
        assertEquals(2, data.inputDim());
        assertArrayEquals(new float[] {1, 3, 4, 6}, data.x());
        assertArrayEquals(new float[] {2, 5}, data.y());
        assertArrayEquals(new float[] {0.5f, 1.5f}, data.weights());
    }

    @Test
    void defaultTargetsAreLastColumnsSkippingWeightColumn() throws IOException {
        Path p = file("w.csv", "1,2,3,9\n4,5,6,8\n");
        Dataset data = CsvReader.read(p, CsvReader.Options.defaults().weightColumn(3).targets(2));
        assertEquals(1, data.inputDim());
        assertArrayEquals(new float[] {1, 4}, data.x());
        assertArrayEquals(new float[] {2, 3, 5, 6}, data.y());
        assertArrayEquals(new float[] {9, 8}, data.weights());
        // no header: first row is data
        assertEquals(2, CsvReader.read(p).size());
    }

    @Test
    void headerForcedOffMakesNamesMalformedNumbers() throws IOException {
        Path p = file("h.csv", "x,y\n1,2\n");
        var e = assertThrows(CsvFormatException.class, () -> CsvReader.read(p, CsvReader.Options.defaults().header(CsvReader.Header.ABSENT)));
        assertEquals(1, e.line());
        assertEquals(1, e.column());
        assertTrue(e.getMessage().startsWith(p + ":1:1: malformed number 'x'"), e.getMessage());
    }

    private CsvFormatException failure(String content) throws IOException {
        Path p = file("bad.csv", content);
        return assertThrows(CsvFormatException.class, () -> CsvReader.read(p));
    }

    @Test
    void malformedNumberNamesLineAndColumn() throws IOException {
        var e = failure("x1,x2,y\n1,2,3\n4,5x,6\n");
        assertEquals(3, e.line());
        assertEquals(2, e.column());
        assertTrue(e.getMessage().contains("bad.csv:3:2: malformed number '5x'"), e.getMessage());
        // Java-only float syntax is refused too
        for (String bad : new String[] {"1f", "0x1p3", "1e", ".", "--1", "1.2.3", "1 2"}) {
            var e2 = failure("1,2\n3," + bad + "\n");
            assertEquals(2, e2.line(), bad);
            assertEquals(2, e2.column(), bad);
        }
    }

    @Test
    void nonFiniteValuesAreRefusedWithPosition() throws IOException {
        for (String bad : new String[] {"NaN", "-Infinity", "inf", "1e39"}) {
            var e = failure("1,2,3\n4,5,6\n7," + bad + ",9\n");
            assertEquals(3, e.line(), bad);
            assertEquals(2, e.column(), bad);
            assertTrue(e.getMessage().contains("non-finite") || e.getMessage().contains("float range"), e.getMessage());
        }
    }

    @Test
    void raggedRowNamesLine() throws IOException {
        var e = failure("1,2,3\n4,5,6\n7,8\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("bad.csv:3: ragged row: 2 fields, expected 3"), e.getMessage());
        var e2 = failure("a,b\n1,2\n3,4,5\n");
        assertEquals(3, e2.line());
        assertTrue(e2.getMessage().contains("like the header"), e2.getMessage());
    }

    @Test
    void emptyFieldNamesColumn() throws IOException {
        var e = failure("1,2,3\n4,,6\n");
        assertEquals(2, e.line());
        assertEquals(2, e.column());
        assertTrue(e.getMessage().contains("empty field"), e.getMessage());
    }

    @Test
    void emptyFileAndHeaderOnlyAreRefused() throws IOException {
        assertTrue(failure("").getMessage().contains("empty file"));
        assertTrue(failure("\n# only a comment\n\n").getMessage().contains("empty file"));
        assertTrue(failure("x,y\n").getMessage().contains("no data rows after the header"));
    }

    @Test
    void tooFewColumnsAndUnknownNames() throws IOException {
        assertTrue(failure("1\n2\n").getMessage().contains("need at least one input"));
        Path p = file("n.csv", "a,b\n1,2\n");
        var e = assertThrows(CsvFormatException.class, () -> CsvReader.read(p, CsvReader.Options.defaults().targetColumns("zz")));
        assertTrue(e.getMessage().contains("no target column named 'zz'"), e.getMessage());
        Path q = file("q.csv", "1,2\n");
        var e2 = assertThrows(CsvFormatException.class, () -> CsvReader.read(q, CsvReader.Options.defaults().weightColumn("w")));
        assertTrue(e2.getMessage().contains("no header row"), e2.getMessage());
        Path r = file("r.csv", "a,b,w\n1,2,-1\n");
        var e3 = assertThrows(CsvFormatException.class, () -> CsvReader.read(r, CsvReader.Options.defaults().weightColumn("w")));
        assertTrue(e3.getMessage().contains("negative sample weight"), e3.getMessage());
    }

    @Test
    void unreadableFileIsWrappedWithName() {
        Path missing = dir.resolve("missing.csv");
        var e = assertThrows(UncheckedIOException.class, () -> CsvReader.read(missing));
        assertTrue(e.getMessage().contains("missing.csv") && e.getMessage().contains("no such file"), e.getMessage());
        var e2 = assertThrows(UncheckedIOException.class, () -> CsvReader.read(dir));
        assertTrue(e2.getMessage().contains("directory"), e2.getMessage());
    }

    @Test
    void writerReplacesAtomicallyAndLeavesNoTempFiles() throws IOException {
        Path p = dir.resolve("out.csv");
        CsvWriter.write(p, List.of("a", "b"), 1, 2, new float[] {1, 2});
        CsvWriter.write(p, List.of("a", "b"), 1, 2, new float[] {3, 4});
        assertEquals("a,b\n3.0,4.0\n", Files.readString(p));
        try (var s = Files.list(dir)) {
            assertEquals(List.of("out.csv"), s.map(f -> f.getFileName().toString()).toList());
        }
    }
}
