package org.mmapbench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.TestCorpora;
import org.mmapbench.access.ByteStrategy;
import org.mmapbench.access.FileBytes;
import org.mmapbench.access.Strategies;
import org.mmapbench.access.Tuning;

class RegexCountTest {

    @TempDir
    Path dir;

    @Test
    void latin1LettersAreNotWordCharsForBackslashB() {
        // JDK 19+ default: \b follows \w = [a-zA-Z0-9_], so 'é' is a boundary and "éabcde" holds the word "abcde"
        assertEquals(1, RegexCount.count(new String("\u00e9abcde".getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1)));
        assertEquals(0, RegexCount.count("abcde_"));
        assertEquals(0, RegexCount.count("abcde1"));
        assertEquals(2, RegexCount.count("abcde fghij"));
        for (int b = 0x80; b <= 0xFF; b++) {
            assertEquals(false, RegexCount.isWordByte((byte) b));
            assertEquals(1, RegexCount.count((char) b + "hello" + (char) b), "byte " + b);
        }
    }

    @Test
    void windowsAndChunksNeverSplitOrDoubleCountWords() throws IOException {
        SplittableRandom r = new SplittableRandom(5);
        String alphabet = "abcXYZ_9 .\u00e9\n";
        for (int round = 0; round < 150; round++) {
            int len = r.nextInt(0, 400);
            byte[] b = new byte[len];
            for (int i = 0; i < len; i++) {
                b[i] = (byte) alphabet.charAt(r.nextInt(alphabet.length()));
            }
            Path f = TestCorpora.write(dir, "r" + round, b);
            long expect = RegexCount.count(new String(b, StandardCharsets.ISO_8859_1));
            int chunk = r.nextInt(1, 40);
            int window = r.nextInt(1, 40);
            Strategies s = new Strategies(new Tuning(chunk, 16, window));
            for (String id : new String[] {"mappedBuffer", "mappedSegment", "readAllBytes"}) {
                try (FileBytes fb = ((ByteStrategy) s.byId(id)).open(f)) {
                    assertEquals(expect, RegexCount.count(fb, window), id + " chunk " + chunk + " window " + window + " round " + round);
                }
            }
        }
    }
}
