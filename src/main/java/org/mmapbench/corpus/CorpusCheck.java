package org.mmapbench.corpus;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@link Corpora#check} found for one corpus.
 *
 * @param spec the corpus
 * @param status its state
 * @param file the file found, if any
 * @param sha256 the file's SHA-256 (hashed now, or as recorded when the cache record was trusted)
 * @param size the file's real size in bytes, or -1 when there is no file
 */
public record CorpusCheck(CorpusSpec spec, CorpusStatus status, Optional<Path> file, Optional<String> sha256, long size) {

    /** A check without a known file size (-1). */
    public CorpusCheck(CorpusSpec spec, CorpusStatus status, Optional<Path> file, Optional<String> sha256) {
        this(spec, status, file, sha256, -1);
    }

    /** A one-line explanation of a mismatch naming the file and both hashes, or empty. */
    public Optional<String> problem() {
        if (status != CorpusStatus.MISMATCH) {
            return Optional.empty();
        }
        if (size >= 0 && size != spec.bytes()) {
            return Optional.of(file.map(Path::toString).orElse("?") + ": corpus " + spec.id() + " should have " + spec.bytes()
                    + " bytes but the file has " + size + " (delete it to generate it again)");
        }
        return Optional.of(CorpusMismatchException.message(spec.id(), file.map(Path::toString).orElse("?"),
                spec.sha256().orElse("(the SHA-256 recorded when it was generated)"), sha256.orElse("?")));
    }
}
