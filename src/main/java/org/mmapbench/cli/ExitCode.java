package org.mmapbench.cli;

/**
 * The process exit codes every mmapbench command uses.
 *
 * <p>They are a contract with CI jobs and scripts: 0 success, 1 a failed check or a confirmed
 * regression, 2 an inconclusive result or environments that cannot be compared, 3 a usage or
 * input error.
 */
public final class ExitCode {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** A correctness check failed or a regression was confirmed. */
    public static final int FAILED = 1;
    /** The result is inconclusive, or the inputs come from environments that cannot be compared. */
    public static final int INCONCLUSIVE = 2;
    /** Bad usage or bad input: an unknown option, an unreadable or malformed file, a bad size. */
    public static final int USAGE = 3;

    private ExitCode() {
    }
}
