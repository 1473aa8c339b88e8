package org.mmapbench.corpus;

import java.nio.file.Path;

/**
 * Finds the file behind a corpus id, verified and readable.
 *
 * <p>Commands use {@link #standard(Path)}, which resolves through {@link Corpora} (cache, mirror,
 * download, or generation, always SHA-256 checked); tests may pass their own.
 */
@FunctionalInterface
public interface CorpusLocator {

    /**
     * The file holding corpus {@code id}.
     *
     * @throws org.mmapbench.util.UserInputException naming the id when it is unknown or cannot be resolved
     */
    Path resolve(String id);

    /** The locator every command and benchmark uses for a project folder. */
    static CorpusLocator standard(Path projectDir) {
        return Corpora.load(projectDir)::resolve;
    }
}
