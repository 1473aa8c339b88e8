package org.mmapbench.corpus;

import org.mmapbench.util.UserInputException;

/** A public-domain corpus found nowhere: not in the cache, not in the mirror, not downloadable. */
public final class CorpusMissingException extends UserInputException {
    private static final long serialVersionUID = 1L;

    /** The one-line message names the corpus, the places tried and how to fix it. */
    public CorpusMissingException(String message, Throwable cause) {
        super(message, cause);
    }
}
