package org.mmapbench.sys;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/**
 * C library calls on mapped memory: the page size ({@code sysconf}) and which pages of a mapping
 * are resident in memory ({@code mincore}).
 *
 * <p>NOTE: Linux only; the JVM needs {@code --enable-native-access=ALL-UNNAMED}.
 */
public final class MappedMemory {
    private static final int SC_PAGESIZE = 30;

    private static final MethodHandle SYSCONF = Libc.plain("sysconf",
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    private static final MethodHandle MINCORE = Libc.withErrno("mincore",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS));

    /** The size of a memory page in bytes, as the kernel reports it. */
    public static final long PAGE_SIZE = pageSize();

    private MappedMemory() {
    }

    /** How many pages {@code bytes} bytes span. */
    public static long pages(long bytes) {
        return (bytes + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    /**
     * Counts the pages of {@code mapping} that are resident in memory ({@code mincore}); asking
     * faults nothing in. {@code file} names the mapped file in error messages.
     *
     * @param mapping a page-aligned mapping, e.g. from {@code FileChannel.map(..., Arena)}
     */
    public static long residentPages(MemorySegment mapping, Path file) throws IOException {
        long pages = pages(mapping.byteSize());
        if (pages == 0) {
            return 0;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.errnoSegment(arena);
            MemorySegment vec = arena.allocate(pages);
            int rc = (int) MINCORE.invokeExact(errno, mapping, mapping.byteSize(), vec);
            if (rc != 0) {
                throw Libc.failure(file, "mincore", Libc.errno(errno));
            }
            long resident = 0;
            for (long i = 0; i < pages; i++) {
                resident += vec.get(ValueLayout.JAVA_BYTE, i) & 1;
            }
            return resident;
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.unexpected(file, "mincore", t);
        }
    }

    private static long pageSize() {
        try {
            long size = (long) SYSCONF.invokeExact(SC_PAGESIZE);
            if (size <= 0) {
                throw new IllegalStateException("sysconf(_SC_PAGESIZE) returned " + size);
            }
            return size;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("sysconf(_SC_PAGESIZE) failed", t);
        }
    }
}
