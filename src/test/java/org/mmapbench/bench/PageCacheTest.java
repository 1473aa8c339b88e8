package org.mmapbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;

@Needs.PageCache
class PageCacheTest {

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static Path writeDurable(Path dir, int size) throws IOException {
        Path f = dir.resolve("data.bin");
        Files.write(f, randomBytes(size));
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        return f;
    }

    /** The sum of the first byte of every page: what a scan that touches each page once must read. */
    private static long firstBytesOfPages(int size) {
        byte[] bytes = randomBytes(size);
        long sum = 0;
        for (int i = 0; i < bytes.length; i += Math.toIntExact(PageCache.PAGE_SIZE)) {
            sum += bytes[i];
        }
        return sum;
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
    void waitsForUnreachableMappedBuffersToBeUnmapped(@TempDir Path dir) throws IOException {
        Path f = writeDurable(dir, 1 << 20);
        for (int round = 0; round < 20; round++) {
            touchThroughAMappingLeftToTheCollector(f);
            PageCache.dropAndVerify(f);
            assertEquals(0, PageCache.residentPages(f), "round " + round);
        }
    }

    @Test
    void aLiveMappingKeepsPagesAndIsReported(@TempDir Path dir) throws IOException {
        Path f = writeDurable(dir, 64 << 10);
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
            MemorySegment live = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
            long sum = 0;
            for (long i = 0; i < live.byteSize(); i += PageCache.PAGE_SIZE) {
                sum += live.get(ValueLayout.JAVA_BYTE, i);
            }
            assertEquals(firstBytesOfPages(64 << 10), sum, "the mapping reads the file's bytes");
            assertEquals(PageCache.pages(f), PageCache.residentPages(f), "touching every page makes it resident");
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> PageCache.dropAndVerify(f));
            assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("stayed resident"), e.getMessage());
        }
    }

    /** Maps {@code f}, reads one byte per page and drops the buffer without unmapping it (only GC can). */
    private static void touchThroughAMappingLeftToTheCollector(Path f) throws IOException {
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            MappedByteBuffer b = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            long sum = 0;
            for (int i = 0; i < b.capacity(); i += Math.toIntExact(PageCache.PAGE_SIZE)) {
                sum += b.get(i);
            }
            assertEquals(firstBytesOfPages(b.capacity()), sum, "the mapping reads the file's bytes");
            assertEquals(PageCache.pages(f), PageCache.residentPages(f), "touching every page makes it resident");
        }
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
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("open"), e.getMessage());
    }
}
