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
    public ChunkReader openReader(Path file, long from, int bufferSize) throws IOException {
        RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r");
        try {
            raf.seek(from);
        } catch (IOException | RuntimeException e) {
            raf.close();
            throw e;
        }
        byte[] buf = new byte[bufferSize];
        MemorySegment seg = MemorySegment.ofArray(buf);
        return new ChunkReader() {
            @Override
            public MemorySegment buffer() {
                return seg;
            }

            @Override
            public int fill(int offset) throws IOException {
                int total = 0;
                while (offset + total < buf.length) {
                    int n = raf.read(buf, offset + total, buf.length - offset - total);
                    if (n < 0) {
                        return total == 0 && offset < buf.length ? -1 : total;
                    }
                    total += n;
                }
                return total;
            }

            @Override
            public void close() throws IOException {
                raf.close();
            }
        };
    }

    @Override
    public void writeAt(Path file, long position, byte[] bytes) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(position);
            raf.write(bytes);
        }
    }
}
