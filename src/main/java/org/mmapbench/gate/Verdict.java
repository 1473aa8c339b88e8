package org.mmapbench.gate;

/** What the gate concluded about one row (benchmark x metric, or mapped-vs-regular pair). */
public enum Verdict {
    /** Significantly worse after Holm correction, and the whole 95% interval lies beyond the threshold. */
    REGRESSED("regressed"),
    /** Significantly better after Holm correction, and the whole 95% interval lies beyond the threshold. */
    IMPROVED("improved"),
    /** Neither: no significant change, or one too small to matter (see the minimum detectable effect). */
    UNCHANGED("unchanged"),
    /** Not testable: too few forks or no raw data on a side, or values with no ratio. */
    INCONCLUSIVE("inconclusive"),
    /** Only in the candidate. */
    NEW("new"),
    /** Only in the baseline. */
    MISSING("missing");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** The lower-case word used in tables, CSV and Markdown. */
    public String label() {
        return label;
    }
}
