package org.mmapbench.bench;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

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
    READ("sequential FileChannel.read of 1 MiB chunks into native memory, after dropping the file's pages"),
    /** One byte read per page through a read-only mapping of the whole file, start to end, then unmapped. */
    MAPPED_TOUCH("one byte read per page through a read-only mapping, after dropping the file's pages");

    /**
     * How many times {@link #establish} drops and fills before it gives up.
     *
     * <p>NOTE: on the reference VM (kernel 6.18, ext4) a replace benchmark's per-invocation fresh
     * copy, dropped and read back, once had 567 of its 574 pages resident right after the
     * sequential read, with 20 GiB free; a second drop and fill is outside the timed region and
     * gives the same canonical state.
     */
    static final int FILL_ATTEMPTS = 3;

    /** The size of each read of {@link #READ}. */
    public static final int READ_CHUNK = 1 << 20;

    private final String description;

    CacheFill(String description) {
        this.description = description;
    }

    /** A short name for records: the constant's name in lower case with hyphens, e.g. {@code mapped-touch}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
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
        long pages = PageCache.pages(file);
        long resident = -1;
        for (int attempt = 1; attempt <= FILL_ATTEMPTS; attempt++) {
            try {
                PageCache.dropAndVerify(file);
            } catch (IllegalStateException e) {
                throw new IllegalStateException("warm cache: cannot start from an empty page cache before filling " + file + " ("
                        + description + "): " + e.getMessage() + ". Another process maps the file (another mmapbench run or test,"
                        + " an editor): stop it, then run again", e);
            }
            load(file);
            resident = PageCache.residentPages(file);
            if (resident == pages) {
                return pages;
            }
        }
        throw new IllegalStateException("warm cache: only " + resident + " of " + pages + " pages of " + file
                + " were resident right after filling the cache (" + description + "), in each of " + FILL_ATTEMPTS
                + " attempts; something evicts them");
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
            Touch.sink(Touch.everyPage(ch.map(FileChannel.MapMode.READ_ONLY, 0, size, arena)));
        }
    }
}
