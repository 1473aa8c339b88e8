package org.mmapbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;

/** Both fills start from an empty cache and leave every page of the file resident. */
@Needs.PageCache
class CacheFillTest {

    private static Path file(Path dir, int bytes) throws IOException {
        byte[] b = new byte[bytes];
        new SplittableRandom(7).nextBytes(b);
        Path f = dir.resolve("f-" + bytes);
        Files.write(f, b);
        try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        return f;
    }

    @Test
    void everyFillLeavesTheWholeFileResident(@TempDir Path dir) throws IOException {
        for (int size : List.of(1, 4096, 3 * CacheFill.READ_CHUNK + 17)) {
            Path f = file(dir, size);
            for (CacheFill fill : CacheFill.values()) {
                PageCache.dropAndVerify(f);
                assertEquals(0, PageCache.residentPages(f));
                assertEquals(PageCache.pages(f), fill.establish(f), fill + " on " + size + " bytes");
                assertEquals(PageCache.pages(f), PageCache.residentPages(f), fill + " on " + size + " bytes");
            }
        }
    }

    @Test
    void aFileThatCannotBeEmptiedIsRefusedLoudly(@TempDir Path dir) throws Exception {
        Path f = file(dir, 64 * 1024);
        try (var ch = java.nio.channels.FileChannel.open(f); var arena = java.lang.foreign.Arena.ofConfined()) {
            var mapping = ch.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, Files.size(f), arena);
            mapping.get(java.lang.foreign.ValueLayout.JAVA_BYTE, 0);
            for (long at = 0; at < Files.size(f); at += PageCache.PAGE_SIZE) {
                mapping.get(java.lang.foreign.ValueLayout.JAVA_BYTE, at);
            }
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> CacheFill.READ.establish(f));
            assertTrue(e.getMessage().startsWith("warm cache: cannot start from an empty page cache before filling " + f), e.getMessage());
        }
    }

    @Test
    void cacheParameterValuesAreTheStatesIds() {
        assertEquals(List.of("warm", "warm-mapped", "cold", "cold-start"), PageCacheState.ids());
        assertEquals(CacheFill.MAPPED_TOUCH, PageCacheState.of("warm-mapped").fill());
        assertThrows(IllegalStateException.class, () -> PageCacheState.COLD.fill());
        assertFalse(PageCacheState.COLD_START.warm(), "a cold-start file is never refilled or checked");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PageCacheState.of("hot"));
        assertTrue(e.getMessage().contains("warm, warm-mapped, cold"), e.getMessage());
    }
}
