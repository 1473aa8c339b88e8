package org.mmapbench.access;

import java.io.IOException;
import java.nio.file.Path;
import org.mmapbench.sys.MappedMemory;
import org.mmapbench.sys.MemoryAdvice;

/**
 * {@code mappedSegment} with a kernel hint: maps the file as {@link MappedSegmentStrategy} does, then
 * gives the whole mapping one {@link MemoryAdvice} with {@code madvise} before any byte is read.
 *
 * <p>NOTE: the advice belongs to the mapping, which every operation makes anew, so every operation
 * pays one {@code madvise} call (a few microseconds at most; {@code WILLNEED} starts the reads).
 */
final class AdvisedSegmentStrategy implements ByteStrategy {
    private final MappedSegmentStrategy mapped = new MappedSegmentStrategy();
    private final MemoryAdvice advice;

    AdvisedSegmentStrategy(MemoryAdvice advice) {
        this.advice = advice;
    }

    @Override
    public String id() {
        return mapped.id();
    }

    @Override
    public AccessKind kind() {
        return AccessKind.MAPPED;
    }

    @Override
    public long maxLength() {
        return mapped.maxLength();
    }

    @Override
    public FileBytes open(Path file, long from) throws IOException {
        FileBytes bytes = mapped.open(file, from);
        try {
            for (FileBytes.Chunk c : bytes.chunks()) {
                MappedMemory.advise(c.segment(), file, advice);
            }
            return bytes;
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
    }
}
