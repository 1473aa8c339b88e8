package org.mmapbench.bench;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import org.mmapbench.workload.SegmentKernel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Cost anatomy, the compute part: each read-only workload's fair kernel ({@link SegmentKernel}) over
 * bytes that are already there, once over a heap array read once per trial (the regular side) and once
 * over a mapping made and touched once per trial (the steady-state scan of the mapped side, no faults
 * left to take). One method per (kernel, memory), so each runs in forks of its own and the kernel's
 * call sites see one kind of segment only.
 */
public class AnatomyKernelBenchmark extends AnatomyBenchmark {

    /** The read kernel (checksum) over the heap copy. */
    @Benchmark
    public long readHeap(HeapCopy heap) {
        return SegmentKernel.READ.run(heap.segment);
    }

    /** The read kernel (checksum) over the trial's mapping: the steady-state scan. */
    @Benchmark
    public long readMapped(TrialMapping mapped) {
        return SegmentKernel.READ.run(mapped.segment);
    }

    /** The find kernel over the heap copy. */
    @Benchmark
    public long findHeap(HeapCopy heap) {
        return SegmentKernel.FIND.run(heap.segment);
    }

    /** The find kernel over the trial's mapping. */
    @Benchmark
    public long findMapped(TrialMapping mapped) {
        return SegmentKernel.FIND.run(mapped.segment);
    }

    /** The seekFind kernel over the heap copy. */
    @Benchmark
    public long seekFindHeap(HeapCopy heap) {
        return SegmentKernel.SEEK_FIND.run(heap.segment);
    }

    /** The seekFind kernel over the trial's mapping. */
    @Benchmark
    public long seekFindMapped(TrialMapping mapped) {
        return SegmentKernel.SEEK_FIND.run(mapped.segment);
    }

    /** The regex kernel over the heap copy. */
    @Benchmark
    public long regexHeap(HeapCopy heap) {
        return SegmentKernel.REGEX.run(heap.segment);
    }

    /** The regex kernel over the trial's mapping. */
    @Benchmark
    public long regexMapped(TrialMapping mapped) {
        return SegmentKernel.REGEX.run(mapped.segment);
    }

    /** The corpus read into a heap array once per trial. */
    @State(Scope.Thread)
    public static class HeapCopy {
        MemorySegment segment;

        /** Reads the corpus. */
        @Setup(Level.Trial)
        public void read(AnatomyInput input) throws IOException {
            segment = MemorySegment.ofArray(Files.readAllBytes(input.file()));
        }
    }

    /** The corpus mapped once per trial, every page touched, unmapped after the trial. */
    @State(Scope.Thread)
    public static class TrialMapping {
        private Arena arena;
        MemorySegment segment;

        /** Maps and touches the corpus. */
        @Setup(Level.Trial)
        public void map(AnatomyInput input) throws IOException {
            arena = Arena.ofShared();
            segment = input.channel().map(FileChannel.MapMode.READ_ONLY, 0, input.size(), arena);
            Touch.sink(Touch.everyPage(segment));
        }

        /** Unmaps the corpus. */
        @TearDown(Level.Trial)
        public void unmap() {
            arena.close();
        }
    }
}
