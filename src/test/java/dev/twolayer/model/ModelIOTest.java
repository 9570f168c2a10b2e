package dev.twolayer.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class ModelIOTest {
    @TempDir Path dir;

    private static TwoLayerNet random(ModelSpec spec, long seed) {
        TwoLayerNet net = new TwoLayerNet(spec);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < net.params().length; i++) net.params()[i] = (float) rng.nextGaussian();
        return net;
    }

    @Test
    void roundTripForEveryOptionCombination() {
        int count = 0;
        for (int mask = 0; mask < 32; mask++) {
            boolean identity = (mask & 16) != 0;
            int d = identity ? 5 : 3, k = identity ? 5 : 7;
            ModelSpec spec = new ModelSpec(d, k, 1 + (mask % 3), (mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0,
                    (mask & 8) != 0 ? 0.125 : 0.0, identity);
            TwoLayerNet net = random(spec, mask);
            Path p = dir.resolve("m" + mask + ".bin");
            ModelIO.save(net, p);
            TwoLayerNet back = ModelIO.load(p);
            assertEquals(spec, back.spec());
            assertArrayEquals(net.params(), back.params());
            count++;
        }
        assertEquals(32, count);
        TwoLayerNet tiny = random(ModelSpec.builder(1, 1).biases(false).build(), 1);
        ModelIO.save(tiny, dir.resolve("tiny.bin"));
        assertEquals(tiny, ModelIO.load(dir.resolve("tiny.bin")));
    }

    private String refusal(byte[] bytes) throws IOException {
        Path p = dir.resolve("bad.bin");
        Files.write(p, bytes);
        return assertThrows(ModelIO.ModelFormatException.class, () -> ModelIO.load(p)).getMessage();
    }

    @Test
    void everyFlippedByteIsRefused() throws IOException {
        byte[] good = ModelIO.toBytes(random(ModelSpec.of(4, 3), 2));
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= (byte) (1 << (i % 8));
            String msg = refusal(bad);
            if (i < 8) assertTrue(msg.contains("not a twolayer model file"), msg);
            else if (i < 12) assertTrue(msg.contains("unsupported model format version"), msg);
            else assertTrue(msg.contains("corrupt") || msg.contains("truncated"), i + ": " + msg);
        }
        // a flipped parameter byte reads as "corrupt"
        byte[] bad = good.clone();
        bad[good.length - 9] ^= 0x10;
        assertTrue(refusal(bad).contains("corrupt model file (checksum mismatch)"));
    }

    @Test
    void truncatedAndOverlongFilesAreRefused() throws IOException {
        byte[] good = ModelIO.toBytes(random(ModelSpec.of(2, 5), 3));
        for (int len : new int[] {9, 12, 20, ModelIO.HEADER_BYTES, ModelIO.HEADER_BYTES + 5, good.length - 4, good.length - 1}) {
            String msg = refusal(Arrays.copyOf(good, len));
            assertTrue(msg.contains("truncated"), len + ": " + msg);
        }
        assertTrue(refusal(new byte[0]).contains("empty file"));
        assertTrue(refusal(Arrays.copyOf(good, good.length + 3)).contains("corrupt"));
    }

    @Test
    void foreignFilesAreRefused() throws IOException {
        assertTrue(refusal("x1,x2,y\n1,2,3\n".getBytes()).contains("not a twolayer model file"));
        assertTrue(refusal(new byte[] {'T', 'W'}).contains("truncated"));
        byte[] future = ModelIO.toBytes(random(ModelSpec.of(2, 2), 4));
        future[11] = 2;
        assertTrue(refusal(future).contains("unsupported model format version 2"));
    }

    @Test
    void absurdSizesWithValidChecksumAreRefused() throws IOException {
        byte[] good = ModelIO.toBytes(random(ModelSpec.of(2, 2), 5));
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(good);
        buf.putInt(12, -7); // d
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(good, 0, good.length - 4);
        buf.putInt(good.length - 4, (int) crc.getValue());
        assertTrue(refusal(good).contains("absurd header"));
    }

    @Test
    void missingFileIsAClearIoError() {
        var e = assertThrows(UncheckedIOException.class, () -> ModelIO.load(dir.resolve("nope.bin")));
        assertTrue(e.getMessage().contains("nope.bin") && e.getMessage().contains("no such file"), e.getMessage());
        assertThrows(ModelIO.ModelFormatException.class, () -> ModelIO.load(dir));
    }
}
