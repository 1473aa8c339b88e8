package org.mmapbench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mmapbench.Needs;
import org.mmapbench.access.FileBytes;
import org.mmapbench.access.MappedStrategy;
import org.mmapbench.access.Strategies;

/**
 * A file larger than 2 GiB: a sparse file (holes read as zero bytes, created instantly) with
 * {@code " the "} planted across the 2 GiB - 1 edge of the first {@code MappedByteBuffer} and at the
 * very end. Mapped cells and the windowed (streaming) cells must handle it; heap cells, which hold
 * the file in one array of at most 2 GiB - 9 bytes, refuse it ({@link Cell#supports}).
 *
 * <p>NOTE: regex and the idiomatic cells are not run here: regex over 2 GiB of zeros takes tens of
 * seconds, and no {@code String} can hold the file. Patch is covered by the other contract tests.
 */
@Needs.LargeFile
class LargeFileTest {

    private static final long SIZE = (2L << 30) + 4096 + 3;
    private static final long EDGE_MATCH = Integer.MAX_VALUE - 2L;
    private static final long END_MATCH = SIZE - 5;
    private static Path file;

    @BeforeAll
    static void create() throws IOException {
        file = Files.createTempFile("mmapbench-large-", ".bin");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(SIZE);
            raf.seek(EDGE_MATCH);
            raf.write(Workload.NEEDLE);
            raf.seek(END_MATCH);
            raf.write(Workload.NEEDLE);
        }
    }

    @AfterAll
    static void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    private static long run(String workload, String variant, String strategy) throws IOException {
        Cell c = Cells.get(workload, variant, strategy);
        assertTrue(c.supports(SIZE), c.name());
        return c.run(file);
    }

    @Test
    void mappedBufferUsesSeveralChunksAndFindsTheMatchAcrossTheEdge() throws IOException {
        try (FileBytes fb = ((MappedStrategy) Strategies.standard().byId("mappedBuffer")).open(file)) {
            assertEquals(2, fb.chunks().size());
            assertEquals(Integer.MAX_VALUE, fb.chunks().get(1).fileOffset());
        }
        assertEquals(EDGE_MATCH, run("find", "fair", "mappedBuffer"));
        assertEquals(2, run("count", "fair", "mappedBuffer"));
    }

    @Test
    void mappedSegmentIsOneSegmentOfAnySize() throws IOException {
        try (FileBytes fb = ((MappedStrategy) Strategies.standard().byId("mappedSegment")).open(file)) {
            assertEquals(1, fb.chunks().size());
            assertEquals(SIZE, fb.chunks().get(0).segment().byteSize());
        }
        assertEquals(EDGE_MATCH, run("seekFind", "fair", "mappedSegment"));
        long sum = 0;
        for (byte b : Workload.NEEDLE) {
            sum += 2L * (b & 0xFF);
        }
        assertEquals(sum, run("read", "fair", "mappedSegment"));
    }

    @Test
    void windowedCellsStreamPastTwoGibibytes() throws IOException {
        assertEquals(EDGE_MATCH, run("find", "windowed", "channelDirect"));
        assertEquals(EDGE_MATCH, run("seekFind", "windowed", "bufferedStream"));
    }

    @Test
    void heapCellsRefuseTheFile() {
        for (String id : new String[] {"readAllBytes", "bufferedStream", "channelHeap", "channelDirect", "randomAccessFile"}) {
            assertFalse(Cells.get("count", "fair", id).supports(SIZE), id);
        }
        assertFalse(Cells.get("find", "idiomatic", "mappedBuffer").supports(SIZE));
    }
}
