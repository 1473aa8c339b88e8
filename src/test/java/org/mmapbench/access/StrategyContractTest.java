package org.mmapbench.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mmapbench.Needs;
import org.mmapbench.TestCorpora;
import org.mmapbench.results.StrategyPairs;

/**
 * The contract every access strategy must meet, run for each strategy id with normal and tiny
 * sizes: a view holds exactly the file's bytes from the requested offset, streaming readers deliver
 * the same bytes, text is the ISO-8859-1 decoding, writers change only the bytes they are given.
 */
class StrategyContractTest {

    @TempDir
    Path dir;

    static Stream<AccessStrategy> strategies() {
        return Stream.concat(Strategies.standard().all().stream(), new Strategies(new Tuning(4099, 2, 5)).all().stream());
    }

    private List<Path> files() {
        return List.of(
                TestCorpora.write(dir, "empty", new byte[0]),
                TestCorpora.write(dir, "one", new byte[] {(byte) 0xE9}),
                TestCorpora.write(dir, "utf8", TestCorpora.utf8Mixed(20_011, 1)),
                TestCorpora.write(dir, "random", TestCorpora.randomBytes(70_001, 2)));
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void kindAndIdFollowTheNamingConvention(AccessStrategy s) {
        assertEquals(s.kind() == AccessKind.MAPPED, StrategyPairs.isMapped(s.id()), s.id());
        assertEquals(s.getClass(), Strategies.standard().byId(s.id()).getClass());
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void byteViewsHoldExactlyTheFileFromTheOffset(AccessStrategy s) throws IOException {
        byteViewsHoldExactlyTheFileFromTheOffset(s, files());
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void streamingReadersDeliverTheSameBytesWhateverTheCarry(AccessStrategy s) throws IOException {
        streamingReadersDeliverTheSameBytesWhateverTheCarry(s, files());
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void textIsTheIso88591DecodingFromItsOrigin(AccessStrategy s) throws IOException {
        textIsTheIso88591DecodingFromItsOrigin(s, files());
    }

    /** The three reading contracts on a real text of 2 MB with multi-byte UTF-8. */
    @ParameterizedTest
    @MethodSource("strategies")
    @Needs.Corpus
    void readingContractsHoldOnAGutenbergText(AccessStrategy s) throws IOException {
        List<Path> text = List.of(TestCorpora.gutenberg("don-quijote-es"));
        byteViewsHoldExactlyTheFileFromTheOffset(s, text);
        streamingReadersDeliverTheSameBytesWhateverTheCarry(s, text);
        textIsTheIso88591DecodingFromItsOrigin(s, text);
    }

    private static void byteViewsHoldExactlyTheFileFromTheOffset(AccessStrategy s, List<Path> files) throws IOException {
        if (!(s instanceof ByteStrategy b)) {
            return;
        }
        for (Path f : files) {
            byte[] all = Files.readAllBytes(f);
            for (long from : new long[] {0, 1, 2, 10_000, all.length, all.length + 5L}) {
                try (FileBytes fb = b.open(f, from)) {
                    assertEquals(all.length, fb.fileSize());
                    assertTrue(fb.start() <= Math.min(from, all.length), "start " + fb.start());
                    assertEquals(all.length, Math.max(fb.end(), 0));
                    ByteArrayOutputStream got = new ByteArrayOutputStream();
                    long expectOffset = fb.start();
                    for (FileBytes.Chunk c : fb.chunks()) {
                        assertEquals(expectOffset, c.fileOffset());
                        got.writeBytes(c.segment().toArray(ValueLayout.JAVA_BYTE));
                        expectOffset = c.end();
                    }
                    int start = (int) fb.start();
                    assertArrayEquals(java.util.Arrays.copyOfRange(all, start, all.length), got.toByteArray(), s.id() + " " + f.getFileName() + " from " + from);
                    for (long p = fb.start(); p < fb.end(); p += 997) {
                        assertEquals(all[(int) p], fb.get(p));
                    }
                }
            }
        }
    }

    private static void streamingReadersDeliverTheSameBytesWhateverTheCarry(AccessStrategy s, List<Path> files)
            throws IOException {
        if (!(s instanceof StreamingStrategy st)) {
            return;
        }
        for (int bufferSize : new int[] {1, 7, 4096}) {
            // One window for every file and reader, as one trial reuses it: leftovers must never leak into a read.
            try (Window window = st.newWindow(bufferSize)) {
                for (Path f : files) {
                    byte[] all = Files.readAllBytes(f);
                    for (int keep : new int[] {0, Math.min(3, bufferSize - 1)}) {
                        ByteArrayOutputStream got = new ByteArrayOutputStream();
                        try (ChunkReader r = st.openReader(f, 5, window)) {
                            assertEquals(bufferSize, r.buffer().byteSize());
                            assertEquals(window.segment(), r.buffer(), "the reader fills the window it was given");
                            int n;
                            int carried = 0;
                            while ((n = r.fill(carried)) > 0) {
                                got.writeBytes(r.buffer().asSlice(carried, n).toArray(ValueLayout.JAVA_BYTE));
                                carried = Math.min(keep, carried + n);
                            }
                            assertEquals(-1, n, "end of file is -1");
                        }
                        byte[] expect = all.length > 5 ? java.util.Arrays.copyOfRange(all, 5, all.length) : new byte[0];
                        assertArrayEquals(expect, got.toByteArray(), s.id() + " buffer " + bufferSize + " keep " + keep);
                    }
                }
            }
        }
    }

    private static void textIsTheIso88591DecodingFromItsOrigin(AccessStrategy s, List<Path> files) throws IOException {
        if (!(s instanceof TextStrategy t)) {
            return;
        }
        for (Path f : files) {
            String all = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (long from : new long[] {0, 10_000}) {
                TextView tv = t.readText(f, from);
                assertTrue(tv.origin() <= Math.min(from, all.length()));
                assertEquals(all.substring((int) tv.origin()), tv.text(), s.id() + " " + f.getFileName());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void writersChangeOnlyTheBytesGiven(AccessStrategy s) throws IOException {
        byte[] orig = TestCorpora.english(50_000, 9);
        byte[] patch = "python".getBytes(StandardCharsets.US_ASCII);
        byte[] expect = orig.clone();
        System.arraycopy(patch, 0, expect, 49_990, 6);
        Path f = TestCorpora.write(dir, "w-" + s.id(), orig);
        if (s instanceof PositionalWriter w) {
            w.writeAt(f, 49_990, patch);
        } else if (s instanceof MappedStrategy m) {
            try (FileBytes fb = m.openWritable(f)) {
                for (int j = 0; j < 6; j++) {
                    fb.set(49_990 + j, patch[j]);
                }
                fb.force();
            }
        } else {
            return;
        }
        assertArrayEquals(expect, Files.readAllBytes(f), s.id());
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void missingFilesFailWithTheirName(AccessStrategy s) {
        Path missing = dir.resolve("missing.txt");
        IOException e = assertThrows(IOException.class, () -> {
            if (s instanceof ByteStrategy b) {
                b.open(missing).close();
            } else if (s instanceof TextStrategy t) {
                t.readText(missing, 0);
            }
        });
        assertTrue(String.valueOf(e.getMessage()).contains("missing.txt"), e.toString());
    }

    @ParameterizedTest
    @MethodSource("strategies")
    void unknownIdsAreRejectedWithTheKnownOnes(AccessStrategy s) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Strategies.standard().byId("mmap"));
        assertTrue(e.getMessage().contains(s.id()), e.getMessage());
    }
}
