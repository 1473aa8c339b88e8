package org.mmapbench.sys;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/**
 * C library calls on mapped memory: the page size ({@code sysconf}), which pages of a mapping
 * are resident in memory ({@code mincore}), and advice about how a mapping will be used
 * ({@code madvise}).
 *
 * <p>NOTE: Linux only; the JVM needs {@code --enable-native-access=ALL-UNNAMED}.
 */
public final class MappedMemory {
    private static final int SC_PAGESIZE = 30;

    private static final MethodHandle SYSCONF = Libc.plain("sysconf",
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    private static final MethodHandle MADVISE = Libc.withErrno("madvise",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
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

    /**
     * Gives the kernel {@code advice} about the whole of {@code mapping} ({@code madvise(2)}).
     * {@code file} names the mapped file in error messages.
     *
     * <p>NOTE: {@code madvise} takes a page-aligned start; a mapping that starts inside a page (a
     * {@code FileChannel.map} at an offset that is not a multiple of the page size) is advised from
     * the start of that page, which belongs to the same mapping.
     *
     * @param mapping a mapped segment, e.g. from {@code FileChannel.map(..., Arena)}; empty: nothing to do
     * @throws NativeCallException naming the file and the call when the kernel refuses, e.g.
     *         {@code EINVAL} for memory that is not a mapping the advice applies to
     */
    public static void advise(MemorySegment mapping, Path file, MemoryAdvice advice) throws IOException {
        if (mapping.byteSize() == 0) {
            return;
        }
        long start = mapping.address() - Math.floorMod(mapping.address(), PAGE_SIZE);
        long length = mapping.address() + mapping.byteSize() - start;
        String call = "madvise(" + advice.constant() + ")";
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.errnoSegment(arena);
            int rc = (int) MADVISE.invokeExact(errno, start, length, advice.value());
            if (rc != 0) {
                throw Libc.failure(file, call, Libc.errno(errno));
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.unexpected(file, call, t);
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
