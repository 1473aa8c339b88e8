package org.mmapbench.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.MappedByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.sys.ProcessMappings;
import org.mmapbench.workload.Cells;
import org.mmapbench.workload.SegmentKernel;

/**
 * The cost-anatomy benchmarks' states, called the way JMH calls them (setup, benchmark method,
 * teardown) on a small synthetic corpus: every mapping a step makes is gone afterwards
 * ({@code /proc/self/maps} entries of the file return to where they started), the unmap steps really
 * unmap inside the call, and every step computes what it claims.
 *
 * <p>Isolated: the JVM's live-mapping count ({@link MappedPool}) is process-wide, so no other test may
 * map files meanwhile.
 */
@Isolated
class AnatomyStatesTest {
    /** A few hundred pages, with " the " both before and after the seek offset. */
    private static final int SIZE = 300 * 1024 + 123;

    @TempDir
    Path dir;
    private Path file;
    private String name;
    private AnatomyInput input;

    @BeforeEach
    void corpus() throws IOException {
        file = dir.resolve("anatomy-corpus-" + System.nanoTime() + ".txt");
        Files.write(file, EnglishLikeText.generate(SIZE, 7));
        name = file.getFileName().toString();
        input = new AnatomyInput();
        input.open(file);
    }

    @AfterEach
    void close() throws IOException {
        input.close();
    }

    private int entries() {
        return ProcessMappings.entriesNamed(name);
    }

    @Test
    void inputOpensTheCorpusForTheTrial() {
        assertEquals(SIZE, input.size());
        assertTrue(input.channel().isOpen());
        assertEquals(0, entries(), "an open channel is not a mapping");
    }

