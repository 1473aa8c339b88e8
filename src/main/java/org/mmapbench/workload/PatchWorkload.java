package org.mmapbench.workload;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mmapbench.access.Durability;
import org.mmapbench.access.FileBytes;
import org.mmapbench.access.MappedStrategy;
import org.mmapbench.access.PositionalWriter;
import org.mmapbench.access.WriteMode;

/**
 * The patch workload: overwrite bytes 10..15 with {@code "python"} without rewriting the file (the
 * article's {@code mmap_obj[10:16] = b"python"}). The fair variant forces neither side: both leave a
 * dirty page in the page cache: its cells are the {@link Variant#DURABILITY} cells of durability
 * {@code none} of the same strategies. The write variants ({@link Variant#DURABILITY} with
 * {@code none} and {@code synced}, {@link Variant#COPY_ON_WRITE}) add the syncs, the whole-file rewrites
 * and the private mapping.
 */
public final class PatchWorkload {
    private PatchWorkload() {
    }

    private static final long NEEDED = Workload.PATCH_OFFSET + Workload.PATCH_BYTES.length;

    /** Regular fair: a positional write of 6 bytes without a sync ({@code RandomAccessFile.seek} + write, or {@code FileChannel.write(buf, 10)}). */
    public static long fairRegular(PositionalWriter strategy, Path file) throws IOException {
        return positional(strategy, file, Durability.NONE);
    }

    /** Mapped fair: map the file READ_WRITE and copy 6 bytes into the mapping, without {@code force()}. */
    public static long fairMapped(MappedStrategy strategy, Path file) throws IOException {
        return mapped(strategy, file, Durability.NONE);
    }

    /** A positional write of 6 bytes, synced ({@code force(false)} or {@code fsync}) when {@code durability} says so. */
    public static long positional(PositionalWriter strategy, Path file, Durability durability) throws IOException {
        long size = Files.size(file);
        if (size < NEEDED) {
            return -1;
        }
        strategy.writeAt(file, Workload.PATCH_OFFSET, MemorySegment.ofArray(Workload.PATCH_BYTES), durability);
        return size;
    }

    /** Maps the file READ_WRITE, copies 6 bytes into the mapping and, when synced, {@code force()}s it. */
    public static long mapped(MappedStrategy strategy, Path file, Durability durability) throws IOException {
        try (FileBytes fb = strategy.openWritable(file, WriteMode.SHARED)) {
            if (fb.fileSize() < NEEDED) {
                return -1;
            }
            write(fb);
            if (durability == Durability.SYNCED) {
                fb.force();
            }
            return fb.fileSize();
        }
    }

    /**
     * Maps the file PRIVATE (copy-on-write) and copies 6 bytes into the mapping; the file does not
     * change. Answers the 6 bytes then at offset 10 of the mapping, read back as a big-endian number
     * ({@code "python"} for any file of 16 bytes or more), or -1 for a shorter file.
     */
    public static long copyOnWrite(MappedStrategy strategy, Path file) throws IOException {
        try (FileBytes fb = strategy.openWritable(file, WriteMode.PRIVATE)) {
            if (fb.fileSize() < NEEDED) {
                return -1;
            }
            write(fb);
            long v = 0;
            for (int j = 0; j < Workload.PATCH_BYTES.length; j++) {
                v = (v << 8) | (fb.get(Workload.PATCH_OFFSET + j) & 0xFF);
            }
            return v;
        }
    }

    /**
     * Reads the whole file ({@code Files.readAllBytes}), patches the array and puts it in place of the
     * file the way {@code how} does; -1 without writing for a file shorter than 16 bytes.
     */
    public static long rewrite(Rewrite how, Path file, Durability durability) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < NEEDED) {
            return -1;
        }
        System.arraycopy(Workload.PATCH_BYTES, 0, bytes, (int) Workload.PATCH_OFFSET, Workload.PATCH_BYTES.length);
        how.write(file, MemorySegment.ofArray(bytes), durability);
        return bytes.length;
    }

    /** Copies the 6 bytes into a writable view, straddling a chunk edge if need be. */
    private static void write(FileBytes fb) {
        FileBytes.Chunk c = fb.chunkAt(Workload.PATCH_OFFSET);
        if (NEEDED <= c.end()) {
            MemorySegment.copy(MemorySegment.ofArray(Workload.PATCH_BYTES), 0, c.segment(),
                    Workload.PATCH_OFFSET - c.fileOffset(), Workload.PATCH_BYTES.length);
        } else {
            for (int j = 0; j < Workload.PATCH_BYTES.length; j++) {
                fb.set(Workload.PATCH_OFFSET + j, Workload.PATCH_BYTES[j]);
            }
        }
    }
}
