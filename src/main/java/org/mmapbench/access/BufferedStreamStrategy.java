package org.mmapbench.access;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code bufferedStream}: a {@code FileInputStream} wrapped in a {@code BufferedInputStream},
 * positioned at the offset and read in chunks of {@link Tuning#bufferSize()} into a {@code byte[]}.
 *
 * <p>NOTE: {@code FileInputStream} reads through a native buffer of at most 64 KiB and copies it
 * into the array; a read as large as the {@code BufferedInputStream} buffer bypasses that buffer.
 */
final class BufferedStreamStrategy extends AbstractStrategy implements StreamingStrategy {
    private final Tuning tuning;

    BufferedStreamStrategy(Tuning tuning) {
        super("bufferedStream", AccessKind.REGULAR);
        this.tuning = tuning;
    }

    @Override
    public FileBytes open(Path file, long from) throws IOException {
        long size = Files.size(file);
        int len = (int) Checks.length(id(), size, from, maxLength());
        byte[] bytes = new byte[len];
        try (InputStream in = open(file, from, tuning.bufferSize())) {
            int chunk = tuning.bufferSize();
            int off = 0;
            while (off < len) {
                int n = in.read(bytes, off, Math.min(chunk, len - off));
                if (n < 0) {
                    throw new EOFException(file + ": ended at " + (from + off) + ", expected " + size + " bytes");
                }
                off += n;
            }
        }
        return FileBytes.ofArray(size, from, bytes);
    }

    /**
     * Reads with {@code FileInputStream.read} straight into the window. The {@code BufferedInputStream}
     * of {@link #open} is left out here: it would allocate its own buffer for every reader opened,
     * and a window as large as that buffer bypasses it anyway.
     */
    @Override
    public ChunkReader openReader(Path file, long from, Window window) throws IOException {
        FileInputStream in = WindowReaders.positioned(new FileInputStream(file.toFile()), s -> s.getChannel().position(from));
        return WindowReaders.ofArrays(window, in::read, in);
    }

    private static InputStream open(Path file, long from, int bufferSize) throws IOException {
        FileInputStream fin = WindowReaders.positioned(new FileInputStream(file.toFile()), s -> s.getChannel().position(from));
        return new BufferedInputStream(fin, bufferSize);
    }
}
