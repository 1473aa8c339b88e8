package org.mmapbench.access;

/** Argument checks shared by the strategies. */
final class Checks {
    private Checks() {
    }

    /** The number of bytes {@code [from, size)}, checked against a strategy's limit. */
    static long length(String strategy, long size, long from, long max) {
        if (from < 0) {
            throw new IllegalArgumentException("negative offset " + from);
        }
        long len = Math.max(0, size - from);
        if (len > max) {
            throw new IllegalArgumentException(strategy + " cannot hold " + len + " bytes (at most " + max + ")");
        }
        return len;
    }
}
