package org.mmapbench.sys;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Path;

/**
 * A file descriptor opened with the C library's {@code open}, for the calls Java's file API does
 * not offer ({@code posix_fadvise}, and {@code pread} into native memory without
 * {@code FileChannel}'s position bookkeeping and locking); close it, e.g. with try-with-resources.
 *
 * <p>NOTE: Linux only; the JVM needs {@code --enable-native-access=ALL-UNNAMED}.
 */
public final class NativeFile implements AutoCloseable {
    private static final int O_RDONLY = 0;
    private static final int O_CLOEXEC = 0x80000;

    private static final MethodHandle OPEN = Libc.withErrno("open",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle CLOSE = Libc.withErrno("close",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle FADVISE = Libc.plain("posix_fadvise",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG,
                    ValueLayout.JAVA_INT));
    private static final MethodHandle PREAD = Libc.withErrno("pread",
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG,
                    ValueLayout.JAVA_LONG));
    private static final int EINTR = 4;
    /** Where each thread's {@code pread} calls leave {@code errno}: allocated once per thread, never freed. */
    private static final ThreadLocal<MemorySegment> PREAD_ERRNO =
            ThreadLocal.withInitial(() -> Libc.errnoSegment(Arena.global()));

    private final Path file;
    private final int fd;
    private boolean closed;

    private NativeFile(Path file, int fd) {
        this.file = file;
        this.fd = fd;
    }

    /** Opens {@code file} for reading ({@code open(path, O_RDONLY | O_CLOEXEC)}). */
    public static NativeFile openReadOnly(Path file) throws IOException {
        String call = "open(O_RDONLY)";
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.errnoSegment(arena);
            MemorySegment path = arena.allocateFrom(file.toAbsolutePath().toString());
            int fd = (int) OPEN.invokeExact(errno, path, O_RDONLY | O_CLOEXEC);
            if (fd < 0) {
                throw Libc.failure(file, call, Libc.errno(errno));
            }
            return new NativeFile(file, fd);
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.unexpected(file, call, t);
        }
    }

    /**
     * Gives the kernel {@code advice} about bytes {@code offset} to {@code offset + length} of the
     * file ({@code length} 0: to the end).
     *
     * <p>NOTE: {@code posix_fadvise} returns its error number instead of setting {@code errno}.
     */
    public void advise(long offset, long length, FileAdvice advice) throws IOException {
        String call = "posix_fadvise(" + advice.constant() + ")";
        int rc;
        try {
            rc = (int) FADVISE.invokeExact(fd, offset, length, advice.value());
        } catch (Throwable t) {
            throw Libc.unexpected(file, call, t);
        }
        if (rc != 0) {
            throw Libc.failure(file, call, rc);
        }
    }

    /**
     * Reads up to {@code dst.byteSize()} bytes at file offset {@code offset} into {@code dst}
     * ({@code pread(2)}), retrying when a signal interrupts the call.
     *
     * @param dst native memory (a heap segment cannot be passed to C code)
     * @return the number of bytes read, 0 at or past the end of the file
     */
    public long pread(long offset, MemorySegment dst) throws IOException {
        MemorySegment errno = PREAD_ERRNO.get();
        while (true) {
            long n;
            try {
                n = (long) PREAD.invokeExact(errno, fd, dst, dst.byteSize(), offset);
            } catch (Throwable t) {
                throw Libc.unexpected(file, "pread", t);
            }
            if (n >= 0) {
                return n;
            }
            int e = Libc.errno(errno);
            if (e != EINTR) {
                throw Libc.failure(file, "pread", e);
            }
        }
    }

    /** The file this descriptor was opened on. */
    public Path file() {
        return file;
    }

    /** Closes the descriptor; a second call does nothing. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.errnoSegment(arena);
            int rc = (int) CLOSE.invokeExact(errno, fd);
            if (rc != 0) {
                throw Libc.failure(file, "close", Libc.errno(errno));
            }
        } catch (IOException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.unexpected(file, "close", t);
        }
    }
}
