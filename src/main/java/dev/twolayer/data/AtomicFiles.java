package dev.twolayer.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Atomic file replacement: content goes to a temporary file in the target's directory, which is then renamed over
 * the target with {@link StandardCopyOption#ATOMIC_MOVE}. Readers never see a half-written file, and a failed write
 * leaves the previous file (if any) untouched.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes the content to an {@link OutputStream}; may throw {@link IOException}. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} atomically.
     *
     * @throws UncheckedIOException naming the target when the write or the rename fails
     */
    public static void write(Path target, Writer writer) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            if (dir != null) Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                writer.write(out);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // e.g. some network file systems: still never leave a partial target behind
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + describe(e), e);
        } finally {
            if (tmp != null) {
                try { Files.deleteIfExists(tmp); } catch (IOException ignored) { /* best effort clean-up */ }
            }
        }
    }

    /** A short human description of an I/O failure ("no such file", "permission denied", ...). */
    public static String describe(IOException e) {
        String kind = switch (e) {
            case java.nio.file.NoSuchFileException x -> "no such file or directory";
            case java.nio.file.AccessDeniedException x -> "permission denied";
            case java.nio.file.FileAlreadyExistsException x -> "file already exists";
            case java.nio.file.NotDirectoryException x -> "not a directory";
            default -> null;
        };
        if (kind != null) return kind;
        String msg = e.getMessage();
        return msg == null ? e.getClass().getSimpleName() : msg;
    }
}
