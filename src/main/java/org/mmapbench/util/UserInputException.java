package org.mmapbench.util;

/**
 * A problem with what the user gave us (an argument, a file, a manifest row), reported as one line.
 *
 * <p>The message must name the file or argument and say what is wrong; the command line prints it
 * as {@code mmapbench: <message>} on stderr and exits with its usage-or-input code (3).
 */
public class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its one-line message. */
    public UserInputException(String message) {
        super(message);
    }

    /** Creates the exception with its one-line message and the low-level cause. */
    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
