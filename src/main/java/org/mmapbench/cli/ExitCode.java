package org.mmapbench.cli;

import org.mmapbench.gate.GateOutcome;

/**
 * The process exit codes every mmapbench command uses, and the only place outcomes become codes.
 *
 * <p>They are a contract with CI jobs and scripts (see {@link #TABLE}, printed by {@code --help} and
 * documented in docs/safety.md). No package other than {@code cli} refers to them: the gate returns a
 * {@link GateOutcome}, failures are exceptions, and {@link Main} maps both here.
 */
public final class ExitCode {
    /** The command did what was asked. */
    public static final int OK = 0;
    /** A correctness check failed or a regression was confirmed. */
    public static final int FAILED = 1;
    /** The result is inconclusive, or the inputs come from environments that cannot be compared. */
    public static final int INCONCLUSIVE = 2;
    /**
     * Bad usage or bad input: an unknown option, an unreadable or malformed file, a bad size, a file
     * that changed while mapped, an output location that cannot be used.
     */
    public static final int USAGE = 3;
    /** Cannot run now: a lock is held, or a required system facility is missing. */
    public static final int CANNOT_RUN = 4;
    /** An internal error, i.e. a bug: one line on stderr plus the path of a log file holding the trace. */
    public static final int INTERNAL = 5;

    /** The table as picocli {@code exitCodeList} entries, shared by every command's {@code --help}. */
    static final String[] TABLE = {
        "0:success",
        "1:a correctness check failed or a regression was confirmed",
        "2:inconclusive, or environments that cannot be compared",
        "3:usage or input error (includes a file that changed while mapped and an output location that cannot be used)",
        "4:cannot run now: a lock is held or a required system facility is missing",
        "5:internal error (a bug): one line plus the path of a log file with the trace"
    };

    private ExitCode() {
    }

    /** The exit code of a gate outcome. */
    public static int of(GateOutcome outcome) {
        return switch (outcome) {
            case PASS -> OK;
            case REGRESSED -> FAILED;
            case INCONCLUSIVE -> INCONCLUSIVE;
        };
    }
}
