package org.mmapbench.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.workload.Cells;
import org.mmapbench.workload.Workload;

/** {@link StreamingReference} gives {@link Reference}'s answers whatever its chunk size, matches across chunk boundaries included. */
class StreamingReferenceTest {

    @Test
    void agreesWithTheArrayReferenceForEveryChunkSize(@TempDir Path dir) throws IOException {
        Random random = new Random(12);
        String[] words = {"the", " the ", "he", " th", "e ", "x", "\n", "  ", "theme", " the the "};
        for (int file = 0; file < 4; file++) {
            StringBuilder sb = new StringBuilder();
            while (sb.length() < 30_000) {
                sb.append(words[random.nextInt(words.length)]);
            }
            byte[] bytes = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
            Path f = Files.write(dir.resolve("f" + file), bytes);
            Reference ref = Reference.of(bytes);
            StreamingReference expected = new StreamingReference(ref.checksum(), ref.indexOf(Workload.NEEDLE, 0), ref.count(Workload.NEEDLE),
                    ref.indexOf(Workload.NEEDLE, Workload.SEEK_OFFSET));
            assertTrue(expected.count() > 100 && expected.seekFind() >= Workload.SEEK_OFFSET, expected.toString());
            for (int chunk : new int[] {1, 2, 3, 4, 5, 7, 64, 4093, StreamingReference.CHUNK}) {
                assertEquals(expected, StreamingReference.of(f, chunk), "chunk " + chunk + ", file " + file);
            }
        }
    }

    @Test
    void noMatchAndAnEmptyFileGiveMinusOneAndZero(@TempDir Path dir) throws IOException {
        assertEquals(new StreamingReference(0, -1, 0, -1), StreamingReference.of(Files.write(dir.resolve("empty"), new byte[0]), 3));
        assertEquals(new StreamingReference('t' + 'h' + 'e', -1, 0, -1), StreamingReference.of(Files.writeString(dir.resolve("the"), "the"), 2));
    }

    @Test
    void answersTheScansOfEveryByteButNotTheLiteralOrWritingCells() {
        assertTrue(StreamingReference.answers(Cells.get("read", "fair", "mappedSegment")));
        assertTrue(StreamingReference.answers(Cells.get("count", "windowed", "pread")));
        assertFalse(StreamingReference.answers(Cells.get("regex", "fair", "mappedSegment")));
        assertFalse(StreamingReference.answers(Cells.get("read", "literal", "mappedBuffer")));
    }
}
