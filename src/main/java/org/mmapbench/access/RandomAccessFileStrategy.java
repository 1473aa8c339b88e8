package org.mmapbench.access;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
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

    /** Writes from a {@code byte[]}: the segment's own array when it wraps one whole, else a copy. */
    @Override
    public void writeAt(Path file, long position, MemorySegment bytes, Durability durability) throws IOException {
        byte[] array = bytes.heapBase().filter(b -> b instanceof byte[] a && a.length == bytes.byteSize()).map(byte[].class::cast)
                .orElseGet(() -> bytes.toArray(ValueLayout.JAVA_BYTE));
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(position);
            raf.write(array);
            if (durability == Durability.SYNCED) {
                raf.getFD().sync();
            }
        }
    }
}
