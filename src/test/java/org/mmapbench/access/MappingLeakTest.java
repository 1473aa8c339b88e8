package org.mmapbench.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.TestCorpora;
import org.mmapbench.sys.ProcessMappings;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Cells;

/**
 * {@code mappedSegment} unmaps deterministically: the number of lines of {@code /proc/self/maps}
 * naming the file returns to its starting value once each view is closed, even after many opens.
 *
 * <p>NOTE: {@code mappedBuffer} is not tested this way: a {@code MappedByteBuffer} is unmapped only
 * when the garbage collector frees it, which no test can force reliably. The write side's trials
 * check it the way the run does before a fork ({@link ProcessMappings#awaitUnmapped}): no mapping may
 * outlive a collection.
 */
@Isolated // the collector's Cleaner unmaps every test's MappedByteBuffers: concurrent tests (CellContractTest's 7-byte chunks) would queue thousands ahead of ours
class MappingLeakTest {

    @TempDir
    Path dir;

    private static long mappingsOf(Path file) throws IOException {
        String name = file.toAbsolutePath().toRealPath().toString();
        try (var lines = Files.lines(Path.of("/proc/self/maps"))) {
            return lines.filter(l -> l.endsWith(name)).count();
        }
    }

    @Test
    void mappedSegmentViewsUnmapWhenClosed() throws IOException {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "Linux /proc/self/maps needed");
        Path f = TestCorpora.write(dir, "leak.txt", TestCorpora.english(1 << 20, 4));
        MappedStrategy s = (MappedStrategy) Strategies.standard().byId("mappedSegment");
        long before = mappingsOf(f);
        try (FileBytes fb = s.open(f)) {
            assertTrue(mappingsOf(f) > before, "the file is mapped while the view is open");
            assertEquals(fb.fileSize(), fb.chunks().get(0).segment().byteSize());
        }
        assertEquals(before, mappingsOf(f), "closing the view unmaps the file");
        try (FileBytes fb = s.openWritable(f)) {
            assertTrue(mappingsOf(f) > before, "the file is mapped while the writable view is open");
            assertEquals(Files.size(f), fb.fileSize());
        }
        assertEquals(before, mappingsOf(f));
    }

    @Test
    void mappedSegmentCellsLeaveNoMappingBehind() throws IOException {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "Linux /proc/self/maps needed");
        Path f = TestCorpora.write(dir, "cells.txt", TestCorpora.english(200_000, 5));
        long before = mappingsOf(f);
        for (Cell c : Cells.all()) {
            if (c.strategy().equals("mappedSegment")) {
                for (int i = 0; i < 50; i++) {
                    c.run(f);
                }
                assertEquals(before, mappingsOf(f), c.name() + " leaked a mapping");
            }
        }
    }

    /** Lines of /proc/self/maps naming the file, also as a deleted file (a rewrite replaces the inode). */
    private static long mappingsOrDeleted(Path file) throws IOException {
        String name = file.toAbsolutePath().toRealPath().toString();
        try (var lines = Files.lines(Path.of("/proc/self/maps"))) {
            return lines.filter(l -> l.endsWith(name) || l.endsWith(name + " (deleted)")).count();
        }
    }

    /** One write-side trial as a benchmark fork runs it: the cell's body prepared once, run many times, closed. */
    private static void trial(Cell c, Path f) throws IOException {
        try (Cell.Body body = c.prepare()) {
            for (int i = 0; i < 30; i++) {
                body.run(f);
            }
        }
    }

    @Test
    void everyWriteSideTrialLeavesTheMappingCountWhereItStarted() throws IOException {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "Linux /proc/self/maps needed");
        for (Cell c : Cells.all()) {
            if (!c.workload().mutates()) {
                continue;
            }
            Path f = TestCorpora.write(dir, "trial-" + c.name().replace('/', '-') + ".txt", TestCorpora.english(100_000, 6));
            long before = mappingsOrDeleted(f);
            trial(c, f);
            if (c.strategy().equals("mappedBuffer")) {
                assertEquals(List.of(), ProcessMappings.awaitUnmapped(List.of(f), 30_000), c.name() + " kept a mapping past a collection");
            }
            assertEquals(before, mappingsOrDeleted(f), c.name() + " leaked a mapping");
        }
    }
}
