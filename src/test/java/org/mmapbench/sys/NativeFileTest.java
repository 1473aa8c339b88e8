package org.mmapbench.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;

@Needs.PageCache
class NativeFileTest {

    @Test
    void aMissingFileNamesTheFileTheCallAndTheError(@TempDir Path dir) {
        Path missing = dir.resolve("missing");
        NativeCallException e = assertThrows(NativeCallException.class, () -> NativeFile.openReadOnly(missing));
        assertEquals(2, e.errno(), "ENOENT");
        assertEquals(missing + ": open(O_RDONLY) failed: No such file or directory (errno 2)", e.getMessage());
    }

    @Test
    void adviceErrorsComeFromTheReturnValue(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("f"), "some bytes");
        try (NativeFile file = NativeFile.openReadOnly(f)) {
            file.advise(0, 0, FileAdvice.DONTNEED);
            NativeCallException e = assertThrows(NativeCallException.class, () -> file.advise(0, -1, FileAdvice.DONTNEED));
            assertEquals(22, e.errno(), "EINVAL for a negative length");
            assertTrue(e.getMessage().startsWith(f + ": posix_fadvise(POSIX_FADV_DONTNEED) failed: "), e.getMessage());
        }
    }

    @Test
    void preadReadsAtAnOffsetIntoNativeMemoryAndAnswersZeroAtTheEnd(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("f"), "0123456789");
        try (NativeFile file = NativeFile.openReadOnly(f); Arena arena = Arena.ofConfined()) {
            MemorySegment dst = arena.allocate(4);
            assertEquals(4, file.pread(3, dst));
            assertEquals("3456", new String(dst.toArray(ValueLayout.JAVA_BYTE), StandardCharsets.US_ASCII));
            assertEquals(2, file.pread(8, dst));
            assertEquals(0, file.pread(10, dst));
            assertEquals(0, file.pread(1000, dst));
        }
    }

    @Test
    void preadErrorsNameTheFileAndTheCall(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("f"), "x");
        try (NativeFile file = NativeFile.openReadOnly(f); Arena arena = Arena.ofConfined()) {
            NativeCallException e = assertThrows(NativeCallException.class, () -> file.pread(-1, arena.allocate(1)));
            assertEquals(22, e.errno(), "EINVAL for a negative offset");
            assertTrue(e.getMessage().startsWith(f + ": pread failed: "), e.getMessage());
        }
        NativeFile dirFile = NativeFile.openReadOnly(dir);
        try (dirFile; Arena arena = Arena.ofConfined()) {
            NativeCallException e = assertThrows(NativeCallException.class, () -> dirFile.pread(0, arena.allocate(1)));
            assertEquals(21, e.errno(), "EISDIR");
        }
    }

    @Test
    void closingTwiceClosesOnce(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("f"), "x");
        NativeFile file = NativeFile.openReadOnly(f);
        file.close();
        file.close();
        assertEquals(f, file.file());
    }
}
