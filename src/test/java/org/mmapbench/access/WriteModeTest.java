package org.mmapbench.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mmapbench.TestCorpora;
import org.mmapbench.sys.ProcessMappings;

/**
 * What the two write modes promise, for both mapped strategies: a {@code PRIVATE} (copy-on-write)
 * write never reaches the file, not after {@code force()} and not after unmapping; a {@code READ_WRITE}
 * write is seen by a plain {@code FileChannel} reader at once, before any {@code force()}.
 */
@Isolated // waits for the Cleaner to unmap a MappedByteBuffer, which concurrent tests' buffers would delay
class WriteModeTest {
    private static final byte[] PYTHON = "python".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    /** Bytes {@code [10, 16)} of the file as a plain read through another channel sees them. */
    private static byte[] readBack(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(PYTHON.length);
            while (b.hasRemaining() && ch.read(b, 10 + b.position()) > 0) {
                // until full
            }
            return b.array();
        }
    }

    private static void write(FileBytes fb) {
        for (int j = 0; j < PYTHON.length; j++) {
            fb.set(10 + j, PYTHON[j]);
        }
    }

    private static byte[] viewBytes(FileBytes fb) {
        byte[] out = new byte[PYTHON.length];
        for (int j = 0; j < out.length; j++) {
            out[j] = fb.get(10 + j);
        }
        return out;
    }

    /** Maps, writes, forces and closes in a frame of its own, so that nothing the test holds keeps a mapping alive. */
    private static void writePrivately(MappedStrategy s, Path f, byte[] original) throws IOException {
        try (FileBytes fb = s.openWritable(f, WriteMode.PRIVATE)) {
            write(fb);
            fb.set(original.length - 1, (byte) '#'); // the last, partial page too
            assertArrayEquals(PYTHON, viewBytes(fb), "the private view holds its own write");
            assertArrayEquals(Arrays.copyOfRange(original, 10, 16), readBack(f), "a reader of the file does not see it");
            fb.force();
            assertArrayEquals(Arrays.copyOfRange(original, 10, 16), readBack(f), "force() writes nothing to the file");
            try (FileBytes other = s.openWritable(f, WriteMode.PRIVATE)) {
                assertArrayEquals(Arrays.copyOfRange(original, 10, 16), viewBytes(other),
                        "a second private mapping does not see the first one's pages");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mappedBuffer", "mappedSegment"})
    void privateWritesNeverReachTheFileEvenAfterForceAndUnmapping(String id) throws IOException {
        byte[] original = TestCorpora.english(3 * 4096 + 17, 11);
        Path f = TestCorpora.write(dir, "private.txt", original);
        writePrivately((MappedStrategy) Strategies.standard().byId(id), f, original);
        assertEquals(List.of(), ProcessMappings.awaitUnmapped(List.of(f), 30_000), "unmapped (a MappedByteBuffer after GC)");
        assertArrayEquals(original, Files.readAllBytes(f), "after unmapping the file is unchanged");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mappedBuffer", "mappedSegment"})
    void readWriteWritesAreVisibleToAPlainReaderBeforeAnyForce(String id) throws IOException {
        byte[] original = TestCorpora.english(64 * 1024, 12);
        Path f = TestCorpora.write(dir, "shared.txt", original);
        MappedStrategy s = (MappedStrategy) Strategies.standard().byId(id);
        try (FileBytes fb = s.openWritable(f, WriteMode.SHARED)) {
            assertTrue(!Arrays.equals(PYTHON, readBack(f)), "the corpus does not hold the patch already");
            write(fb);
            assertArrayEquals(PYTHON, readBack(f), "a FileChannel read sees the store at once: it is the page cache's page");
        }
        assertArrayEquals(PYTHON, readBack(f), "and it stays after the view is closed, without force()");
        byte[] expected = original.clone();
        System.arraycopy(PYTHON, 0, expected, 10, PYTHON.length);
        assertArrayEquals(expected, Files.readAllBytes(f), "nothing else changed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mappedBuffer", "mappedSegment"})
    void theDefaultWritableMappingIsShared(String id) throws IOException {
        Path f = TestCorpora.write(dir, "default.txt", TestCorpora.english(8192, 13));
        MappedStrategy s = (MappedStrategy) Strategies.standard().byId(id);
        try (FileBytes fb = s.openWritable(f)) {
            write(fb);
        }
        assertArrayEquals(PYTHON, readBack(f));
    }
}
