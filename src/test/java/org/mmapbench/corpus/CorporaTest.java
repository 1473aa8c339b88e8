package org.mmapbench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.util.UserInputException;

/**
 * Resolution of corpora in a fixture project: cache, then mirror, then download URL (a local HTTP
 * server), SHA-256 checked before use; generated corpora cached and reused by the documented rule.
 */
class CorporaTest {
    static final byte[] TEXT = "It was the best of times, it was the worst of times.\r\n".repeat(100).getBytes(StandardCharsets.US_ASCII);
    static final byte[] OTHER = "A corrupted copy of the text.\r\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path tmp;
    Path project;
    Path mirror;
    HttpServer server;
    final AtomicInteger requests = new AtomicInteger();
    volatile byte[] served = TEXT;

    @BeforeEach
    void setUp() throws IOException {
        project = Files.createDirectories(tmp.resolve("project"));
        mirror = Files.createDirectories(tmp.resolve("mirror"));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/texts/", exchange -> {
            requests.incrementAndGet();
            byte[] body = served;
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        writeManifest("http://127.0.0.1:" + server.getAddress().getPort() + "/texts/tale.txt", TEXT);
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
    }

    void writeManifest(String url, byte[] text) throws IOException {
        String sha = sha(text);
        Files.createDirectories(project.resolve("datasets"));
        Files.writeString(project.resolve(CorpusManifest.PATH), String.join(",", CorpusManifest.HEADER) + "\n"
                + "tale,public-domain," + text.length + ",,quick,\"" + sha + "\",98,A Tale,C. Dickens,en,US-ASCII,tale-98.txt," + url + "\n"
                + "english-4KiB,english,4096,42,quick,,,,,,,,\n"
                + "log-8KiB,log,8192,42,,,,,,,,,\n");
    }

    Corpora corpora() {
        return Corpora.load(project).withMirror(mirror);
    }

    Path cache() {
        return project.resolve("datasets/gutenberg/tale-98.txt");
    }

