package org.mmapbench.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path dir;

    @Test
    void fileAppearsOnlyWhenComplete() throws IOException {
        Path target = dir.resolve("out.txt");
        AtomicOutput.writeFile(target, tmp -> {
            assertFalse(Files.exists(target));
            Files.writeString(tmp, "done");
        });
        assertEquals("done", Files.readString(target));
        assertEquals(1, count(dir));
    }

    @Test
    void failedWriterLeavesOldContentAndNoTemporaries() throws IOException {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> AtomicOutput.writeFile(target, tmp -> {
            Files.writeString(tmp, "half");
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(1, count(dir));
    }

    @Test
    void directoryIsReplacedWholeOrNotAtAll() throws IOException {
        Path target = dir.resolve("report");
        AtomicOutput.writeDirectory(target, "test", tmp -> Files.writeString(tmp.resolve("a.csv"), "1"));
        AtomicOutput.writeDirectory(target, "test", tmp -> Files.writeString(tmp.resolve("b.csv"), "2"));
        assertFalse(Files.exists(target.resolve("a.csv")));
        assertEquals("2", Files.readString(target.resolve("b.csv")));
        assertThrows(IOException.class, () -> AtomicOutput.writeDirectory(target, "test", tmp -> {
            Files.writeString(tmp.resolve("c.csv"), "3");
            throw new IOException("boom");
        }));
        assertTrue(Files.exists(target.resolve("b.csv")));
        assertFalse(Files.exists(target.resolve("c.csv")));
        assertEquals(1, count(dir));
    }

    private static long count(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.count();
        }
    }
}
