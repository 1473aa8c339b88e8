package org.mmapbench.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.mmapbench.util.PathKind;

/**
 * Finds a verified copy of a public-domain text: in the project's cache ({@code datasets/gutenberg/}),
 * then in the mirror folder, then by downloading it into the cache.
 *
 * <p>Every file's SHA-256 is computed and compared before the file is returned; a mismatch is an error
 * naming the file and both hashes, and the file is never used (the search does not go on past a
 * corrupt copy: it must be fixed, not silently bypassed).
 */
final class PublicDomainResolver {
    private final Path cacheDir;
    private final Path mirror;
    private final Downloader downloader;

    /** {@code mirror} may be null (no mirror). */
    PublicDomainResolver(Path cacheDir, Path mirror, Downloader downloader) {
        this.cacheDir = cacheDir;
        this.mirror = mirror;
        this.downloader = downloader;
    }

    Path resolve(CorpusSpec spec) throws IOException {
        GutenbergText text = spec.text().orElseThrow();
        Path cached = cacheDir.resolve(text.fileName());
        if (Files.exists(cached)) {
            return verified(spec, cached);
        }
        Path mirrored = mirror == null ? null : mirror.resolve(text.fileName());
        if (mirrored != null && Files.exists(mirrored)) {
            return verified(spec, mirrored);
        }
        try {
            downloader.download(spec, text.downloadUrl(), cached);
            return cached;
        } catch (IOException e) {
            String mirrorNote = mirrored == null ? "no mirror configured" : "mirror " + mirrored + " (" + state(mirrored) + ")";
            throw new CorpusMissingException("corpus " + spec.id() + " not found: tried cache " + cached + " (" + state(cached) + "), "
                    + mirrorNote + ", download " + text.downloadUrl() + " (" + describe(e) + "); fix: pass --mirror DIR or set "
                    + Corpora.MIRROR_ENV + " to a folder holding " + text.fileName() + ", or allow network access", e);
        }
    }

    /** What a looked-for copy is: "absent", "unreadable" (no permission), or what else is there instead. */
    static String state(Path p) {
        PathKind kind = PathKind.of(p);
        return switch (kind) {
            case MISSING -> "absent";
            case UNKNOWN -> "unreadable";
            case REGULAR_FILE -> Files.isReadable(p) ? "present" : "unreadable";
            default -> kind.description();
        };
    }

    /** Finds the copy that {@link #resolve} would use, without downloading, and hashes it. */
    CorpusCheck check(CorpusSpec spec) throws IOException {
        GutenbergText text = spec.text().orElseThrow();
        Optional<Path> found = Optional.of(cacheDir.resolve(text.fileName())).filter(Files::exists);
        if (found.isEmpty() && mirror != null) {
            found = Optional.of(mirror.resolve(text.fileName())).filter(Files::exists);
        }
        if (found.isEmpty()) {
            return new CorpusCheck(spec, CorpusStatus.MISSING, Optional.empty(), Optional.empty());
        }
        String actual = Sha256.of(found.get());
        CorpusStatus status = actual.equals(spec.sha256().orElseThrow()) ? CorpusStatus.OK : CorpusStatus.MISMATCH;
        return new CorpusCheck(spec, status, found, Optional.of(actual));
    }

    private static Path verified(CorpusSpec spec, Path file) throws IOException {
        String expected = spec.sha256().orElseThrow();
        String actual = Sha256.of(file);
        if (!actual.equals(expected)) {
            throw new CorpusMismatchException(spec.id(), file.toString(), expected, actual);
        }
        return file;
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m.replaceAll("\\s+", " "));
    }
}
