package org.mmapbench.sys;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.nio.file.Path;

/**
 * The C library as seen through the FFM {@link Linker}: looks up symbols, builds downcall handles
 * that capture {@code errno}, and turns a failed call into a {@link NativeCallException}.
 *
 * <p>NOTE: a handle built with {@link #withErrno} takes one extra first argument, the segment that
 * receives {@code errno} ({@link #errnoSegment}); {@code errno} must be read from there because the
 * JVM itself may make calls that overwrite the thread's {@code errno} before Java code can read it.
 *
 * <p>NOTE: javac warns about every restricted call ({@code downcallHandle}, {@code reinterpret}) and the
 * build fails on warnings; this class suppresses the warning because it is the one place that makes such
 * calls. Native access is granted by {@code Enable-Native-Access: ALL-UNNAMED} in the jar's manifest and by
 * {@code --enable-native-access=ALL-UNNAMED} on every JVM the harness starts.
 */
@SuppressWarnings("restricted")
final class Libc {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LOOKUP = LINKER.defaultLookup();
    private static final StructLayout CAPTURED = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO =
            CAPTURED.varHandle(MemoryLayout.PathElement.groupElement("errno"));
    private static final MethodHandle STRERROR = plain("strerror",
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));

    private Libc() {
    }

    /** A downcall handle for a function that reports errors through its return value only. */
    static MethodHandle plain(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(symbol(name), fd);
    }

    /** A downcall handle whose first argument receives {@code errno} (see {@link #errnoSegment}). */
    static MethodHandle withErrno(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(symbol(name), fd, Linker.Option.captureCallState("errno"));
    }

    /** A segment, allocated in {@code arena}, for a {@link #withErrno} handle to store {@code errno} in. */
    static MemorySegment errnoSegment(Arena arena) {
        return arena.allocate(CAPTURED);
    }

    /** The {@code errno} a {@link #withErrno} call stored in {@code captured}. */
    static int errno(MemorySegment captured) {
        return (int) ERRNO.get(captured, 0L);
    }

    /** An exception for {@code call} on {@code file} that failed with error number {@code errno}. */
    static NativeCallException failure(Path file, String call, int errno) {
        return new NativeCallException(file, call, errno, describe(errno));
    }

    /** Rethrows what a downcall threw: checked exceptions other than I/O cannot come from C code. */
    static RuntimeException unexpected(Path file, String call, Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(file + ": " + call + ": unexpected " + t, t);
    }

    private static String describe(int errno) {
        try {
            MemorySegment text = (MemorySegment) STRERROR.invokeExact(errno);
            return text.equals(MemorySegment.NULL) ? "error " + errno : text.reinterpret(1024).getString(0);
        } catch (Throwable t) {
            return "error " + errno;
        }
    }

    private static MemorySegment symbol(String name) {
        return LOOKUP.find(name).orElseThrow(
                () -> new UnsupportedOperationException("the C library has no " + name + " (mmapbench's native calls need Linux)"));
    }
}
