package org.mmapbench.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mmapbench.TestCorpora;
import org.mmapbench.access.Durability;

/**
 * The two whole-file rewrites: the new content in place, no temporary left behind, with or without
 * the syncs (the folder's {@code fsync} included), and both give the file a new inode, so a reader
 * that mapped the old file keeps the old bytes and never faults.
 */
class RewriteTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Rewrite.class)
    void putsTheNewContentInPlaceAsANewFileAndLeavesNothingBehind(Rewrite how) throws IOException {
        for (Durability d : Durability.values()) {
            byte[] old = TestCorpora.english(50_000, 3);
            Path f = TestCorpora.write(dir, "target-" + how.id() + "-" + d.id(), old);
            byte[] fresh = TestCorpora.english(40_000, 4);
            Object inode = Files.getAttribute(f, "unix:ino");
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
                MemorySegment oldMapping = ch.map(FileChannel.MapMode.READ_ONLY, 0, old.length, arena);
                how.write(f, MemorySegment.ofArray(fresh), d);
                assertArrayEquals(old, oldMapping.toArray(ValueLayout.JAVA_BYTE), "the old file's mapping keeps the old bytes");
            }
            assertArrayEquals(fresh, Files.readAllBytes(f), how.id() + " " + d.id());
            assertNotEquals(inode, Files.getAttribute(f, "unix:ino"), how.id() + " makes a new file");
            try (var files = Files.list(dir)) {
                assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".mmapbench-rewrite")).toList(),
                        "no temporary left");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Rewrite.class)
    void idsRoundTrip(Rewrite how) {
        assertEquals(how, Rewrite.byId(how.id()).orElseThrow());
    }
}
