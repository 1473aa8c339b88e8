package org.mmapbench.run;

import java.nio.file.Path;

/**
 * Finds the file behind a corpus id, verified and readable.
 *
 * <p>INTEGRATION SEAM: this interface exists only because the {@code corpus} package is built on
 * another branch. {@link #standard(Path)} is the single place to change: the integrator replaces its
 * body with {@code id -> Corpora.load(projectDir).resolve(id)} and deletes
 * {@link SharedGutenbergLocator}.
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
        // INTEGRATION SEAM: replace with Corpora.load(projectDir)::resolve once the corpus branch is merged.
        return new SharedGutenbergLocator(projectDir);
    }
}
