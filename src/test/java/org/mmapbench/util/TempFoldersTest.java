package org.mmapbench.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 8, item 10: stale scratch folders are cleaned by their lock, never by process id; live ones are kept. */
class TempFoldersTest {

    @TempDir
    Path root;

    @Test
    void item10CleanUpDeletesOnlyFoldersWhoseLockIsFreeOrThatAreOldAndUnlocked() throws IOException {
        Path dead = Files.createDirectories(root.resolve("mmapbench-check-dead"));
        Files.writeString(dead.resolve(TempFolders.LOCK), "");
        Files.write(dead.resolve("copy.txt"), new byte[1000]);
        Path live = Files.createDirectories(root.resolve("mmapbench-check-live"));
        Path freshLegacy = Files.createDirectories(root.resolve("mmapbench-bench-fresh"));
        Path oldLegacy = Files.createDirectories(root.resolve("mmapbench-bench-old"));
        Files.setLastModifiedTime(oldLegacy, FileTime.from(Instant.now().minus(Duration.ofHours(25))));
        Path notOurs = Files.createDirectories(root.resolve("other-tool-old"));
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minus(Duration.ofDays(30))));
        try (FileChannel ch = FileChannel.open(live.resolve(TempFolders.LOCK), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE); FileLock held = ch.lock()) {
            assertTrue(held.isValid());
            assertEquals(2, TempFolders.cleanStale(root));
        }
        assertFalse(Files.exists(dead), "its lock could be taken: its process is gone");
        assertFalse(Files.exists(oldLegacy), "no lock file and older than 24 h");
        assertTrue(Files.exists(live), "a live process holds its lock");
        assertTrue(Files.exists(freshLegacy), "no lock file, but recent: may belong to a running older version");
        assertTrue(Files.exists(notOurs), "not an mmapbench folder");
    }

    @Test
    void item10AScratchFolderIsLockedWhileInUseAndGoneAfterDelete() throws IOException {
        Path dir = TempFolders.create(root, "check");
        assertTrue(dir.getFileName().toString().startsWith("mmapbench-check-"));
        assertEquals(0, TempFolders.cleanStale(root), "this JVM holds it");
        TempFolders.delete(dir);
        assertFalse(Files.exists(dir));
    }
}
