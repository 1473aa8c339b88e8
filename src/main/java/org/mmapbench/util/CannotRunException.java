package org.mmapbench.util;

/**
 * The command cannot run now, through no fault of its input: a lock is held by another process, or a
 * system facility it needs is missing. Reported as one line; the command line exits with its
 * "cannot run" code (4).
 */
public class CannotRunException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its one-line message. */
    public CannotRunException(String message) {
        super(message);
    }

    /** Creates the exception with its one-line message and the low-level cause. */
    public CannotRunException(String message, Throwable cause) {
        super(message, cause);
    }
}
