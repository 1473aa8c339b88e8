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
 */
public record CorpusCheck(CorpusSpec spec, CorpusStatus status, Optional<Path> file, Optional<String> sha256) {

    /** A one-line explanation of a mismatch naming the file and both hashes, or empty. */
    public Optional<String> problem() {
        if (status != CorpusStatus.MISMATCH) {
            return Optional.empty();
        }
        return Optional.of(CorpusMismatchException.message(spec.id(), file.map(Path::toString).orElse("?"),
                spec.sha256().orElse("(the SHA-256 recorded when it was generated)"), sha256.orElse("?")));
    }
}
