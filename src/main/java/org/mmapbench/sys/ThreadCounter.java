package org.mmapbench.sys;

/**
 * One of the per-thread counters Linux keeps in {@code /proc/<pid>/task/<tid>/}: read and write
 * system calls and the bytes through them ({@code io}), bytes that really went to or came from
 * storage ({@code io}), page faults ({@code stat}) and voluntary context switches ({@code status}).
 *
 * <p>NOTE: {@code io} exists only on kernels built with task I/O accounting
 * ({@code CONFIG_TASK_IO_ACCOUNTING}); {@code read_bytes} and {@code write_bytes} stay 0 on file
 * systems that do no block I/O (tmpfs, some overlay and network file systems).
 */
public enum ThreadCounter {
    /** {@code syscr}: read-family system calls ({@code read}, {@code pread64}, {@code readv}, ..., {@code sendfile} and {@code copy_file_range} too). */
    SYSCR("syscr", "#/op"),
    /** {@code syscw}: write-family system calls. */
    SYSCW("syscw", "#/op"),
    /** {@code rchar}: bytes returned by the read-family calls, from the page cache or not. */
    RCHAR("rchar", "B/op"),
    /** {@code wchar}: bytes passed to the write-family calls. */
    WCHAR("wchar", "B/op"),
    /** {@code read_bytes}: bytes this thread caused to be read from storage (read-ahead included, page-cache hits excluded). */
    READ_BYTES("read_bytes", "B/op"),
    /** {@code write_bytes}: bytes this thread dirtied in the page cache, counted when they are dirtied, not when written back. */
    WRITE_BYTES("write_bytes", "B/op"),
    /** {@code stat} field 10, {@code minflt}: page faults served without I/O (a cached page mapped in, a page zeroed). */
    MINOR_FAULTS("faults.minor", "#/op"),
    /** {@code stat} field 12, {@code majflt}: page faults that waited for I/O. */
    MAJOR_FAULTS("faults.major", "#/op"),
    /** {@code status} {@code voluntary_ctxt_switches}: times the thread gave up the CPU to wait (for I/O, a lock, a safepoint). */
    VOLUNTARY_SWITCHES("ctxsw.voluntary", "#/op");

    private final String label;
    private final String unit;

    ThreadCounter(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    /** The short name, e.g. {@code syscr} or {@code faults.minor}. */
    public String label() {
        return label;
    }

    /**
     * The counter's position in an array of all counters ({@link ThreadCounters}, the allocation-free
     * readings of {@link ProcThreadCounters#read(long[])}), 0 to {@code values().length - 1}.
     */
    @SuppressWarnings("EnumOrdinal") // the declaration order is the array layout, on purpose and in one place
    public int index() {
        return ordinal();
    }

    /** The unit of the counter per operation: {@code #/op} or {@code B/op}. */
    public String unitPerOp() {
        return unit;
    }
}
