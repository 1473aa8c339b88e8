package org.mmapbench.run;

/** A run that cannot publish results: a failed cross-check or a benchmark that threw. Exit code 1. */
public final class RunFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its one-line message. */
    public RunFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
