package org.mmapbench.access;

import java.io.Closeable;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.MappedByteBuffer;
import java.util.List;

/**
 * The bytes {@code [start, fileSize)} of a file as one or more {@link MemorySegment} chunks, each
 * with its file offset: heap segments for regular strategies, mapped segments for mapped ones.
 *
 * <p>Workloads are written once against this view. Chunks are contiguous, in file order, and
 * together cover {@code [start, fileSize)}; there is one chunk except for {@code mappedBuffer} past
 * its chunk size (2 GiB by default), so a match may straddle a chunk edge: {@link #get(long)} reads
 * any offset, whichever chunk holds it.
 *
 * <p>Closing releases what the strategy holds: a confined arena (unmapping a mapped segment or
 * freeing native memory at once), nothing for heap arrays. A {@code MappedByteBuffer} is unmapped
 * only when the garbage collector frees it.
 */
public final class FileBytes implements Closeable {

    /**
     * One contiguous piece of the file.
     *
     * @param fileOffset the file offset of the segment's first byte
     * @param segment the bytes
     */
    public record Chunk(long fileOffset, MemorySegment segment) {
        /** The file offset just past this chunk. */
        public long end() {
            return fileOffset + segment.byteSize();
        }
    }

    private final long fileSize;
    private final long start;
    private final Chunk[] chunks;
    private final List<Chunk> chunkList;
    private final List<MappedByteBuffer> forceables;
    private final Closeable onClose;
    private int last;

    /**
     * Creates a view. Normally only strategies call this.
     *
     * @param fileSize the size of the whole file
     * @param start the file offset of the first chunk's first byte
     * @param chunks contiguous chunks covering {@code [start, fileSize)}, possibly none when empty
     * @param forceables writable mapped buffers, whose {@code force()} makes writes durable, else empty
     * @param onClose what to release on close, or {@code null}
     */
    public FileBytes(long fileSize, long start, List<Chunk> chunks, List<MappedByteBuffer> forceables, Closeable onClose) {
        long expect = start;
        for (Chunk c : chunks) {
            if (c.fileOffset() != expect) {
                throw new IllegalArgumentException("chunk at " + c.fileOffset() + " does not follow " + expect);
            }
            expect = c.end();
        }
        if (expect != Math.max(start, fileSize)) {
            throw new IllegalArgumentException("chunks end at " + expect + ", file size " + fileSize);
        }
        this.fileSize = fileSize;
        this.start = start;
        this.chunks = chunks.stream().filter(c -> c.segment().byteSize() > 0).toArray(Chunk[]::new);
        this.chunkList = List.of(this.chunks);
        this.forceables = List.copyOf(forceables);
        this.onClose = onClose;
    }

    /** A view of one heap or native segment holding {@code [start, start + segment.byteSize())}. */
    public static FileBytes of(long fileSize, long start, MemorySegment segment, Closeable onClose) {
        return new FileBytes(fileSize, start, List.of(new Chunk(start, segment)), List.of(), onClose);
    }

    /**
     * A view of {@code bytes}, which a regular strategy read from file offset {@code from} to the
     * end of a file of {@code fileSize} bytes (none when {@code from} is past the end).
     */
    static FileBytes ofArray(long fileSize, long from, byte[] bytes) {
        return of(fileSize, Math.min(from, fileSize), MemorySegment.ofArray(bytes), null);
    }

    /** The size of the whole file in bytes. */
    public long fileSize() {
        return fileSize;
    }

    /** The file offset of the first byte in this view. */
    public long start() {
        return start;
    }

    /** The file offset just past the last byte: the file size. */
    public long end() {
        return Math.max(start, fileSize);
    }

    /** The non-empty chunks, in file order. */
    public List<Chunk> chunks() {
        return chunkList;
    }

    /** The chunk holding file offset {@code pos}. */
    public Chunk chunkAt(long pos) {
        return chunks[chunkIndex(pos)];
    }

    /**
     * The index in {@link #chunks()} of the chunk holding file offset {@code pos}.
     *
     * @throws IndexOutOfBoundsException if {@code pos} is outside {@code [start, end)}
     */
    public int chunkIndex(long pos) {
        if (chunks.length > 0) {
            Chunk c = chunks[last];
            if (pos >= c.fileOffset() && pos < c.end()) {
                return last;
            }
        }
        int lo = 0;
        int hi = chunks.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Chunk m = chunks[mid];
            if (pos < m.fileOffset()) {
                hi = mid - 1;
            } else if (pos >= m.end()) {
                lo = mid + 1;
            } else {
                last = mid;
                return mid;
            }
        }
        throw new IndexOutOfBoundsException("offset " + pos + " outside [" + start + ", " + end() + ")");
    }

    /** The byte at file offset {@code pos}, {@code start <= pos < fileSize}. */
    public byte get(long pos) {
        Chunk c = chunkAt(pos);
        return c.segment().get(ValueLayout.JAVA_BYTE, pos - c.fileOffset());
    }

    /** Overwrites the byte at file offset {@code pos} (in the buffer, or in the file for a writable mapping). */
    public void set(long pos, byte b) {
        Chunk c = chunkAt(pos);
        c.segment().set(ValueLayout.JAVA_BYTE, pos - c.fileOffset(), b);
    }

    /**
     * Writes changes made through a READ_WRITE mapping to the storage device ({@code msync}); does
     * nothing for views that are not writable mappings. On a PRIVATE (copy-on-write) mapping the
     * {@code msync} runs but changes nothing: its written pages belong to this process, not to the file.
     */
    public void force() {
        for (MappedByteBuffer b : forceables) {
            b.force();
        }
        if (forceables.isEmpty()) {
            for (Chunk c : chunks) {
                if (c.segment().isMapped() && !c.segment().isReadOnly()) {
                    c.segment().force();
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        if (onClose != null) {
            onClose.close();
        }
    }
}
