package org.mmapbench.access;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.foreign.MemorySegment;
import java.nio.file.Path;

/** {@code randomAccessFile}: {@code RandomAccessFile.seek} then {@code read} into a {@code byte[]}; writes with seek + write. */
final class RandomAccessFileStrategy extends AbstractStrategy implements StreamingStrategy, PositionalWriter {

    RandomAccessFileStrategy() {
        super("randomAccessFile", AccessKind.REGULAR);
    }

    @Override
    public FileBytes open(Path file, long from) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long size = raf.length();
            byte[] bytes = new byte[(int) Checks.length(id(), size, from, maxLength())];
            raf.seek(from);
            raf.readFully(bytes);
            return FileBytes.ofArray(size, from, bytes);
        }
    }

    @Override
    public ChunkReader openReader(Path file, long from, Window window) throws IOException {
        RandomAccessFile raf = WindowReaders.positioned(new RandomAccessFile(file.toFile(), "r"), r -> r.seek(from));
        return WindowReaders.ofArrays(window, raf::read, raf);
    }

    @Override
    public void writeAt(Path file, long position, byte[] bytes) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(position);
            raf.write(bytes);
        }
    }
}
