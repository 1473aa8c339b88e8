package org.mmapbench.corpus;

/** The state of one corpus on this machine, as {@code datasets} lists it. */
public enum CorpusStatus {
    /** A public-domain text was found (cache or mirror) and its SHA-256 matches. */
    OK("ok"),
    /** A public-domain text is neither in the cache nor in the mirror (it may still be downloadable). */
    MISSING("missing"),
    /** A file was found but its SHA-256 (or size) is not the expected one; it is never used. */
    MISMATCH("mismatch"),
    /** A generated corpus is in the cache and matches its recorded SHA-256. */
    GENERATED("generated"),
    /** A generated corpus is not in the cache (or its record is missing or stale): it is made on first use. */
    NOT_GENERATED("not-generated");

    private final String label;

    CorpusStatus(String label) {
        this.label = label;
    }

    /** The status as printed, e.g. {@code not-generated}. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
