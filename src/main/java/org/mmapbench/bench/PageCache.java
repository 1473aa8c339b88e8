package org.mmapbench.bench;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.mmapbench.sys.FileAdvice;
import org.mmapbench.sys.MappedMemory;
import org.mmapbench.sys.NativeFile;

/**
 * Empties and inspects the operating system's page cache for one file: {@code posix_fadvise(
 * POSIX_FADV_DONTNEED)} drops the file's cached pages and {@code mincore} over a fresh mapping
 * counts how many are still resident (both through {@link org.mmapbench.sys}).
 *
 * <p>NOTE: Linux only. {@code POSIX_FADV_DONTNEED} drops clean pages without root, but it cannot
 * drop dirty pages (call {@code force}/{@code fsync} first) nor pages that some process still has
 * mapped; a {@code MappedByteBuffer} stays mapped until its cleaner runs after a garbage
 * collection, which is why {@link #dropAndVerify(Path)} collects garbage and waits, for up to
 * {@link #UNMAP_WAIT_MILLIS}, before it gives up.
 */
public final class PageCache {

    /** The size of a memory page in bytes, as the kernel reports it. */
    public static final long PAGE_SIZE = MappedMemory.PAGE_SIZE;

    /** How long {@link #dropAndVerify} waits, at most, for collected mappings to be unmapped. */
    static final long UNMAP_WAIT_MILLIS = 5_000;

    private PageCache() {
    }

    /** Asks the kernel to drop every cached page of {@code file} ({@code posix_fadvise(fd, 0, 0, DONTNEED)}). */
    public static void drop(Path file) throws IOException {
        try (NativeFile f = NativeFile.openReadOnly(file)) {
            f.advise(0, 0, FileAdvice.DONTNEED);
        }
    }

    /**
     * Counts the pages of {@code file} resident in the page cache, via {@code mincore} over a
     * read-only mapping (mapping faults nothing in, so the count is not disturbed).
     */
    public static long residentPages(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return 0;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
             Arena arena = Arena.ofConfined()) {
            MemorySegment mapping = ch.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
            return MappedMemory.residentPages(mapping, file);
        }
    }

    /** The number of pages {@code file} occupies. */
    public static long pages(Path file) throws IOException {
        return MappedMemory.pages(Files.size(file));
    }

    /**
     * Drops the cached pages of {@code file} and checks with {@code mincore} that none stayed.
     *
     * <p>Pages stay resident while some mapping of the file is alive, typically a
     * {@code MappedByteBuffer} of an earlier invocation that is unreachable but not yet unmapped:
     * such a buffer is unmapped only by its cleaner, which runs on the reference-handler thread some
     * time after a garbage collection. So when pages stay, this collects garbage, gives the cleaners
     * a moment, drops again, and repeats for up to {@link #UNMAP_WAIT_MILLIS}. It runs in
     * invocation-level setup, outside the timed region.
     *
     * @throws IllegalStateException naming the file when pages stay resident, so a "cold"
     *         measurement is never published for a warm file
     */
    public static void dropAndVerify(Path file) throws IOException {
        drop(file);
        long resident = residentPages(file);
        long deadline = System.nanoTime() + UNMAP_WAIT_MILLIS * 1_000_000L;
        long pause = 1;
        while (resident != 0 && System.nanoTime() < deadline) {
            System.gc();
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            pause = Math.min(pause * 2, 100);
            drop(file);
            resident = residentPages(file);
        }
        if (resident != 0) {
            throw new IllegalStateException("cold cache: " + resident + " of " + pages(file) + " pages of " + file
                    + " stayed resident after POSIX_FADV_DONTNEED and " + UNMAP_WAIT_MILLIS + " ms of waiting for collected "
                    + "mappings to be unmapped (mapped by another process, dirty, or a file system that ignores the hint)");
        }
    }
}
