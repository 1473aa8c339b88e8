package org.mmapbench.corpus;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.mmapbench.util.AtomicOutput;

/**
 * The cache of generated corpora, {@code datasets/generated/<id>.txt}, each with a sidecar
 * {@code <id>.txt.sha256} recording what was generated and its SHA-256.
 *
 * <p>Reuse rule: a cached file is reused without re-hashing when its sidecar names the same id, kind,
 * size, seed and generator {@link CorpusGenerator#VERSION}, and the file still has the size, the
 * modification time and the file key (device and inode) recorded right after it was generated. Any
 * difference (the file was rewritten, touched, replaced or truncated, or the generator changed) makes
 * the corpus be generated again. This is cheap (one {@code stat}) and sound against every change but a
 * deliberate in-place edit that restores the modification time; {@code datasets --verify} re-hashes
 * every cached file to catch even that.
 */
final class GeneratedCache {
    private final Path dir;

    GeneratedCache(Path dir) {
        this.dir = dir;
    }

    Path file(CorpusSpec spec) {
        return dir.resolve(spec.id() + ".txt");
    }

    Path sidecar(CorpusSpec spec) {
        return dir.resolve(spec.id() + ".txt.sha256");
    }

    /** The cached file, reused or (re)generated. */
    Path resolve(CorpusSpec spec) throws IOException {
        Path file = file(spec);
        Optional<String> trusted = trustedHash(spec);
        if (trusted.isPresent()) {
            String recorded = trusted.get();
            if (spec.sha256().isPresent() && !spec.sha256().get().equals(recorded)) {
                throw new CorpusMismatchException(spec.id(), file.toString(), spec.sha256().get(), recorded);
            }
            return file;
        }
        Files.createDirectories(dir);
        CorpusGenerator.Result result = CorpusGenerator.generate(spec.kind(), spec.bytes(), spec.seed(), file);
        if (spec.sha256().isPresent() && !spec.sha256().get().equals(result.sha256())) {
            Files.deleteIfExists(file);
            throw new CorpusMismatchException(spec.id(), file.toString(), spec.sha256().get(), result.sha256());
        }
        writeSidecar(spec, file, result.sha256());
        return file;
    }

    /** The cache's state for {@code spec}; {@code rehash} hashes the file even when its record is trusted. */
    CorpusCheck check(CorpusSpec spec, boolean rehash) throws IOException {
        Path file = file(spec);
        Optional<Properties> record = readSidecar(spec);
        if (!Files.exists(file) || record.isEmpty() || !describes(record.get(), spec)) {
            return new CorpusCheck(spec, CorpusStatus.NOT_GENERATED, Optional.empty(), Optional.empty());
        }
        String recorded = record.get().getProperty("sha256", "");
        String expected = spec.sha256().orElse(recorded);
        long size = Files.size(file);
        String actual = !rehash && matchesFile(record.get(), file) ? recorded : Sha256.of(file);
        CorpusStatus status = size == spec.bytes() && actual.equals(expected) && actual.equals(recorded)
                ? CorpusStatus.GENERATED : CorpusStatus.MISMATCH;
        return new CorpusCheck(spec, status, Optional.of(file), Optional.of(actual), size);
    }

    private Optional<String> trustedHash(CorpusSpec spec) throws IOException {
        Path file = file(spec);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Optional<Properties> record = readSidecar(spec);
        if (record.isPresent() && describes(record.get(), spec) && matchesFile(record.get(), file)) {
            return Optional.of(record.get().getProperty("sha256"));
        }
        return Optional.empty();
    }

    private Optional<Properties> readSidecar(CorpusSpec spec) throws IOException {
        Path sidecar = sidecar(spec);
        if (!Files.exists(sidecar)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // malformed: treat as absent, the corpus is generated again
        }
        return Optional.of(p);
    }

    private static boolean describes(Properties p, CorpusSpec spec) {
        return spec.id().equals(p.getProperty("id"))
                && spec.kind().id().equals(p.getProperty("kind"))
                && Long.toString(spec.bytes()).equals(p.getProperty("bytes"))
                && Long.toString(spec.seed()).equals(p.getProperty("seed"))
                && CorpusGenerator.VERSION.equals(p.getProperty("generator"))
                && Sha256.isHex(p.getProperty("sha256"));
    }

    private static boolean matchesFile(Properties p, Path file) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return Long.toString(a.size()).equals(p.getProperty("bytes"))
                && Long.toString(a.lastModifiedTime().to(TimeUnit.NANOSECONDS)).equals(p.getProperty("mtimeNanos"))
                && String.valueOf(a.fileKey()).equals(p.getProperty("fileKey"));
    }

    private void writeSidecar(CorpusSpec spec, Path file, String sha256) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        String record = "# mmapbench generated corpus record: the cache reuses " + file.getFileName()
                + " while these facts hold\n"
                + "id=" + spec.id() + "\n"
                + "kind=" + spec.kind().id() + "\n"
                + "bytes=" + spec.bytes() + "\n"
                + "seed=" + spec.seed() + "\n"
                + "generator=" + CorpusGenerator.VERSION + "\n"
                + "sha256=" + sha256 + "\n"
                + "mtimeNanos=" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "\n"
                + "fileKey=" + a.fileKey() + "\n";
        AtomicOutput.writeFile(sidecar(spec), tmp -> {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write(record);
            }
        });
    }
}
