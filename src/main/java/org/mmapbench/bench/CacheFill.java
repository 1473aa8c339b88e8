package org.mmapbench.bench;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The two ways a warm benchmark fills the page cache with its file, always from an empty cache:
 * {@link #establish(Path)} drops the file's pages ({@code posix_fadvise(DONTNEED)}, verified with
 * {@code mincore}), fills them one way, and verifies that every page is resident.
 *
 * <p>NOTE: on Linux 6.x with large-folio page caches (ext4, xfs, btrfs), read calls let the kernel's
 * read-ahead allocate large folios (up to 2 MiB, {@code FileHugePages} in {@code /proc/meminfo}),
 * while page faults on a mapping fill the cache one small folio at a time. Warm mapped reads of the
 * same file differ by about 30% between the two on the reference machine, which is why the fill is
 * fixed and recorded.
 */
public enum CacheFill {
    /** Sequential {@code FileChannel.read} calls of {@link #READ_CHUNK} bytes into native memory, start to end. */
    READ("read", "sequential FileChannel.read of 1 MiB chunks into native memory, after dropping the file's pages"),
    /** One byte read per page through a read-only mapping of the whole file, start to end, then unmapped. */
    MAPPED_TOUCH("mapped-touch", "one byte read per page through a read-only mapping, after dropping the file's pages");

    /** The size of each read of {@link #READ}. */
    public static final int READ_CHUNK = 1 << 20;

    private final String id;
    private final String description;

    CacheFill(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** A short name for records, e.g. {@code read}. */
    public String id() {
        return id;
    }

    /** One sentence saying how the cache is filled, for {@code environment.json} and the report. */
    public String description() {
        return description;
    }

    /**
     * Drops {@code file}'s cached pages, fills the cache this way, and checks that every page is resident.
     *
     * @return the number of pages of the file
     * @throws IllegalStateException naming the file when pages stay cached after the drop or are
     *         missing after the fill
     */
    public long establish(Path file) throws IOException {
        try {
            PageCache.dropAndVerify(file);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("warm cache: cannot start from an empty page cache before filling " + file + " ("
                    + description + "): " + e.getMessage() + ". Another process maps the file (another mmapbench run or test,"
                    + " an editor): stop it, then run again", e);
        }
        load(file);
        long pages = PageCache.pages(file);
        long resident = PageCache.residentPages(file);
        if (resident != pages) {
            throw new IllegalStateException("warm cache: only " + resident + " of " + pages + " pages of " + file
                    + " are resident right after filling the cache (" + description + "); memory pressure evicts them");
        }
        return pages;
    }

    /** Reads the file into the cache this way, without dropping or checking anything. */
    void load(Path file) throws IOException {
        switch (this) {
            case READ -> readSequentially(file);
            case MAPPED_TOUCH -> touchThroughMapping(file);
            default -> throw new AssertionError(this);
        }
    }

    private static void readSequentially(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
            ByteBuffer buf = arena.allocate(READ_CHUNK, 4096).asByteBuffer();
            while (true) {
                buf.clear();
                if (ch.read(buf) < 0) {
                    return;
                }
            }
        }
    }

    private static void touchThroughMapping(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            return;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
            MemorySegment mapping = ch.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
            long sum = 0;
            for (long at = 0; at < size; at += PageCache.PAGE_SIZE) {
                sum += mapping.get(ValueLayout.JAVA_BYTE, at);
            }
            sink = sum;
        }
    }

    /** Keeps the touched bytes observable, so the reads cannot be optimised away. */
    @SuppressWarnings("unused")
    private static volatile long sink;
}
