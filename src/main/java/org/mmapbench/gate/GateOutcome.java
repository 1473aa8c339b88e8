package org.mmapbench.gate;

/**
 * What a gate comparison concluded, as a whole: the command line turns it into an exit code.
 */
public enum GateOutcome {
    /** Every tested row held: no regression beyond the threshold. */
    PASS,
    /** At least one row regressed significantly and beyond the threshold. */
    REGRESSED,
    /** Nothing could be concluded: environments refused, a row inconclusive, or nothing tested. */
    INCONCLUSIVE
}
