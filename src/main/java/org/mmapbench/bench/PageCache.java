package org.mmapbench.bench;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Controls and inspects the operating system's page cache for one file, through the FFM
 * {@link Linker} (no JNI): {@code posix_fadvise(POSIX_FADV_DONTNEED)} to drop the file's cached
 * pages and {@code mincore} to count how many are still resident.
 *
 * <p>NOTE: Linux only. {@code POSIX_FADV_DONTNEED} drops clean pages without root, but it cannot
 * drop dirty pages (call {@code force}/{@code fsync} first) nor pages that some process still has
 * mapped; a {@code MappedByteBuffer} stays mapped until it is garbage collected, which is why
 * {@link #dropAndVerify(Path)} collects garbage once before giving up.
 *
 * <p>NOTE: the caller needs {@code --enable-native-access=ALL-UNNAMED} (the run command passes it
 * to every fork), otherwise the JDK prints a warning on first use.
 */
public final class PageCache {
    private static final int O_RDONLY = 0;
    private static final int POSIX_FADV_DONTNEED = 4;
    private static final int SC_PAGESIZE = 30;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LIBC = LINKER.defaultLookup();
    private static final MethodHandle OPEN = handle("open",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle CLOSE = handle("close",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle FADVISE = handle("posix_fadvise",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    private static final MethodHandle MINCORE = handle("mincore",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));
    private static final MethodHandle SYSCONF = handle("sysconf",
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));

    /** The size of a memory page in bytes, as the kernel reports it. */
    public static final long PAGE_SIZE = pageSize();

    private PageCache() {
    }

    private static MethodHandle handle(String name, FunctionDescriptor fd) {
        MemorySegment symbol = LIBC.find(name)
                .orElseThrow(() -> new UnsupportedOperationException("libc has no " + name + ": page-cache control needs Linux"));
        return LINKER.downcallHandle(symbol, fd);
    }

    private static long pageSize() {
        try {
            return (long) SYSCONF.invokeExact(SC_PAGESIZE);
        } catch (Throwable t) {
            throw new IllegalStateException("sysconf(_SC_PAGESIZE) failed", t);
        }
    }

    /** Asks the kernel to drop every cached page of {@code file} ({@code posix_fadvise(fd, 0, 0, DONTNEED)}). */
    public static void drop(Path file) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment cPath = arena.allocateFrom(file.toAbsolutePath().toString());
            int fd = (int) OPEN.invokeExact(cPath, O_RDONLY);
            if (fd < 0) {
                throw new IOException(file + ": open failed, cannot drop its cached pages");
            }
            try {
                int rc = (int) FADVISE.invokeExact(fd, 0L, 0L, POSIX_FADV_DONTNEED);
                if (rc != 0) {
                    throw new IOException(file + ": posix_fadvise(POSIX_FADV_DONTNEED) failed with error " + rc);
                }
            } finally {
                int ignored = (int) CLOSE.invokeExact(fd);
            }
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("native call failed for " + file, t);
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
        long pages = (size + PAGE_SIZE - 1) / PAGE_SIZE;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
             Arena arena = Arena.ofConfined()) {
            MemorySegment mapping = ch.map(FileChannel.MapMode.READ_ONLY, 0, size, arena);
            MemorySegment vec = arena.allocate(pages);
            int rc = (int) MINCORE.invokeExact(mapping, size, vec);
            if (rc != 0) {
                throw new IOException(file + ": mincore failed");
            }
            long resident = 0;
            for (long i = 0; i < pages; i++) {
                resident += vec.get(ValueLayout.JAVA_BYTE, i) & 1;
            }
            return resident;
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("mincore failed for " + file, t);
        }
    }

    /** The number of pages {@code file} occupies. */
    public static long pages(Path file) throws IOException {
        return (Files.size(file) + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    /** How long {@link #dropAndVerify} waits, at most, for collected mappings to be unmapped. */
    static final long UNMAP_WAIT_MILLIS = 5_000;

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
