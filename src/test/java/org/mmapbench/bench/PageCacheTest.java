package org.mmapbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageCacheTest {

    private static Path writeDurable(Path dir, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        Path f = dir.resolve("data.bin");
        Files.write(f, bytes);
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        return f;
    }

    @Test
    void dropEmptiesTheCacheAndReadingFillsIt(@TempDir Path dir) throws IOException {
        Path f = writeDurable(dir, 1 << 20);
        long pages = PageCache.pages(f);
        assertEquals((1 << 20) / PageCache.PAGE_SIZE, pages);

        PageCache.dropAndVerify(f);
        assertEquals(0, PageCache.residentPages(f));

        Files.readAllBytes(f);
        assertEquals(pages, PageCache.residentPages(f), "a full read caches every page");

        PageCache.dropAndVerify(f);
        assertEquals(0, PageCache.residentPages(f));
    }

    @Test
    void emptyFileHasNoPages(@TempDir Path dir) throws IOException {
        Path f = Files.createFile(dir.resolve("empty"));
        PageCache.dropAndVerify(f);
        assertEquals(0, PageCache.residentPages(f));
    }

    @Test
    void missingFileIsReportedWithItsName(@TempDir Path dir) {
        Path f = dir.resolve("missing");
        IOException e = assertThrows(IOException.class, () -> PageCache.drop(f));
        assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
    }
}
