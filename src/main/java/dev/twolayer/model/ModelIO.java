package dev.twolayer.model;

import dev.twolayer.data.AtomicFiles;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

/**
 * Saves and loads a {@link TwoLayerNet} in a small versioned binary format (big-endian):
 * <pre>
 *   magic        8 bytes  "TWOLAYER"
 *   version      int32    1
 *   d, k, m      int32 x3
 *   flags        int32    bit 0 hiddenBias, 1 outputBias, 2 outputTrainable, 3 identityMapping
 *   leakySlope   float64
 *   paramCount   int32    must equal spec.paramCount()
 *   params       float32 x paramCount
 *   crc32        int32    CRC32 of every preceding byte
 * </pre>
 * Files are written atomically (temp file + atomic rename). Loading refuses, with a {@link ModelFormatException}
 * naming the file: a foreign file (wrong magic), an unsupported version, a truncated or over-long file, a checksum
 * mismatch (corrupt), and sizes that make no sense.
 */
public final class ModelIO {
    private ModelIO() {}

    /** File signature. */
    static final byte[] MAGIC = {'T', 'W', 'O', 'L', 'A', 'Y', 'E', 'R'};
    /** The format version written by this class. */
    public static final int VERSION = 1;
    /** Bytes before the parameters: magic, version, d, k, m, flags, slope, paramCount. */
    static final int HEADER_BYTES = 8 + 4 + 4 * 3 + 4 + 8 + 4;
    /** Refuse files larger than this (2 GiB: a float array could not hold the parameters anyway). */
    static final long MAX_FILE_BYTES = Integer.MAX_VALUE;

    /** Thrown when a file is not a readable model file; the message says why. */
    public static final class ModelFormatException extends IllegalArgumentException {
        public ModelFormatException(Path file, String problem) { super(file + ": " + problem); }
    }

    /** Serialises {@code net} to bytes in the current format. */
    public static byte[] toBytes(TwoLayerNet net) {
        ModelSpec s = net.spec();
        float[] p = net.params();
        ByteBuffer buf = ByteBuffer.allocate(HEADER_BYTES + 4 * p.length + 4).order(ByteOrder.BIG_ENDIAN);
        buf.put(MAGIC).putInt(VERSION).putInt(s.d()).putInt(s.k()).putInt(s.m());
        int flags = (s.hiddenBias() ? 1 : 0) | (s.outputBias() ? 2 : 0) | (s.outputTrainable() ? 4 : 0) | (s.identityMapping() ? 8 : 0);
        buf.putInt(flags).putDouble(s.leakySlope()).putInt(p.length);
        for (float v : p) buf.putFloat(v);
        CRC32 crc = new CRC32();
        crc.update(buf.array(), 0, buf.position());
        buf.putInt((int) crc.getValue());
        return buf.array();
    }

    /** Writes {@code net} to {@code file} atomically. */
    public static void save(TwoLayerNet net, Path file) {
        byte[] bytes = toBytes(net);
        AtomicFiles.write(file, out -> new DataOutputStream(out).write(bytes));
    }

    /** Loads a model written by {@link #save}. */
    public static TwoLayerNet load(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new ModelFormatException(file, "is a directory, not a model file");
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = ch.size();
                if (size > MAX_FILE_BYTES)
                    throw new ModelFormatException(file, "not a twolayer model file (absurd size: " + size + " bytes)");
                bytes = Files.readAllBytes(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + file + ": " + AtomicFiles.describe(e), e);
        }
        return fromBytes(bytes, file);
    }

    /** Parses the bytes of a model file; {@code source} names it in error messages. */
    public static TwoLayerNet fromBytes(byte[] bytes, Path source) {
        int magicLen = Math.min(bytes.length, MAGIC.length);
        for (int i = 0; i < magicLen; i++)
            if (bytes[i] != MAGIC[i]) throw new ModelFormatException(source, "not a twolayer model file (wrong magic bytes)");
        if (bytes.length < MAGIC.length + 4)
            throw new ModelFormatException(source, bytes.length == 0 ? "empty file, not a twolayer model file" : "truncated model file (" + bytes.length + " bytes)");
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
        buf.position(MAGIC.length);
        int version = buf.getInt();
        if (version != VERSION)
            throw new ModelFormatException(source, "unsupported model format version " + version + " (this build reads version " + VERSION + ")");
        if (bytes.length < HEADER_BYTES + 4)
            throw new ModelFormatException(source, "truncated model file (" + bytes.length + " bytes, header alone needs " + (HEADER_BYTES + 4) + ")");
        int d = buf.getInt(), k = buf.getInt(), m = buf.getInt(), flags = buf.getInt();
        double slope = buf.getDouble();
        int paramCount = buf.getInt();
        long expected = HEADER_BYTES + 4L * paramCount + 4;
        // Checksum first: a flipped byte anywhere reads "corrupt", not some odd size complaint
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 4);
        int stored = ByteBuffer.wrap(bytes, bytes.length - 4, 4).order(ByteOrder.BIG_ENDIAN).getInt();
        if ((int) crc.getValue() != stored) {
            if (paramCount >= 0 && bytes.length < expected)
                throw new ModelFormatException(source, "truncated model file (" + bytes.length + " bytes, header says " + expected + ")");
            throw new ModelFormatException(source, "corrupt model file (checksum mismatch)");
        }
        if (d < 1 || k < 1 || m < 1 || paramCount < 1 || (flags & ~15) != 0)
            throw new ModelFormatException(source, "corrupt model file (absurd header: d=" + d + ", k=" + k + ", m=" + m
                    + ", flags=" + flags + ", paramCount=" + paramCount + ")");
        if (bytes.length != expected)
            throw new ModelFormatException(source, "corrupt model file (" + bytes.length + " bytes, header says " + expected + ")");
        ModelSpec spec;
        try {
            spec = new ModelSpec(d, k, m, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, slope, (flags & 8) != 0);
        } catch (IllegalArgumentException e) {
            throw new ModelFormatException(source, "corrupt model file (invalid model spec: " + e.getMessage() + ")");
        }
        if (spec.paramCount() != paramCount)
            throw new ModelFormatException(source, "corrupt model file (spec needs " + spec.paramCount() + " parameters, file has " + paramCount + ")");
        float[] params = new float[paramCount];
        buf.position(HEADER_BYTES);
        buf.asFloatBuffer().get(params);
        return new TwoLayerNet(spec, params);
    }
}
