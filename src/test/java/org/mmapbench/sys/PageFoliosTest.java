package org.mmapbench.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;

class PageFoliosTest {
    private static final long HEAD = 1L << 15;
    private static final long TAIL = 1L << 16;

    @Test
    void foliosAreHeadsWithTheirTailsAtConsecutiveFrames() {
        long[] pfns = {100, 101, 102, 103, 7, 500, 501, 9, 10};
        long[] flags = {HEAD, TAIL, TAIL, TAIL, 0, HEAD, TAIL, 0, TAIL};
        // 4 pages, 1 page, 2 pages, 1 page, and a tail whose frame follows a single page's: not the same folio
        // unless the previous frame continues it, which it does here (9 -> 10), so 2 pages
        assertEquals(new TreeMap<>(Map.of(4096L, 1L, 8192L, 2L, 16384L, 1L)), PageFolios.histogram(pfns, flags, 4096));
        long[] apart = {100, 205};
        long[] tails = {HEAD, TAIL};
        assertEquals(new TreeMap<>(Map.of(4096L, 2L)), PageFolios.histogram(apart, tails, 4096),
                "a tail at a distant frame belongs to another folio");
    }

    @Test
    void descriptionGivesCountsAndTheLargeShare() {
        PageFolios.Folios f = new PageFolios.Folios(new TreeMap<>(Map.of(4096L, 2L, 2L << 20, 1L)), 4096, "");
        assertEquals("4KiB x 2, 2MiB x 1 (99.6% of bytes in large folios)", f.describe());
        assertEquals("unavailable: root only", new PageFolios.Folios(new TreeMap<>(), 4096, "root only").describe());
    }

    @Test
    @Needs.PageCache
    void aCachedFileIsReadOrExplained(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("f");
        Files.write(file, new byte[64 * 1024 + 1]);
        PageFolios.Folios f = PageFolios.read(file, 4096);
        if (f.unavailable().isEmpty()) {
            long bytes = f.sizes().entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
            assertTrue(bytes >= 17 * 4096L, "every page of the file is in some folio: " + f.describe());
        } else {
            assertTrue(f.unavailable().contains("root") || f.unavailable().contains("CAP_SYS_ADMIN"), f.unavailable());
        }
    }
}