    static String sha(byte[] b) {
        try {
            return Sha256.of(new java.io.ByteArrayInputStream(b));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theCacheComesFirst() throws IOException {
        Files.createDirectories(cache().getParent());
        Files.write(cache(), TEXT);
        Files.write(mirror.resolve("tale-98.txt"), OTHER); // never looked at
        assertEquals(cache(), corpora().resolve("tale"));
        assertEquals(0, requests.get());
    }

    @Test
    void theMirrorComesSecondAndIsNotCopied() throws IOException {
        Files.write(mirror.resolve("tale-98.txt"), TEXT);
        assertEquals(mirror.resolve("tale-98.txt"), corpora().resolve("tale"));
        assertFalse(Files.exists(cache()));
        assertEquals(0, requests.get());
    }

    @Test
    void theUrlComesLastAndFillsTheCache() throws IOException {
        Path p = corpora().resolve("tale");
        assertEquals(cache(), p);
        assertEquals(1, requests.get());
        assertTrue(java.util.Arrays.equals(TEXT, Files.readAllBytes(p)));
        assertEquals(p, corpora().withoutMirror().resolve("tale"), "the second time the cache answers");
        assertEquals(1, requests.get());
    }

    @Test
    void aDownloadWithTheWrongHashIsRefusedAndNotKept() throws IOException {
        served = OTHER;
        CorpusMismatchException e = assertThrows(CorpusMismatchException.class, () -> corpora().resolve("tale"));
        assertTrue(e.getMessage().contains("/texts/tale.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("expected " + sha(TEXT)), e.getMessage());
        assertTrue(e.getMessage().contains("found " + sha(OTHER)), e.getMessage());
        assertFalse(Files.exists(cache()));
        try (var left = Files.list(cache().getParent())) {
            assertEquals(List.of(), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aCorruptedMirrorCopyIsRefusedWithBothHashesNamed() throws IOException {
        Path bad = mirror.resolve("tale-98.txt");
        Files.write(bad, OTHER);
        CorpusMismatchException e = assertThrows(CorpusMismatchException.class, () -> corpora().resolve("tale"));
        assertTrue(e.getMessage().startsWith(bad + ": SHA-256 mismatch for corpus tale"), e.getMessage());
        assertTrue(e.getMessage().contains("expected " + sha(TEXT) + ", found " + sha(OTHER)), e.getMessage());
        assertEquals(0, requests.get(), "a corrupt copy stops the search: it is not silently bypassed");
        CorpusCheck check = corpora().check(corpora().get("tale"), true);
        assertEquals(CorpusStatus.MISMATCH, check.status());
        assertEquals(sha(OTHER), check.sha256().orElseThrow());
    }

    @Test
    void aCorruptedCacheCopyIsRefusedToo() throws IOException {
        Files.createDirectories(cache().getParent());
        Files.write(cache(), OTHER);
        Files.write(mirror.resolve("tale-98.txt"), TEXT);
        assertThrows(CorpusMismatchException.class, () -> corpora().resolve("tale"));
    }

    @Test
    void missingEverywhereNamesThePlacesTriedAndTheFix() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        writeManifest("http://127.0.0.1:" + closedPort + "/tale.txt", TEXT);
        CorpusMissingException e = assertThrows(CorpusMissingException.class, () -> corpora().resolve("tale"));
        String m = e.getMessage();
        assertTrue(m.startsWith("corpus tale not found: tried cache " + cache()), m);
        assertTrue(m.contains("mirror " + mirror.resolve("tale-98.txt")), m);
        assertTrue(m.contains("download http://127.0.0.1:" + closedPort + "/tale.txt"), m);
        assertTrue(m.contains("fix: pass --mirror DIR or set MMAPBENCH_MIRROR"), m);
        assertFalse(m.contains("\n"));
        assertEquals(CorpusStatus.MISSING, corpora().check(corpora().get("tale"), false).status());
    }

    @Test
    void unknownIdsAndProfilesListTheValidOnes() {
        UserInputException e = assertThrows(UserInputException.class, () -> corpora().get("tail"));
        assertTrue(e.getMessage().startsWith("corpus 'tail' does not exist (valid: tale, english-4KiB, log-8KiB, or a generated id"), e.getMessage());
        e = assertThrows(UserInputException.class, () -> corpora().profile("nightly"));
        assertTrue(e.getMessage().contains("valid: smoke, quick, standard, depth, full, writes, huge, all"), e.getMessage());
        e = assertThrows(UserInputException.class, () -> corpora().get("english-4096"));
        assertTrue(e.getMessage().contains("use 'english-4KiB'"), e.getMessage());
        e = assertThrows(UserInputException.class, () -> corpora().get("english-0"));
        assertTrue(e.getMessage().contains("at least 1 byte"), e.getMessage());
        e = assertThrows(UserInputException.class, () -> corpora().get("english-lots"));
        assertTrue(e.getMessage().contains("'lots' is not a size"), e.getMessage());
    }

    @Test
    void generatedIdsOutsideTheManifestParseWithSeed42() {
        CorpusSpec s = corpora().get("utf8-mixed-3MiB");
        assertEquals(CorpusKind.UTF8_MIXED, s.kind());
        assertEquals(3L << 20, s.bytes());
        assertEquals(42, s.seed());
        assertEquals(List.of("tale", "english-4KiB"), corpora().select(List.of("quick", "tale")).stream().map(CorpusSpec::id).toList());
    }

    @Test
    void generatedCorporaAreCachedWithARecordAndReused() throws IOException {
        Corpora c = corpora();
        CorpusSpec spec = c.get("log-8KiB");
        assertEquals(CorpusStatus.NOT_GENERATED, c.check(spec, false).status());
        Path file = c.resolve("log-8KiB");
        assertEquals(project.resolve("datasets/generated/log-8KiB.txt"), file);
        assertEquals(8192, Files.size(file));
        Path sidecar = project.resolve("datasets/generated/log-8KiB.txt.sha256");
        assertTrue(Files.readString(sidecar).contains("sha256=" + Sha256.of(file)));
        CorpusCheck check = c.check(spec, true);
        assertEquals(CorpusStatus.GENERATED, check.status());

        String hash = check.sha256().orElseThrow();

        // Touched: the record no longer matches, so the corpus is generated again (to the same bytes).
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, old);
        assertEquals(file, c.resolve("log-8KiB"));
        assertNotEquals(old, Files.getLastModifiedTime(file));
        assertEquals(hash, Sha256.of(file));

        // Edited in place with the modification time restored: only --verify (a re-hash) notices.
        FileTime recorded = Files.getLastModifiedTime(file);
        byte[] b = Files.readAllBytes(file);
        b[100] ^= 1;
        Files.write(file, b);
        Files.setLastModifiedTime(file, recorded);
        assertEquals(CorpusStatus.GENERATED, c.check(spec, false).status());
        CorpusCheck verified = c.check(spec, true);
        assertEquals(CorpusStatus.MISMATCH, verified.status());
        assertTrue(verified.problem().orElseThrow().contains("found " + Sha256.of(file)));
    }

    @Test
    void aGeneratedCorpusThatMissesItsPinnedHashIsRefusedAndDeleted() throws IOException {
        String wrong = "0".repeat(64);
        Files.writeString(project.resolve(CorpusManifest.PATH), String.join(",", CorpusManifest.HEADER) + "\n"
                + "english-4KiB,english,4096,42,quick," + wrong + ",,,,,,,\n");
        CorpusMismatchException e = assertThrows(CorpusMismatchException.class, () -> corpora().resolve("english-4KiB"));
        assertTrue(e.getMessage().contains("expected " + wrong), e.getMessage());
        assertFalse(Files.exists(project.resolve("datasets/generated/english-4KiB.txt")));
    }

    @Test
    void aReusedGeneratedFileIsNotRewritten() throws IOException {
        Corpora c = corpora();
        Path file = c.resolve("log-8KiB");
        Object key = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        c.resolve("log-8KiB");
        assertEquals(key, Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
    }
}
