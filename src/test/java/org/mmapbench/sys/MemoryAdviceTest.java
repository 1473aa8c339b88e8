package org.mmapbench.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mmapbench.Needs;

@Needs.PageCache
class MemoryAdviceTest {
    private static final int PAGES = 64;

    @ParameterizedTest
    @EnumSource(MemoryAdvice.class)
    void everyAdviceIsAcceptedOnAFileMappingEvenOneStartingInsideAPage(MemoryAdvice advice, @TempDir Path dir) throws IOException {
        Path f = file(dir);
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
            MemorySegment mapping = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
            MappedMemory.advise(mapping, f, advice);
            MappedMemory.advise(mapping.asSlice(1), f, advice);
            MappedMemory.advise(mapping.asSlice(0, 0), f, advice);
        }
    }

    @Test
    void randomReadsOnlyTheFaultingPageWhereNormalReadsAround(@TempDir Path dir) throws IOException {
        Path f = file(dir);
        assertEquals(1, residentAfterOneTouch(f, MemoryAdvice.RANDOM), "MADV_RANDOM: the touched page only");
        long normal = residentAfterOneTouch(f, MemoryAdvice.NORMAL);
        assertTrue(normal > 1, "MADV_NORMAL reads around the faulting page: " + normal + " of " + PAGES + " pages resident");
    }

    @Test
    @SuppressWarnings("restricted")
    void memoryThatIsNotMappedIsReportedWithTheFileTheCallAndErrno() {
        Path f = Path.of("/some/file");
        MemorySegment nothing = MemorySegment.ofAddress(0).reinterpret(MappedMemory.PAGE_SIZE);
        NativeCallException e = assertThrows(NativeCallException.class, () -> MappedMemory.advise(nothing, f, MemoryAdvice.RANDOM));
        assertEquals(12, e.errno(), "ENOMEM: the range is not mapped");
        assertTrue(e.getMessage().startsWith(f + ": madvise(MADV_RANDOM) failed: "), e.getMessage());
    }

    /** Drops the file's cached pages, maps it with {@code advice}, touches page 10 and counts the resident pages. */
    private static long residentAfterOneTouch(Path f, MemoryAdvice advice) throws IOException {
        try (NativeFile nf = NativeFile.openReadOnly(f)) {
            nf.advise(0, 0, FileAdvice.DONTNEED);
        }
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ); Arena arena = Arena.ofConfined()) {
            MemorySegment mapping = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
            assertEquals(0, MappedMemory.residentPages(mapping, f), "the drop left pages cached");
            MappedMemory.advise(mapping, f, advice);
            sink = mapping.get(ValueLayout.JAVA_BYTE, 10 * MappedMemory.PAGE_SIZE);
            return MappedMemory.residentPages(mapping, f);
        }
    }

    /** A file of {@link #PAGES} pages, written to the device so its cached pages can be dropped. */
    private static Path file(Path dir) throws IOException {
        Path f = Files.write(dir.resolve("f"), new byte[(int) (PAGES * MappedMemory.PAGE_SIZE)]);
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        return f;
    }

    @SuppressWarnings("unused")
    private static volatile byte sink;
}
