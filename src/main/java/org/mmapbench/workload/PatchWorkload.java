package org.mmapbench.workload;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mmapbench.access.FileBytes;
import org.mmapbench.access.MappedStrategy;
import org.mmapbench.access.PositionalWriter;

/**
 * The patch workload: overwrite bytes 10..15 with {@code "python"} without rewriting the file.
 * Neither side forces the write to the device: both leave a dirty page in the page cache.
 */
public final class PatchWorkload {
    private PatchWorkload() {
    }

    private static final long NEEDED = Workload.PATCH_OFFSET + Workload.PATCH_BYTES.length;

    /** Regular: a positional write of 6 bytes ({@code RandomAccessFile.seek} + write, or {@code FileChannel.write(buf, 10)}). */
    public static long fairRegular(PositionalWriter strategy, Path file) throws IOException {
        long size = Files.size(file);
        if (size < NEEDED) {
            return -1;
        }
        strategy.writeAt(file, Workload.PATCH_OFFSET, Workload.PATCH_BYTES);
        return size;
    }

    /** Mapped: map the file READ_WRITE and copy 6 bytes into the mapping. */
    public static long fairMapped(MappedStrategy strategy, Path file) throws IOException {
        try (FileBytes fb = strategy.openWritable(file)) {
            if (fb.fileSize() < NEEDED) {
                return -1;
            }
            FileBytes.Chunk c = fb.chunkAt(Workload.PATCH_OFFSET);
            if (NEEDED <= c.end()) {
                MemorySegment.copy(MemorySegment.ofArray(Workload.PATCH_BYTES), 0, c.segment(),
                        Workload.PATCH_OFFSET - c.fileOffset(), Workload.PATCH_BYTES.length);
            } else {
                for (int j = 0; j < Workload.PATCH_BYTES.length; j++) {
                    fb.set(Workload.PATCH_OFFSET + j, Workload.PATCH_BYTES[j]);
                }
            }
            return fb.fileSize();
        }
    }
}
