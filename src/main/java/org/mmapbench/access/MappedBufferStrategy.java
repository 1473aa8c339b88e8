package org.mmapbench.access;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mappedBuffer}: {@code FileChannel.map} to {@code MappedByteBuffer}s of at most
 * {@link Tuning#mapChunkSize()} bytes each (one buffer up to 2 GiB - 1, several past it), each seen
 * as a {@code MemorySegment} through {@code MemorySegment.ofBuffer}.
 *
 * <p>Its idiomatic text is {@code ISO_8859_1.decode(buffer).toString()}: the usual way to get a
 * {@code String} out of a {@code ByteBuffer}, which copies twice (bytes to a {@code CharBuffer},
 * chars to a compact {@code String}).
 *
 * <p>Built with {@code load}, it calls {@code MappedByteBuffer.load()} on each buffer after mapping it
 * ({@code madvise(MADV_WILLNEED)}, then one read per page), a kernel hint of {@link Hint}.
 *
 * <p>NOTE: a {@code MappedByteBuffer} is unmapped only when the garbage collector frees it;
 * {@link FileBytes#close()} does not unmap.
 */
final class MappedBufferStrategy extends AbstractMappedStrategy implements TextStrategy {
    private final long chunkSize;
    private final boolean load;

    MappedBufferStrategy(Tuning tuning) {
        this(tuning, false);
    }

    /** {@code load}: call {@code MappedByteBuffer.load()} on every buffer right after mapping it. */
    MappedBufferStrategy(Tuning tuning, boolean load) {
        super("mappedBuffer");
        this.chunkSize = tuning.mapChunkSize();
        this.load = load;
    }

    @Override
    FileBytes map(FileChannel ch, long size, long start, FileChannel.MapMode mode) throws IOException {
        List<FileBytes.Chunk> chunks = new ArrayList<>();
        List<MappedByteBuffer> buffers = new ArrayList<>();
        for (long pos = start; pos < size; pos += chunkSize) {
            long len = Math.min(chunkSize, size - pos);
            MappedByteBuffer b = ch.map(mode, pos, len);
            if (load) {
                b.load();
            }
            buffers.add(b);
            chunks.add(new FileBytes.Chunk(pos, MemorySegment.ofBuffer(b)));
        }
        return new FileBytes(size, start, chunks, mode == FileChannel.MapMode.READ_ONLY ? List.of() : buffers, null);
    }

    @Override
    public TextView readText(Path file, long from) throws IOException {
        Checks.length(id(), Files.size(file), from, maxTextLength());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long start = Math.min(from, size);
            if (size - start <= chunkSize) {
                MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, start, size - start);
                return new TextView(StandardCharsets.ISO_8859_1.decode(b).toString(), start);
            }
            StringBuilder sb = new StringBuilder((int) (size - start));
            for (long pos = start; pos < size; pos += chunkSize) {
                MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, pos, Math.min(chunkSize, size - pos));
                sb.append(StandardCharsets.ISO_8859_1.decode(b));
            }
            return new TextView(sb.toString(), start);
        }
    }
}
