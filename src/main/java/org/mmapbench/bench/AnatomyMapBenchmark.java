package org.mmapbench.bench;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Cost anatomy, mapping: {@code mmap} alone, without touching a byte, through both APIs, and the
 * first touch of a fresh mapping, which pays the minor page faults (the kernel maps up to
 * {@code fault_around_bytes} of cached neighbours per fault, and whole large folios where the page
 * cache holds them). The channel is open for the whole trial ({@link AnatomyInput}).
 */
public class AnatomyMapBenchmark extends AnatomyBenchmark {

    /** The arena of the call's mapping, closed (unmapped) after the call, outside the timed region. */
    @State(Scope.Thread)
    public static class MappedArena {
        private Arena arena;

        /** Unmaps what the call mapped. */
        @TearDown(Level.Invocation)
        public void unmap() {
            if (arena != null) {
                WorkerCounters.excludeBegin();
                try {
                    arena.close();
                } finally {
                    WorkerCounters.excludeEnd();
                }
                arena = null;
            }
        }
    }

    /**
     * Keeps the {@code MappedByteBuffer}s of {@link #mapBuffer} from piling up: after every
     * {@value #CALLS_PER_COLLECTION} calls, outside the timed region, it collects garbage and waits
     * until their cleaners have unmapped them.
     *
     * <p>NOTE: without it a call of a few microseconds would leave tens of thousands of mappings per
     * second; at {@code vm.max_map_count} (65,530 by default) {@code FileChannel.map} fails, and the
     * JDK then collects garbage and sleeps 100 ms before it retries, inside the timed call.
     */
    @State(Scope.Thread)
    public static class BufferPile {
        /** Calls between two collections. */
        public static final int CALLS_PER_COLLECTION = 1024;

        private long calls;
        private long base;

        /** Records how many mappings were alive before the trial. */
        @Setup(Level.Trial)
        public void start() {
            base = MappedPool.count();
        }

        /** Every {@value #CALLS_PER_COLLECTION} calls, collects the unreachable buffers and waits for their unmaps. */
        @TearDown(Level.Invocation)
        public void collectNow() {
            if (++calls % CALLS_PER_COLLECTION == 0) {
                WorkerCounters.excludeBegin();
                try {
                    MappedPool.collectDownTo(base);
                } finally {
                    WorkerCounters.excludeEnd();
                }
            }
        }
    }

    /** {@code Arena.ofConfined()} and {@code FileChannel.map(READ_ONLY, 0, size, arena)}, as {@code mappedSegment} maps. */
    @Benchmark
    public long map(AnatomyInput input, MappedArena slot) throws IOException {
        slot.arena = Arena.ofConfined();
        MemorySegment m = input.channel().map(FileChannel.MapMode.READ_ONLY, 0, input.size(), slot.arena);
        return m.address();
    }

    /**
     * {@code FileChannel.map(READ_ONLY, 0, size)} to a {@code MappedByteBuffer}, as {@code mappedBuffer}
     * maps. The buffer is unmapped only after a garbage collection finds it unreachable, so the
     * mappings of earlier calls pile up; {@link BufferPile} collects them outside the timed region.
     */
    @Benchmark
    public MappedByteBuffer mapBuffer(AnatomyInput input, BufferPile pile) throws IOException {
        return input.channel().map(FileChannel.MapMode.READ_ONLY, 0, input.size());
    }

    /** Reads one byte per page of a fresh mapping: every minor fault a whole-file scan pays. */
    @Benchmark
    public long firstTouch(FreshMapping.Untouched fresh) {
        return Touch.everyPage(fresh.mapping());
    }

    /** Reads the first byte of a fresh mapping: the one fault a find that stops on the first page pays. */
    @Benchmark
    public long firstTouchOnePage(FreshMapping.Untouched fresh) {
        return fresh.mapping().get(ValueLayout.JAVA_BYTE, 0);
    }
}
