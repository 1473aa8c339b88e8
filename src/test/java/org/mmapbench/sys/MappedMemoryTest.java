package org.mmapbench.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;

@Needs.PageCache
class MappedMemoryTest {

    @Test
    void pageSizeIsAPowerOfTwo() {
        assertTrue(MappedMemory.PAGE_SIZE >= 4096 && Long.bitCount(MappedMemory.PAGE_SIZE) == 1,
                String.valueOf(MappedMemory.PAGE_SIZE));
        assertEquals(0, MappedMemory.pages(0));
        assertEquals(1, MappedMemory.pages(1));
        assertEquals(2, MappedMemory.pages(MappedMemory.PAGE_SIZE + 1));
    }

    @Test
    void aFileJustReadIsResidentPageForPage(@TempDir Path dir) throws IOException {
        Path f = Files.write(dir.resolve("f"), new byte[(int) (3 * MappedMemory.PAGE_SIZE)]);
        Files.readAllBytes(f);
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
            MemorySegment mapping = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
            assertEquals(3, MappedMemory.residentPages(mapping, f));
        }
    }

    @Test
    void anUnalignedAddressIsReportedWithErrno(@TempDir Path dir) throws IOException {
        Path f = Files.write(dir.resolve("f"), new byte[(int) (2 * MappedMemory.PAGE_SIZE)]);
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
            MemorySegment unaligned = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena).asSlice(1);
            NativeCallException e = assertThrows(NativeCallException.class, () -> MappedMemory.residentPages(unaligned, f));
            assertEquals(22, e.errno(), "EINVAL");
            assertTrue(e.getMessage().startsWith(f + ": mincore failed: "), e.getMessage());
        }
    }
}
