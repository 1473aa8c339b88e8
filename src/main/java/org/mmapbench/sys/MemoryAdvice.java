package org.mmapbench.sys;

/**
 * The advice {@code madvise} gives the kernel about a range of a process's mapped memory (Linux
 * values), the mapping counterpart of {@link FileAdvice}.
 *
 * <p>NOTE: on Linux {@code SEQUENTIAL} and {@code RANDOM} change how much a page fault on a file
 * mapping reads around the faulting page ({@code RANDOM}: only the page; {@code SEQUENTIAL}: more
 * read-ahead, and pages behind the access are freed sooner); {@code WILLNEED} starts reading the
 * range into the page cache at once, without mapping it; {@code HUGEPAGE} asks for transparent huge
 * pages, which for a regular file's page cache depends on the kernel and file system (see
 * {@code transparent_hugepage} in {@code environment.json}).
 */
public enum MemoryAdvice {
    /** {@code MADV_NORMAL}: the default read-around. */
    NORMAL(0),
    /** {@code MADV_RANDOM}: no read-around; each fault reads only its page. */
    RANDOM(1),
    /** {@code MADV_SEQUENTIAL}: aggressive read-ahead; pages behind the access may be freed early. */
    SEQUENTIAL(2),
    /** {@code MADV_WILLNEED}: read the range into the page cache now (asynchronously). */
    WILLNEED(3),
    /** {@code MADV_HUGEPAGE}: back the range with transparent huge pages where the kernel can. */
    HUGEPAGE(14);

    private final int value;

    MemoryAdvice(int value) {
        this.value = value;
    }

    /** The C constant's value. */
    int value() {
        return value;
    }

    /** The C constant's name, e.g. {@code MADV_RANDOM}. */
    public String constant() {
        return "MADV_" + name();
    }
}
