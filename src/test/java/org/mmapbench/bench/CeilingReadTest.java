package org.mmapbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page-cache and cold-read ceilings read every byte of the file through the reused buffer, and say so when they cannot. */
class CeilingReadTest {

    @Test
    void readsTheWholeFileThroughASmallerBuffer(@TempDir Path dir) throws IOException {
        Path f = Files.write(dir.resolve("f"), new byte[3 * 4096 + 17]);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buffer = arena.allocate(4096);
            assertEquals(3 * 4096 + 17, CeilingBenchmark.readAll(f, Files.size(f), buffer));
            IOException e = assertThrows(IOException.class, () -> CeilingBenchmark.readAll(f, 5 * 4096, buffer));
            assertTrue(e.getMessage().contains(f + ": read 12305 bytes, expected 20480"), e.getMessage());
        }
    }
}
