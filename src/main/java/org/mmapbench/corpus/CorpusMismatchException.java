package org.mmapbench.corpus;

import org.mmapbench.util.UserInputException;

/** A corpus file whose SHA-256 is not the expected one; the file is not used. */
public final class CorpusMismatchException extends UserInputException {
    private static final long serialVersionUID = 1L;

    /** Names the corpus, the file (or URL) and both hashes. */
    public CorpusMismatchException(String id, String file, String expected, String actual) {
        super(message(id, file, expected, actual));
    }

    static String message(String id, String file, String expected, String actual) {
        return file + ": SHA-256 mismatch for corpus " + id + ": expected " + expected + ", found " + actual
                + "; the file is not used (delete or replace it)";
    }
}
