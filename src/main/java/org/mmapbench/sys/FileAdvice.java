package org.mmapbench.sys;

/**
 * The advice {@code posix_fadvise} gives the kernel about a file's cached pages (Linux values).
 *
 * <p>NOTE: on Linux {@code SEQUENTIAL} doubles the file's read-ahead window and {@code RANDOM}
 * disables read-ahead; {@code DONTNEED} drops clean cached pages without root, but neither dirty
 * pages (sync first) nor pages some process still has mapped.
 */
public enum FileAdvice {
    /** {@code POSIX_FADV_NORMAL}: the default read-ahead. */
    NORMAL(0),
    /** {@code POSIX_FADV_RANDOM}: no read-ahead. */
    RANDOM(1),
    /** {@code POSIX_FADV_SEQUENTIAL}: twice the default read-ahead. */
    SEQUENTIAL(2),
    /** {@code POSIX_FADV_WILLNEED}: start reading the range into the page cache now. */
    WILLNEED(3),
    /** {@code POSIX_FADV_DONTNEED}: drop the range's clean cached pages. */
    DONTNEED(4),
    /** {@code POSIX_FADV_NOREUSE}: accessed once (a no-op on most kernels). */
    NOREUSE(5);

    private final int value;

    FileAdvice(int value) {
        this.value = value;
    }

    /** The C constant's value. */
    int value() {
        return value;
    }

    /** The C constant's name, e.g. {@code POSIX_FADV_DONTNEED}. */
    public String constant() {
        return "POSIX_FADV_" + name();
    }
}
