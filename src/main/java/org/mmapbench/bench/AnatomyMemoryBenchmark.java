package org.mmapbench.bench;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Cost anatomy, memory for a whole file: allocating (and zeroing) a heap array of the corpus size, as
 * {@code Files.readAllBytes} does; allocating (and zeroing) native memory of that size from a confined
 * arena and freeing it, as {@code channelDirect} does; and copying the file's bytes from native memory
 * into a heap array, the copy {@code Files.readAllBytes} makes from the JDK's temporary direct buffer
 * (JDK 25 {@code IOUtil.read}) after the kernel has filled it.
 */
public class AnatomyMemoryBenchmark extends AnatomyBenchmark {

    /** {@code new byte[size]}: the JVM allocates it zeroed (a G1 humongous object from half a region up). */
    @Benchmark
    public byte[] heapArray(AnatomyInput input) {
        return new byte[Math.toIntExact(input.size())];
    }

    /** {@code Arena.ofConfined().allocate(size, 64)} (zeroed) and {@code close()} (freed). */
    @Benchmark
    public byte nativeMemory(AnatomyInput input) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(input.size(), 64);
            return s.get(ValueLayout.JAVA_BYTE, input.size() - 1);
        }
    }

    /** {@code MemorySegment.copy} of the whole file from native memory into a heap array, both made once per trial. */
    @Benchmark
    public byte copyToHeap(CopyBuffers buffers) {
        MemorySegment.copy(buffers.source, 0, buffers.target, 0, buffers.source.byteSize());
        return buffers.target.get(ValueLayout.JAVA_BYTE, buffers.source.byteSize() - 1);
    }

    /** The file's bytes in native memory and a heap array of the same size, for {@link #copyToHeap}. */
    @State(Scope.Thread)
    public static class CopyBuffers {
        private Arena arena;
        MemorySegment source;
        MemorySegment target;

        /** Reads the corpus into native memory and allocates the heap array. */
        @Setup(Level.Trial)
        public void fill(AnatomyInput input) throws IOException {
            arena = Arena.ofShared();
            source = arena.allocate(input.size(), 64);
            ByteBuffer b = source.asByteBuffer();
            while (b.hasRemaining()) {
                if (input.channel().read(b, b.position()) < 0) {
                    throw new IllegalStateException(input.file() + " ended before its size while filling the copy source");
                }
            }
            target = MemorySegment.ofArray(new byte[Math.toIntExact(input.size())]);
        }

        /** Frees the native memory. */
        @TearDown(Level.Trial)
        public void free() {
            arena.close();
        }
    }
}
