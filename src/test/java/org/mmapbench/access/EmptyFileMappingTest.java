package org.mmapbench.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.verify.Reference;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Cells;

/**
 * What Java does with an empty file, where Python's {@code mmap} refuses ({@code ValueError: cannot
 * mmap an empty file}): {@code FileChannel.map} of zero bytes, in every mode, to a
 * {@code MappedByteBuffer} or to a {@code MemorySegment}, succeeds with an empty buffer or segment and
 * maps nothing; mapping more than the file holds writable grows the file instead; every strategy gives
 * an empty view, and every write cell leaves the empty file empty with the reference's answer.
 */
class EmptyFileMappingTest {

    @TempDir
    Path dir;

    private static long mappingsOf(Path file) throws IOException {
        String name = file.toAbsolutePath().toRealPath().toString();
        try (var lines = Files.lines(Path.of("/proc/self/maps"))) {
            return lines.filter(l -> l.contains(name)).count();
        }
    }

    private static FileChannel open(Path f, FileChannel.MapMode mode) throws IOException {
        return mode == FileChannel.MapMode.READ_ONLY ? FileChannel.open(f, StandardOpenOption.READ)
                : FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    @Test
    void mappingZeroBytesGivesAnEmptyBufferOrSegmentAndMapsNothing() throws IOException {
        Path f = Files.createFile(dir.resolve("empty"));
        for (FileChannel.MapMode mode : List.of(FileChannel.MapMode.READ_ONLY, FileChannel.MapMode.READ_WRITE, FileChannel.MapMode.PRIVATE)) {
            try (FileChannel ch = open(f, mode)) {
                MappedByteBuffer b = ch.map(mode, 0, 0);
                assertEquals(0, b.capacity(), mode.toString());
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment seg = ch.map(mode, 0, 0, arena);
                    assertEquals(0, seg.byteSize(), mode.toString());
                    assertEquals(0, mappingsOf(f), mode + ": nothing is mapped");
                }
            }
            assertEquals(0, Files.size(f), mode + ": the file stays empty");
        }
    }

    @Test
    void mappingPastTheEndGrowsTheFileWhenWritableAndFailsWhenNot() throws IOException {
        Path f = Files.createFile(dir.resolve("grows"));
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            IOException e = assertThrows(IOException.class, () -> ch.map(FileChannel.MapMode.READ_ONLY, 0, 16));
            assertTrue(e.getMessage().contains("cannot extend file"), e.getMessage());
        }
        assertEquals(0, Files.size(f));
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ch.map(FileChannel.MapMode.READ_WRITE, 0, 16);
        }
        assertEquals(16, Files.size(f), "a READ_WRITE mapping past the end grows the file, with zero bytes");
        assertEquals(0, Files.readAllBytes(f)[15]);
    }

    @Test
    void everyStrategyGivesAnEmptyViewOfAnEmptyFile() throws IOException {
        Path f = Files.createFile(dir.resolve("view"));
        for (AccessStrategy s : Strategies.standard().all()) {
            if (s instanceof ByteStrategy b) {
                try (FileBytes fb = b.open(f)) {
                    assertEquals(0, fb.fileSize(), s.id());
                    assertEquals(List.of(), fb.chunks(), s.id());
                }
            }
            if (s instanceof MappedStrategy m) {
                for (WriteMode mode : WriteMode.values()) {
                    try (FileBytes fb = m.openWritable(f, mode)) {
                        assertEquals(List.of(), fb.chunks(), s.id() + " " + mode);
                        fb.force();
                    }
                }
            }
        }
        assertEquals(0, Files.size(f));
        assertEquals(0, mappingsOf(f));
    }

    @Test
    void everyWriteCellLeavesAnEmptyFileEmptyWithTheReferenceAnswer() throws IOException {
        Reference empty = Reference.of(new byte[0]);
        for (Cell c : Cells.all()) {
            if (c.workload().mutates()) {
                Path f = Files.write(dir.resolve("cell-" + c.name().replace('/', '-')), new byte[0]);
                assertEquals(empty.expected(c).answer(), c.run(f), c.name());
                assertEquals(0, Files.size(f), c.name() + " left the empty file empty");
            }
        }
    }
}
