package org.mmapbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;
import org.mmapbench.corpus.Corpora;
import org.mmapbench.corpus.CorpusManifest;

/**
 * {@code mmapbench datasets} on a copy of the project's manifest (so caches go to a temporary folder),
 * with the shared Gutenberg folder as mirror.
 */
class DatasetsCommandTest {
    static final List<String> TEXTS = List.of("don-quixote", "pride-and-prejudice", "moby-dick", "war-and-peace", "don-quijote-es");

    @TempDir
    Path tmp;
    Path project;
    Path sharedMirror;

    @BeforeEach
    void setUp() throws IOException {
        project = tmp.resolve("project");
        Files.createDirectories(project.resolve("datasets"));
        Files.copy(Corpora.projectDir().resolve(CorpusManifest.PATH), project.resolve(CorpusManifest.PATH));
        sharedMirror = Corpora.projectDir().resolveSibling("shared").resolve("datasets/gutenberg");
    }

    void assumeSharedMirror() {
        Assumptions.assumeTrue(Files.isDirectory(sharedMirror), "needs ../shared/datasets/gutenberg beside the project");
    }

    @Test
    @Needs.Corpus
    void verifyShowsTheFiveGutenbergCorporaOk() {
        assumeSharedMirror();
        CliRun r = CliRun.of("datasets", "--verify", "--project-dir", project.toString(), "--mirror", sharedMirror.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        for (String id : TEXTS) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(id + " ") && l.contains(" ok ")), id + " ok in:\n" + r.out());
        }
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("english-4GiB ") && l.contains("not-generated")), r.out());
        assertEquals("", r.err());
    }

    @Test
    @Needs.Corpus
    void verifyExits1OnACorruptedMirrorCopyNamingBothHashes() throws IOException {
        assumeSharedMirror();
        Path mirror = Files.createDirectories(tmp.resolve("mirror"));
        try (Stream<Path> texts = Files.list(sharedMirror)) {
            for (Path p : texts.toList()) {
                Files.copy(p, mirror.resolve(p.getFileName()));
            }
        }
        Path bad = mirror.resolve("moby-dick-2701.txt");
        Files.writeString(bad, "Call me Ishmael.");
        CliRun r = CliRun.of("datasets", "--verify", "--project-dir", project.toString(), "--mirror", mirror.toString());
        assertEquals(ExitCode.FAILED, r.code());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("moby-dick ") && l.contains(" mismatch ")), r.out());
        String line = r.oneErrorLine();
        assertTrue(line.startsWith("mmapbench: " + bad + ": SHA-256 mismatch for corpus moby-dick: expected baf9b04fcf6e0008f30eaaa6697277751448c1070b20175e0082f28cbb161fd3, found "), line);
    }

    @Test
    void verifyExits1WhenATextIsMissingAndListingAloneExits0() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        CliRun r = CliRun.of("datasets", "--verify", "--project-dir", project.toString(), "--mirror", empty.toString());
        assertEquals(ExitCode.FAILED, r.code());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("don-quixote ") && l.contains(" missing ")), r.out());
        assertTrue(r.err().contains("corpus don-quixote is missing from the cache and the mirror"), r.err());
        assertEquals(ExitCode.OK, CliRun.of("datasets", "--project-dir", project.toString(), "--mirror", empty.toString()).code());
    }

    @Test
    void prepareGeneratesIntoTheCacheAndListsIt() {
        CliRun r = CliRun.of("datasets", "--prepare", "english-4KiB", "random-bytes-3KiB", "--project-dir", project.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(Files.exists(project.resolve("datasets/generated/english-4KiB.txt")));
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("english-4KiB ") && l.contains(" generated ")
                && l.contains("28b0ad4f5acc59df12b6532edf7abfa02fc0669c20a51732c99fb2686d685f6b")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("random-bytes-3KiB ") && l.contains(" generated ")), "ids outside the manifest are listed when prepared");
        if (Files.isDirectory(sharedMirror)) {
            CliRun verified = CliRun.of("datasets", "--verify", "--project-dir", project.toString(), "--mirror", sharedMirror.toString());
            assertEquals(ExitCode.OK, verified.code(), "the re-hashed generated corpus matches: " + verified.err());
        }
    }

    @Test
    void unknownIdsProfilesAndFoldersExit3WithOneLine() {
        CliRun r = CliRun.of("datasets", "--prepare", "moby", "--project-dir", project.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.oneErrorLine().startsWith("mmapbench: corpus 'moby' does not exist (valid: don-quixote, "), r.err());

        r = CliRun.of("datasets", "--prepare", "english-64MB", "--project-dir", project.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.oneErrorLine().contains("use 'english-62500KiB'"), r.err());

        r = CliRun.of("datasets", "--mirror", tmp.resolve("nowhere").toString(), "--project-dir", project.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertEquals("mmapbench: --mirror: mirror " + tmp.resolve("nowhere") + " does not exist", r.oneErrorLine());

        r = CliRun.of("datasets", "--project-dir", tmp.resolve("nowhere").toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.oneErrorLine().contains("is not a folder"), r.err());

        r = CliRun.of("datasets", "--project-dir", tmp.toString());
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.oneErrorLine().contains("corpus manifest not found"), r.err());
    }
}
