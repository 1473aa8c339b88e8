package org.mmapbench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mmapbench.Needs;
import org.mmapbench.util.UserInputException;

/** The committed manifest and the manifest parser's checks. */
class CorpusManifestTest {
    static final String HEADER = String.join(",", CorpusManifest.HEADER);

    @TempDir
    Path tmp;

    static List<CorpusSpec> projectManifest() {
        return CorpusManifest.read(Corpora.projectDir().resolve(CorpusManifest.PATH));
    }

    @Test
    void publicDomainRowsArePinned() {
        Map<String, CorpusSpec> rows = projectManifest().stream().filter(s -> !s.isGenerated())
                .collect(Collectors.toMap(CorpusSpec::id, s -> s));
        assertEquals(Set.of("don-quixote", "pride-and-prejudice", "moby-dick", "war-and-peace", "don-quijote-es"), rows.keySet());
        CorpusSpec dq = rows.get("don-quixote");
        assertEquals(2_347_853, dq.bytes());
        assertEquals("69ef241e632ef4fba882bde06ad31ecb395d865b11028cc046c4d253f4cf118e", dq.sha256().orElseThrow());
        assertEquals(996, dq.text().orElseThrow().ebook());
        assertEquals("don-quixote-996.txt", dq.text().orElseThrow().fileName());
    }

    @Test
    @Needs.Corpus
    void publicDomainRowsMatchTheSharedGutenbergManifest() throws IOException {
        Map<String, CorpusSpec> rows = projectManifest().stream().filter(s -> !s.isGenerated())
                .collect(Collectors.toMap(CorpusSpec::id, s -> s));
        Path shared = Corpora.projectDir().resolveSibling("shared").resolve("datasets/gutenberg/MANIFEST.csv");
        for (String line : Files.readAllLines(shared).subList(1, 6)) {
            String[] f = line.split(",");
            CorpusSpec s = rows.get(f[0]);
            assertEquals(Long.parseLong(f[7]), s.bytes(), f[0]);
            assertEquals(f[8], s.sha256().orElseThrow(), f[0]);
            assertEquals(f[10], s.text().orElseThrow().downloadUrl().toString(), f[0]);
        }
    }

    @Test
    void profilesHoldTheAgreedCorpora() {
        // Which corpora each benchmark profile measures is pinned by run.ProfileCorporaTest; here the
        // manifest's own invariants: profiles nest, and "all" is every row.
        Corpora c = Corpora.load();
        assertEquals(List.of("don-quixote"), ids(c.profile("smoke")));
        assertTrue(ids(c.profile("quick")).containsAll(ids(c.profile("smoke"))));
        assertTrue(ids(c.profile("standard")).containsAll(ids(c.profile("quick"))));
        List<String> full = ids(c.profile("full"));
        assertTrue(full.containsAll(ids(c.profile("standard"))));
        assertTrue(full.containsAll(List.of("english-1GiB", "english-4GiB")));
        assertEquals(ids(c.all()), ids(c.profile("all")));
    }

    @Test
    void generatedRowsCarryKindSizeAndSeed() {
        CorpusSpec s = Corpora.load().get("english-4GiB");
        assertEquals(CorpusKind.ENGLISH, s.kind());
        assertEquals(4L << 30, s.bytes());
        assertEquals(42, s.seed());
        assertTrue(s.sha256().isEmpty());
    }

    @Test
    void pinnedManifestHashesAreWhatTheGeneratorMakes() throws IOException {
        for (CorpusSpec s : projectManifest()) {
            if (s.isGenerated() && s.sha256().isPresent()) {
                try (var in = CorpusGenerator.stream(s.kind(), s.bytes(), s.seed())) {
                    assertEquals(s.sha256().get(), Sha256.of(in), s.id());
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "english-4KiB,,4096,42,,,,,,,,,| column kind: is empty",
        "english-4KiB,prose,4096,42,,,,,,,,,| 'prose' is not a corpus kind",
        "english-4KiB,english,4097,42,,,,,,,,,| must be 'english-4097'",
        "english-4KiB,english,4096,x,,,,,,,,,| 'x' is not a whole number",
        "english-4KiB,english,4096,42,nightly,,,,,,,,| 'nightly' is not a profile",
        "english-4KiB,english,4096,42,,abc,,,,,,,| 'abc' is not 64 lower-case hex digits",
        "dq,public-domain,10,,,,1,T,A,en,ASCII,dq.txt,https://example.org/x| a public-domain corpus needs its SHA-256",
        "dq,public-domain,10,,,0000000000000000000000000000000000000000000000000000000000000000,1,T,A,en,ASCII,../dq.txt,https://example.org/x| must be a plain file name",
        "dq,public-domain,10,,,0000000000000000000000000000000000000000000000000000000000000000,1,T,A,en,ASCII,dq.txt,ftp://example.org/x| not an http(s) URL",
    })
    void malformedRowsAreRejectedNamingFileLineAndColumn(String row, String expected) throws IOException {
        Path f = tmp.resolve("corpora.csv");
        Files.writeString(f, HEADER + "\n" + row + "\n");
        UserInputException e = assertThrows(UserInputException.class, () -> CorpusManifest.read(f));
        assertTrue(e.getMessage().startsWith(f + ":2: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected.trim()), e.getMessage());
    }

    @Test
    void duplicateIdsAndWrongHeadersAreRejected() throws IOException {
        Path f = tmp.resolve("corpora.csv");
        Files.writeString(f, HEADER + "\nenglish-4KiB,english,4096,42,,,,,,,,,\nenglish-4KiB,english,4096,7,,,,,,,,,\n");
        assertTrue(assertThrows(UserInputException.class, () -> CorpusManifest.read(f)).getMessage().contains(":3: corpus id 'english-4KiB' appears twice"));
        Files.writeString(f, "id,kind,size\nenglish-4KiB,english,4096\n");
        assertTrue(assertThrows(UserInputException.class, () -> CorpusManifest.read(f)).getMessage().contains("the header must be"));
        Path missing = tmp.resolve("nope.csv");
        assertTrue(assertThrows(UserInputException.class, () -> CorpusManifest.read(missing)).getMessage().startsWith(missing + ": corpus manifest not found"));
    }

    static List<String> ids(List<CorpusSpec> specs) {
        return specs.stream().map(CorpusSpec::id).toList();
    }
}
