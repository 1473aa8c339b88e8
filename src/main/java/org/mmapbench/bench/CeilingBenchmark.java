package org.mmapbench.bench;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.mmapbench.corpus.ForkCorpora;
import org.mmapbench.sys.NativeFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The machine's limits that the other benchmarks are measured against, each moving the bytes of a
 * corpus file once per operation (so bytes / time is comparable with the workloads' throughput):
 * <ul>
 *   <li>{@link #memoryCopy}: {@code MemorySegment.copy} of a native buffer holding the file into a
 *       second one, the memory bandwidth ceiling of warm mapped and in-memory scans;</li>
 *   <li>{@link #pread} in a warm cache: {@code pread} of the whole file into one reused 1 MiB native
 *       buffer, the page-cache copy ceiling of warm regular reads;</li>
 *   <li>{@link #pread} in a cold cache: the same reads after every cached page of the file was
 *       dropped, the cold sequential read ceiling of cold cells.</li>
 * </ul>
 *
 * <p>NOTE: a copy reads and writes every byte, so the memory traffic is twice the bytes counted; the
 * ceilings count bytes delivered, as the workloads do. A cold read's speed is the storage device's and
 * the read-ahead's ({@code read_ahead_kb}); no kernel hint is given. On a shared machine every ceiling
 * moves with the load, so only a percentage of a ceiling measured in the same run is meaningful.
 */
public class CeilingBenchmark extends BenchmarkBase {

    /** The size of the reused {@code pread} buffer: 1 MiB. */
    public static final int READ_BUFFER = 1 << 20;

    /** Two native buffers of the corpus's size, the first holding its bytes; for {@link #memoryCopy}. */
    @State(Scope.Benchmark)
    public static class Buffers {
        /** The corpus whose size is copied; profiles override it with {@code -p corpus=...}. */
        @Param("english-64MiB")
        public String corpus;

        private Arena arena;
        private MemorySegment source;
        private MemorySegment target;

        /** Allocates both buffers (page-aligned), reads the file into the first and touches the second. */
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            Path file = ForkCorpora.resolve(corpus);
            long size = Files.size(file);
            if (size == 0) {
                throw new IllegalStateException("corpus '" + corpus + "' is empty: there is nothing to copy");
            }
            arena = Arena.ofShared();
            source = arena.allocate(size, 4096);
            target = arena.allocate(size, 4096);
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                long done = 0;
                while (done < size) {
                    int n = ch.read(source.asSlice(done, Math.min(size - done, 1 << 30)).asByteBuffer(), done);
                    if (n < 0) {
                        throw new IOException(file + ": ended at " + done + ", expected " + size + " bytes");
                    }
                    done += n;
                }
            }
            target.fill((byte) 0);
        }

        /** Frees both buffers. */
        @TearDown(Level.Trial)
        public void tearDown() {
            arena.close();
        }
    }

    /** The corpus and one reused 1 MiB native buffer; for {@link #pread}. */
    @State(Scope.Benchmark)
    public static class Reader {
        /** The corpus read; profiles override it with {@code -p corpus=...}. */
        @Param("english-64MiB")
        public String corpus;

        private Path file;
        private long size;
        private Arena arena;
        private MemorySegment buffer;

        /** Resolves the corpus and allocates and touches the buffer. */
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            file = ForkCorpora.resolve(corpus);
            size = Files.size(file);
            arena = Arena.ofShared();
            buffer = arena.allocate(READ_BUFFER, 4096);
            buffer.fill((byte) 0);
        }

        /** Frees the buffer. */
        @TearDown(Level.Trial)
        public void tearDown() {
            arena.close();
        }
    }

    /** Copies the file's bytes from one native buffer to the other; returns the last byte copied. */
    @Benchmark
    public byte memoryCopy(Buffers b) {
        MemorySegment.copy(b.source, 0, b.target, 0, b.source.byteSize());
        return b.target.get(ValueLayout.JAVA_BYTE, b.target.byteSize() - 1);
    }

    /**
     * Opens the file and reads it from start to end with {@code pread} into the reused buffer; returns
     * the bytes read.
     *
     * @throws IOException when fewer bytes than the file's size arrive
     */
    @Benchmark
    public long pread(Reader r, CacheState cache) throws IOException {
        return readAll(r.file, r.size, r.buffer);
    }

    /** Reads {@code file} of {@code size} bytes through {@code buffer}; returns the byte count. */
    static long readAll(Path file, long size, MemorySegment buffer) throws IOException {
        try (NativeFile f = NativeFile.openReadOnly(file)) {
            long at = 0;
            long n;
            while ((n = f.pread(at, buffer)) > 0) {
                at += n;
            }
            if (at != size) {
                throw new IOException(file + ": read " + at + " bytes, expected " + size);
            }
            return at;
        }
    }
}
