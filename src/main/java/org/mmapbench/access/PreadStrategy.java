package org.mmapbench.access;

import java.io.EOFException;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mmapbench.sys.NativeFile;

/**
 * {@code pread}: {@code open(2)} and {@code pread(2)} called through the FFM {@code Linker}
 * ({@link NativeFile}) straight into native memory: the regular path without {@code FileChannel}'s
 * position bookkeeping, its lock, or the JDK's temporary buffers. Fair: one whole-file read into a
 * confined arena's memory, freed when the view closes. Windowed: positional reads into a native
 * {@link Window}.
 *
 * <p>NOTE: Linux only, like every downcall of {@code org.mmapbench.sys}; the JVM needs
 * {@code --enable-native-access=ALL-UNNAMED}. The JDK issue tracker and Lucene's benchmarks
 * (apache/lucene#16044) report {@code FileChannel}'s positional-read lock as a limit under
 * threads; with one reader thread, as here, the difference is the bookkeeping alone.
 */
final class PreadStrategy extends AbstractStrategy implements StreamingStrategy {

    PreadStrategy() {
        super("pread", AccessKind.REGULAR);
    }

    @Override
    public FileBytes open(Path file, long from) throws IOException {
        try (NativeFile f = NativeFile.openReadOnly(file)) {
            long size = Files.size(file);
            return NativeCopies.read(size, from, Checks.length(id(), size, from, maxLength()), seg -> {
                for (long done = 0; done < seg.byteSize(); ) {
                    long n = f.pread(from + done, seg.asSlice(done));
                    if (n == 0) {
                        throw new EOFException(file + ": ended at " + (from + done) + ", expected " + size + " bytes");
                    }
                    done += n;
                }
            });
        }
    }

    @Override
    public Window newWindow(int capacity) {
        return Window.direct(capacity);
    }

    @Override
    public ChunkReader openReader(Path file, long from, Window window) throws IOException {
        if (!window.isNative()) {
            throw new IllegalArgumentException("pread reads into native memory, not a heap window");
        }
        NativeFile f = NativeFile.openReadOnly(file);
        MemorySegment seg = window.segment();
        return new WindowReader(seg, from, (position, off, len) -> {
            long n = f.pread(position, seg.asSlice(off, len));
            return n == 0 ? -1 : (int) n;
        }, f::close);
    }
}
