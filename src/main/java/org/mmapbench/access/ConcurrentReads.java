package org.mmapbench.access;

import java.io.EOFException;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.mmapbench.sys.NativeFile;
import org.mmapbench.util.EnumIds;

/**
 * The ways several threads read one file at the same time, as the thread-scaling benchmarks compare
 * them. A {@link Shared} is opened once per trial and used by every thread; each thread takes its own
 * {@link Reader} from it, with its own buffer, and asks it for byte ranges of the file.
 *
 * <p>What is shared is the point: one mapping (every thread reads the same pages in place), one
 * {@code FileChannel} (positional reads through the JDK's channel code, shared by every thread), a
 * channel per thread (nothing shared but the page cache), and one C descriptor read with
 * {@code pread(2)} (no JDK channel code in between).
 *
 * <p>NOTE: the regular readers copy into a buffer of the thread; the mapping hands out a slice of
 * itself, so the caller reads the page cache in place. {@link #SHARED_MAPPING} closes its shared
 * arena when the trial ends, which handshakes with every thread: only after every reader is done.
 */
public enum ConcurrentReads {
    /** One read-only mapping of the whole file in a shared arena; every thread reads slices of it in place. */
    SHARED_MAPPING("sharedMapping"),
    /** One {@code FileChannel}; every thread reads with {@code read(ByteBuffer, position)} into its own direct buffer. */
    SHARED_CHANNEL("sharedChannel"),
    /** A {@code FileChannel} per thread, positional reads into its own direct buffer. */
    CHANNEL_PER_THREAD("channelPerThread"),
    /** One descriptor opened with {@code open(2)}; every thread calls {@code pread(2)} into its own native buffer. */
    PREAD_SHARED("preadShared");

    private final String id;

    ConcurrentReads(String id) {
        this.id = id;
    }

    /** The id used as the benchmarks' {@code strategy} parameter, e.g. {@code sharedMapping}. */
    public String id() {
        return id;
    }

    /** The strategy with id {@code id}. */
    public static ConcurrentReads byId(String id) {
        return EnumIds.byId(ConcurrentReads.class, ConcurrentReads::id, id, "concurrent read strategy");
    }

    /** What every thread of a trial shares: opened once, closed once after every reader. */
    public interface Shared extends AutoCloseable {
        /** The file's size in bytes. */
        long size();

        /** A reader for the calling thread, whose ranges may be up to {@code bufferBytes} long. */
        Reader reader(int bufferBytes) throws IOException;

        @Override
        void close() throws IOException;
    }

    /** One thread's reader. Not thread-safe: a thread uses its own. */
    public interface Reader extends AutoCloseable {
        /**
         * The bytes {@code [offset, offset + length)} of the file, valid until the next call: a slice of
         * the mapping, or of this reader's buffer after reading them into it.
         *
         * @throws EOFException when the range runs past the end of the file
         */
        MemorySegment read(long offset, int length) throws IOException;

        @Override
        void close() throws IOException;
    }

    /** Opens what the threads of a trial share, on {@code file}. */
    public Shared open(Path file) throws IOException {
        return switch (this) {
            case SHARED_MAPPING -> new MappingShared(file);
            case SHARED_CHANNEL -> new ChannelShared(file, true);
            case CHANNEL_PER_THREAD -> new ChannelShared(file, false);
            case PREAD_SHARED -> new PreadShared(file);
        };
    }

    private static void checkRange(Path file, long size, long offset, int length, long capacity) throws EOFException {
        if (offset < 0 || length < 0 || length > capacity) {
            throw new IllegalArgumentException(file + ": range of " + length + " bytes at " + offset + " (buffer " + capacity + ")");
        }
        if (offset + length > size) {
            throw new EOFException(file + ": " + length + " bytes at " + offset + " run past the end (" + size + " bytes)");
        }
    }

    private static final class MappingShared implements Shared {
        private final Path file;
        private final Arena arena = Arena.ofShared();
        private final MemorySegment mapping;

        MappingShared(Path file) throws IOException {
            this.file = file;
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                mapping = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
            } catch (IOException | RuntimeException e) {
                arena.close();
                throw e;
            }
        }

        @Override
        public long size() {
            return mapping.byteSize();
        }

        @Override
        public Reader reader(int bufferBytes) {
            return new Reader() {
                @Override
                public MemorySegment read(long offset, int length) throws IOException {
                    checkRange(file, mapping.byteSize(), offset, length, bufferBytes);
                    return mapping.asSlice(offset, length);
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public void close() {
            arena.close();
        }
    }

    private static final class ChannelShared implements Shared {
        private final Path file;
        private final FileChannel shared;
        private final long size;

        /** {@code share}: one channel for every thread; otherwise each reader opens its own. */
        ChannelShared(Path file, boolean share) throws IOException {
            this.file = file;
            this.shared = share ? FileChannel.open(file, StandardOpenOption.READ) : null;
            try (FileChannel ch = share ? null : FileChannel.open(file, StandardOpenOption.READ)) {
                this.size = share ? shared.size() : ch.size();
            }
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public Reader reader(int bufferBytes) throws IOException {
            FileChannel ch = shared != null ? shared : FileChannel.open(file, StandardOpenOption.READ);
            ByteBuffer buffer = ByteBuffer.allocateDirect(bufferBytes);
            MemorySegment view = MemorySegment.ofBuffer(buffer);
            return new Reader() {
                @Override
                public MemorySegment read(long offset, int length) throws IOException {
                    checkRange(file, size, offset, length, bufferBytes);
                    buffer.clear().limit(length);
                    while (buffer.hasRemaining()) {
                        if (ch.read(buffer, offset + buffer.position()) < 0) {
                            throw new EOFException(file + ": ended early at " + (offset + buffer.position()));
                        }
                    }
                    return view.asSlice(0, length);
                }

                @Override
                public void close() throws IOException {
                    if (ch != shared) {
                        ch.close();
                    }
                }
            };
        }

        @Override
        public void close() throws IOException {
            if (shared != null) {
                shared.close();
            }
        }
    }

    private static final class PreadShared implements Shared {
        private final NativeFile fd;
        private final long size;

        PreadShared(Path file) throws IOException {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                size = ch.size();
            }
            fd = NativeFile.openReadOnly(file);
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public Reader reader(int bufferBytes) {
            // Shared, not confined: JMH may run a thread's state on another worker thread in a later iteration.
            Arena arena = Arena.ofShared();
            MemorySegment buffer = arena.allocate(bufferBytes, 4096);
            return new Reader() {
                @Override
                public MemorySegment read(long offset, int length) throws IOException {
                    checkRange(fd.file(), size, offset, length, bufferBytes);
                    long done = 0;
                    while (done < length) {
                        long n = fd.pread(offset + done, buffer.asSlice(done, length - done));
                        if (n == 0) {
                            throw new EOFException(fd.file() + ": ended early at " + (offset + done));
                        }
                        done += n;
                    }
                    return buffer.asSlice(0, length);
                }

                @Override
                public void close() {
                    arena.close();
                }
            };
        }

        @Override
        public void close() throws IOException {
            fd.close();
        }
    }
}
