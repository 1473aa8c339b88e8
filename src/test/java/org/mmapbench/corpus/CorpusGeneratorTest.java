package org.mmapbench.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated corpora are deterministic, exactly sized, and byte-identical to pinned golden hashes. */
class CorpusGeneratorTest {

    @TempDir
    Path tmp;

    record Pin(CorpusKind kind, long bytes, long seed, String sha256) {
        @Override
        public String toString() {
            return kind + "-" + bytes + " seed " + seed;
        }
    }

    /** Golden SHA-256 values: a change here means every generated corpus changed (bump CorpusGenerator.VERSION). */
    static List<Pin> pins() throws IOException {
        List<Pin> pins = new ArrayList<>();
        try (InputStream in = CorpusGeneratorTest.class.getResourceAsStream("pinned-sha256.csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",");
                pins.add(new Pin(CorpusKind.parseGenerated(f[0], "kind"), Long.parseLong(f[1]), Long.parseLong(f[2]), f[3]));
            }
        }
        return pins;
    }

    @ParameterizedTest
    @MethodSource("pins")
    void streamMatchesPinnedHash(Pin pin) throws IOException {
        try (InputStream in = CorpusGenerator.stream(pin.kind(), pin.bytes(), pin.seed())) {
            assertEquals(pin.sha256(), Sha256.of(in), pin.toString());
        }
    }

    @Test
    void pinsCoverEveryKind() throws IOException {
        for (CorpusKind k : CorpusKind.generatedKinds()) {
            assertTrue(pins().stream().anyMatch(p -> p.kind() == k && p.bytes() > CorpusGenerator.BLOCK_SIZE), k + " has a multi-block pin");
        }
    }

    @ParameterizedTest
    @EnumSource(value = CorpusKind.class, names = "PUBLIC_DOMAIN", mode = EnumSource.Mode.EXCLUDE)
    void generatingTheSameSpecTwiceGivesTheSameFileWhateverTheThreads(CorpusKind kind) throws IOException {
        long size = 3L * CorpusGenerator.BLOCK_SIZE + 777;
        CorpusGenerator.Result a = CorpusGenerator.generate(kind, size, 42, tmp.resolve("a"), 1);
        CorpusGenerator.Result b = CorpusGenerator.generate(kind, size, 42, tmp.resolve("b"), 3);
        assertEquals(a.sha256(), b.sha256());
        assertEquals(a.sha256(), Sha256.of(tmp.resolve("a")), "the reported hash is the file's");
        assertArrayEquals(Files.readAllBytes(tmp.resolve("a")), Files.readAllBytes(tmp.resolve("b")));
        try (InputStream in = CorpusGenerator.stream(kind, size, 42)) {
            assertEquals(a.sha256(), Sha256.of(in), "stream and file agree");
        }
    }

    @ParameterizedTest
    @EnumSource(value = CorpusKind.class, names = "PUBLIC_DOMAIN", mode = EnumSource.Mode.EXCLUDE)
    void differentSeedsGiveDifferentBytes(CorpusKind kind) throws IOException {
        try (InputStream a = CorpusGenerator.stream(kind, 4096, 1); InputStream b = CorpusGenerator.stream(kind, 4096, 2)) {
            assertNotEquals(Sha256.of(a), Sha256.of(b));
        }
    }

    static List<Object[]> exactSizes() {
        List<Object[]> cases = new ArrayList<>();
        long[] sizes = {1, 2, 17, 19, 4095, 65537, CorpusGenerator.BLOCK_SIZE - 1, CorpusGenerator.BLOCK_SIZE,
            CorpusGenerator.BLOCK_SIZE + 1, 2L * CorpusGenerator.BLOCK_SIZE + 12_345};
        for (CorpusKind k : CorpusKind.generatedKinds()) {
            for (long s : sizes) {
                cases.add(new Object[] {k, s});
            }
        }
        return cases;
    }

    @ParameterizedTest
    @MethodSource("exactSizes")
    void filesHaveExactlyTheRequestedSize(CorpusKind kind, long size) throws IOException {
        Path out = tmp.resolve(kind + "-" + size);
        CorpusGenerator.generate(kind, size, 42, out, 2);
        assertEquals(size, Files.size(out));
    }

    @Test
    void onlyTheFinishedFileIsLeftBehind() throws IOException {
        CorpusGenerator.generate(CorpusKind.ENGLISH, 100_000, 42, tmp.resolve("x.txt"), 2);
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(tmp.resolve("x.txt")), files.toList());
        }
    }

    @Test
    void blockArithmeticIsLongThroughoutPastFourGiB() {
        long size = 5L * 1024 * 1024 * 1024 + 3;
        long lastBlock = (size - 1) / CorpusGenerator.BLOCK_SIZE;
        assertEquals(5120, lastBlock);
        assertEquals(3, CorpusGenerator.blockLength(size, lastBlock));
        assertEquals(CorpusGenerator.BLOCK_SIZE, CorpusGenerator.blockLength(size, lastBlock - 1));
        // A block far past 2 GiB is generated from its own seed like any other.
        byte[] a = new byte[4096];
        byte[] b = new byte[4096];
        BlockFiller.of(CorpusKind.ENGLISH, 42).fill(lastBlock, a, a.length);
        BlockFiller.of(CorpusKind.ENGLISH, 42).fill(lastBlock, b, b.length);
        assertArrayEquals(a, b);
    }

    @Test
    void rejectsEmptyCorporaAndPublicDomainKinds() {
        assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.stream(CorpusKind.ENGLISH, 0, 42));
        assertThrows(IllegalArgumentException.class, () -> CorpusGenerator.stream(CorpusKind.PUBLIC_DOMAIN, 10, 42));
    }
}
