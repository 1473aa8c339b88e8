package org.mmapbench.bench;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.mmapbench.sys.NativeFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Cost anatomy, the kernel's copy: the whole warm corpus read with {@code pread(2)} into native
 * memory, from a descriptor opened once per trial, either through one reused buffer of
 * {@code bufferSize} bytes (as the windowed strategies read) or in one call into a buffer of the
 * file's size (as {@code Files.readAllBytes} reads into its temporary direct buffer and
 * {@code channelDirect} into its own). No Java heap is involved: this is the page-cache copy and the
 * system calls alone.
 */
public class AnatomyPreadBenchmark extends AnatomyBenchmark {

    /** Reads the whole file through a {@code bufferSize}-byte buffer; returns the bytes read. */
    @Benchmark
    public long pread(Descriptor fd, Buffer buffer) throws IOException {
        return fd.readAll(buffer.segment);
    }

    /** Reads the whole file in one {@code pread} into a buffer of its size (more calls only if the kernel returns less). */
    @Benchmark
    public long preadWholeFile(Descriptor fd, WholeFileBuffer buffer) throws IOException {
        return fd.readAll(buffer.segment);
    }

    /** The corpus opened with {@code open(2)} for the trial. */
    @State(Scope.Thread)
    public static class Descriptor {
        private NativeFile file;
        private long size;

        /** Opens the corpus. */
        @Setup(Level.Trial)
        public void open(AnatomyInput input) throws IOException {
            file = NativeFile.openReadOnly(input.file());
            size = input.size();
        }

        /** Closes the descriptor. */
        @TearDown(Level.Trial)
        public void close() throws IOException {
            file.close();
        }

        /** Reads the whole file through {@code buffer}, start to end; returns the bytes read. */
        long readAll(MemorySegment buffer) throws IOException {
            long total = 0;
            while (total < size) {
                long n = file.pread(total, buffer);
                if (n == 0) {
                    throw new IllegalStateException(file.file() + " ended at " + total + " of " + size + " bytes");
                }
                total += n;
            }
            return total;
        }
    }

    /** A native buffer of {@code bufferSize} bytes, touched once before the trial. */
    @State(Scope.Thread)
    public static class Buffer {
        /** The buffer's size in bytes. */
        @Param({"16384", "65536", "1048576"})
        public int bufferSize;

        private Arena arena;
        MemorySegment segment;

        /** Allocates (and so zeroes, touching every page) the buffer. */
        @Setup(Level.Trial)
        public void allocate() {
            arena = Arena.ofShared();
            segment = arena.allocate(bufferSize, 4096);
        }

        /** Frees the buffer. */
        @TearDown(Level.Trial)
        public void free() {
            arena.close();
        }
    }

    /** A native buffer of the file's size, touched once before the trial. */
    @State(Scope.Thread)
    public static class WholeFileBuffer {
        private Arena arena;
        MemorySegment segment;

        /** Allocates the buffer. */
        @Setup(Level.Trial)
        public void allocate(AnatomyInput input) {
            arena = Arena.ofShared();
            segment = arena.allocate(input.size(), 4096);
        }

        /** Frees the buffer. */
        @TearDown(Level.Trial)
        public void free() {
            arena.close();
        }
    }
}