    @Test
    void anEmptyCorpusIsRefusedWithItsName() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new AnatomyInput().open(empty));
        assertTrue(e.getMessage().contains("empty.txt"), e.getMessage());
    }

    @Test
    void mapLeavesOneMappingThatTheInvocationTeardownUnmaps() throws IOException {
        AnatomyMapBenchmark.MappedArena slot = new AnatomyMapBenchmark.MappedArena();
        new AnatomyMapBenchmark().map(input, slot);
        assertEquals(1, entries());
        slot.unmap();
        assertEquals(0, entries());
    }

    @Test
    void mapBufferPilesUpUntilTheInvocationTeardownCollectsThem() throws IOException {
        AnatomyMapBenchmark.BufferPile pile = new AnatomyMapBenchmark.BufferPile();
        pile.start();
        AnatomyMapBenchmark b = new AnatomyMapBenchmark();
        MappedByteBuffer last = null;
        for (int i = 1; i < AnatomyMapBenchmark.BufferPile.CALLS_PER_COLLECTION; i++) {
            last = b.mapBuffer(input, pile);
            assertEquals(SIZE, last.capacity());
            pile.collectNow();
        }
        assertTrue(entries() > 0, "buffers stay mapped until a collection");
        last = null;
        assertNull(last);
        b.mapBuffer(input, pile);
        pile.collectNow();
        assertEquals(0, entries(), "the " + AnatomyMapBenchmark.BufferPile.CALLS_PER_COLLECTION + "th call's teardown collected them all");
    }

    @Test
    void firstTouchReadsOneBytePerPageOfAFreshMappingThatIsUnmappedAfter() throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long expected = 0;
        for (int at = 0; at < SIZE; at += (int) PageCache.PAGE_SIZE) {
            expected += bytes[at];
        }
        FreshMapping.Untouched fresh = new FreshMapping.Untouched();
        fresh.map(input);
        assertEquals(1, entries());
        assertEquals(expected, new AnatomyMapBenchmark().firstTouch(fresh));
        fresh.unmap();
        assertEquals(0, entries());
        fresh.map(input);
        assertEquals(bytes[0], new AnatomyMapBenchmark().firstTouchOnePage(fresh));
        fresh.unmap();
        assertEquals(0, entries());
    }

    @Test
    void everyUnmapStepUnmapsInsideTheCallAndTheTeardownHasNothingLeft() throws IOException {
        AnatomyUnmapBenchmark b = new AnatomyUnmapBenchmark();
        FreshMapping.ConfinedTouched confined = new FreshMapping.ConfinedTouched();
        confined.map(input);
        assertEquals(1, entries());
        b.closeConfined(confined);
        assertEquals(0, entries(), "closeConfined unmapped inside the timed call");
        confined.unmap();

        FreshMapping.ConfinedFirstPage onePage = new FreshMapping.ConfinedFirstPage();
        onePage.map(input);
        assertEquals(1, entries());
        b.closeConfinedOnePage(onePage);
        assertEquals(0, entries());
        onePage.unmap();

        FreshMapping.SharedTouched shared = new FreshMapping.SharedTouched();
        shared.map(input);
        assertEquals(1, entries());
        b.closeSharedIdle(shared);
        assertEquals(0, entries());
        shared.unmap();
    }

    @Test
    void theBusyThreadRunsForTheTrialAndTheSharedCloseStillUnmaps() throws Exception {
        AnatomyUnmapBenchmark.BusyThread busy = new AnatomyUnmapBenchmark.BusyThread();
        busy.start();
        try {
            assertTrue(busy.alive());
            FreshMapping.SharedTouched shared = new FreshMapping.SharedTouched();
            shared.map(input);
            new AnatomyUnmapBenchmark().closeSharedBusy(shared, busy);
            assertEquals(0, entries());
            shared.unmap();
        } finally {
            busy.stop();
        }
        assertFalse(busy.alive());
    }

    @Test
    void aTeardownUnmapsWhatACallLeftMapped() throws IOException {
        FreshMapping.ConfinedTouched confined = new FreshMapping.ConfinedTouched();
        confined.map(input);
        confined.unmap();
        assertEquals(0, entries());
        assertNull(confined.mapping());
    }

    @Test
    void leftToGcWaitsUntilTheCollectorHasUnmappedTheAutomaticMapping() throws IOException {
        AnatomyUnmapBenchmark.AutoMapping auto = new AnatomyUnmapBenchmark.AutoMapping();
        auto.map(input);
        assertEquals(1, entries(), "the automatic arena's mapping is alive until a collection");
        long live = MappedPool.count();
        long after = new AnatomyUnmapBenchmark().leftToGc(auto);
        assertTrue(after < live, after + " < " + live);
        assertEquals(0, entries(), "unmapped when the call returns");
    }

    @Test
    void memoryStepsAllocateTheFileSizeAndCopyItsBytes() throws IOException {
        AnatomyMemoryBenchmark b = new AnatomyMemoryBenchmark();
        byte[] array = b.heapArray(input);
        assertEquals(SIZE, array.length);
        assertEquals(0, b.nativeMemory(input), "zeroed");
        AnatomyMemoryBenchmark.CopyBuffers buffers = new AnatomyMemoryBenchmark.CopyBuffers();
        buffers.fill(input);
        try {
            byte[] bytes = Files.readAllBytes(file);
            assertEquals(bytes[SIZE - 1], b.copyToHeap(buffers));
            assertArrayEquals(bytes, buffers.target.toArray(ValueLayout.JAVA_BYTE));
        } finally {
            buffers.free();
        }
    }

    @Test
    void preadReadsTheWholeFileThroughEveryBufferSize() throws IOException {
        AnatomyPreadBenchmark b = new AnatomyPreadBenchmark();
        AnatomyPreadBenchmark.Descriptor fd = new AnatomyPreadBenchmark.Descriptor();
        fd.open(input);
        try {
            for (int size : List.of(16384, 65536, 1048576)) {
                AnatomyPreadBenchmark.Buffer buffer = new AnatomyPreadBenchmark.Buffer();
                buffer.bufferSize = size;
                buffer.allocate();
                assertEquals(SIZE, b.pread(fd, buffer), "buffer of " + size);
                buffer.free();
            }
            AnatomyPreadBenchmark.WholeFileBuffer whole = new AnatomyPreadBenchmark.WholeFileBuffer();
            whole.allocate(input);
            assertEquals(SIZE, b.preadWholeFile(fd, whole));
            assertArrayEquals(Files.readAllBytes(file), whole.segment.toArray(ValueLayout.JAVA_BYTE));
            whole.free();
        } finally {
            fd.close();
        }
    }

    @Test
    void kernelsOverHeapAndMappingGiveTheFairCellsAnswers() throws IOException {
        AnatomyKernelBenchmark b = new AnatomyKernelBenchmark();
        AnatomyKernelBenchmark.HeapCopy heap = new AnatomyKernelBenchmark.HeapCopy();
        heap.read(input);
        AnatomyKernelBenchmark.TrialMapping mapped = new AnatomyKernelBenchmark.TrialMapping();
        mapped.map(input);
        try {
            assertEquals(1, entries());
            long read = Cells.get("read", "fair", "readAllBytes").run(file);
            long find = Cells.get("find", "fair", "readAllBytes").run(file);
            long seekFind = Cells.get("seekFind", "fair", "mappedSegment").run(file);
            long regex = Cells.get("regex", "fair", "readAllBytes").run(file);
            assertTrue(find >= 0 && seekFind >= 10_000 && regex > 0, find + " " + seekFind + " " + regex);
            assertEquals(read, b.readHeap(heap));
            assertEquals(read, b.readMapped(mapped));
            assertEquals(find, b.findHeap(heap));
            assertEquals(find, b.findMapped(mapped));
            assertEquals(seekFind, b.seekFindHeap(heap));
            assertEquals(seekFind, b.seekFindMapped(mapped));
            assertEquals(regex, b.regexHeap(heap));
            assertEquals(regex, b.regexMapped(mapped));
            assertEquals(SegmentKernel.values().length * 2L, List.of(AnatomyKernelBenchmark.class.getMethods()).stream()
                    .filter(m -> m.isAnnotationPresent(org.openjdk.jmh.annotations.Benchmark.class)).count(),
                    "one heap and one mapped method per kernel");
        } finally {
            mapped.unmap();
        }
        assertEquals(0, entries());
        MemorySegment s = heap.segment;
        assertEquals(SIZE, s.byteSize());
    }

    @Test
    void liveMappingsCountsTheCorpusEntriesAndTheJdksMappings() throws IOException {
        FreshMapping.Untouched fresh = new FreshMapping.Untouched();
        fresh.map(input);
        try {
            List<Double> values = LiveMappings.sample(name).stream().map(r -> r.getScore()).toList();
            assertTrue(values.get(0) >= 1, "the JDK counts the live mapping: " + values);
            assertEquals(1.0, values.get(1), "one /proc/self/maps entry of the corpus");
            assertEquals(List.of(LiveMappings.JDK, LiveMappings.CORPUS), LiveMappings.sample(name).stream().map(r -> r.getLabel()).toList());
        } finally {
            fresh.unmap();
        }
        assertEquals(0.0, LiveMappings.sample(name).get(1).getScore());
        assertEquals(0.0, LiveMappings.sample("").get(1).getScore(), "a benchmark without a corpus");
    }
}
