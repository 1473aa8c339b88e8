package org.mmapbench.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.TestCorpora;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Cells;

/**
 * {@code mappedSegment} unmaps deterministically: the number of lines of {@code /proc/self/maps}
 * naming the file returns to its starting value once each view is closed, even after many opens.
 *
 * <p>NOTE: {@code mappedBuffer} is not tested this way: a {@code MappedByteBuffer} is unmapped only
 * when the garbage collector frees it, which no test can force reliably.
 */
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
}
