package org.mmapbench.access;

import java.util.List;
import org.mmapbench.sys.FileAdvice;
import org.mmapbench.sys.MemoryAdvice;
import org.mmapbench.util.EnumIds;

/**
 * A kernel hint about how a file will be read, given by one strategy before it reads: {@code madvise}
 * on a {@code mappedSegment} mapping, {@code MappedByteBuffer.load()} on {@code mappedBuffer}, or
 * {@code posix_fadvise} on the descriptor of a windowed {@code pread}. Each id is a value of the
 * {@code hint} parameter of the hint benchmarks and names its strategy by its prefix.
 *
 * <p>Each strategy has one hint that changes nothing ({@link #MADVISE_NORMAL}, {@link #NO_LOAD},
 * {@link #FADVISE_NORMAL}): the control the others are compared with in the same run.
 *
 * <p>NOTE: Linux values and semantics (see {@link MemoryAdvice} and {@link FileAdvice});
 * {@code POSIX_FADV_NOREUSE} does nothing before Linux 6.3.
 */
public enum Hint {
    /** {@code madvise(MADV_NORMAL)} on the mapping: the default read-around; the control. */
    MADVISE_NORMAL("madvise-normal", "mappedSegment", MemoryAdvice.NORMAL, null, false),
    /** {@code madvise(MADV_SEQUENTIAL)}: more read-ahead on faults. */
    MADVISE_SEQUENTIAL("madvise-sequential", "mappedSegment", MemoryAdvice.SEQUENTIAL, null, false),
    /** {@code madvise(MADV_RANDOM)}: a fault reads only its page. */
    MADVISE_RANDOM("madvise-random", "mappedSegment", MemoryAdvice.RANDOM, null, false),
    /** {@code madvise(MADV_WILLNEED)}: the whole file is read into the page cache at once. */
    MADVISE_WILLNEED("madvise-willneed", "mappedSegment", MemoryAdvice.WILLNEED, null, false),
    /** {@code madvise(MADV_HUGEPAGE)}: transparent huge pages where the kernel can back a file with them. */
    MADVISE_HUGEPAGE("madvise-hugepage", "mappedSegment", MemoryAdvice.HUGEPAGE, null, false),
    /** {@code mappedBuffer} as it is: no hint; the control of {@link #LOAD}. */
    NO_LOAD("no-load", "mappedBuffer", null, null, false),
    /** {@code MappedByteBuffer.load()} right after mapping: {@code MADV_WILLNEED}, then one read per page. */
    LOAD("load", "mappedBuffer", null, null, true),
    /** {@code posix_fadvise(POSIX_FADV_NORMAL)} on each descriptor: the default read-ahead; the control. */
    FADVISE_NORMAL("fadvise-normal", "pread", null, FileAdvice.NORMAL, false),
    /** {@code posix_fadvise(POSIX_FADV_SEQUENTIAL)}: twice the read-ahead window. */
    FADVISE_SEQUENTIAL("fadvise-sequential", "pread", null, FileAdvice.SEQUENTIAL, false),
    /** {@code posix_fadvise(POSIX_FADV_RANDOM)}: no read-ahead. */
    FADVISE_RANDOM("fadvise-random", "pread", null, FileAdvice.RANDOM, false),
    /** {@code posix_fadvise(POSIX_FADV_NOREUSE)}: the data is read once. */
    FADVISE_NOREUSE("fadvise-noreuse", "pread", null, FileAdvice.NOREUSE, false);

    private final String id;
    private final String strategyId;
    private final MemoryAdvice memoryAdvice;
    private final FileAdvice fileAdvice;
    private final boolean load;

    Hint(String id, String strategyId, MemoryAdvice memoryAdvice, FileAdvice fileAdvice, boolean load) {
        this.id = id;
        this.strategyId = strategyId;
        this.memoryAdvice = memoryAdvice;
        this.fileAdvice = fileAdvice;
        this.load = load;
    }

    /** The parameter value, e.g. {@code madvise-random}. */
    public String id() {
        return id;
    }

    /** The id of the strategy that gives the hint: {@code mappedSegment}, {@code mappedBuffer} or {@code pread}. */
    public String strategyId() {
        return strategyId;
    }

    /** Whether the strategy streams through a window ({@code pread}, the windowed variant) rather than viewing the whole file. */
    public boolean streaming() {
        return fileAdvice != null;
    }

    /** Whether this is its strategy's control, which changes nothing. */
    public boolean control() {
        return this == MADVISE_NORMAL || this == NO_LOAD || this == FADVISE_NORMAL;
    }

    /** The call that gives the hint, e.g. {@code madvise(MADV_RANDOM)}, or {@code none}. */
    public String call() {
        if (memoryAdvice != null) {
            return "madvise(" + memoryAdvice.constant() + ")";
        }
        if (fileAdvice != null) {
            return "posix_fadvise(" + fileAdvice.constant() + ")";
        }
        return load ? "MappedByteBuffer.load()" : "none";
    }

    /** The strategy that gives this hint and presents the whole file (the mapped hints). */
    public ByteStrategy byteStrategy() {
        if (memoryAdvice != null) {
            return new AdvisedSegmentStrategy(memoryAdvice);
        }
        if (streaming()) {
            return streamingStrategy();
        }
        return new MappedBufferStrategy(Tuning.DEFAULT, load);
    }

    /**
     * The windowed strategy that gives this hint.
     *
     * @throws IllegalStateException for a mapped hint, which has no windowed strategy
     */
    public StreamingStrategy streamingStrategy() {
        if (!streaming()) {
            throw new IllegalStateException(id + " is a hint on a mapping, not on a windowed read");
        }
        return new PreadStrategy(fileAdvice);
    }

    /** Every parameter value, in declaration order. */
    public static List<String> ids() {
        return EnumIds.ids(Hint.class, Hint::id);
    }

    /**
     * The hint with parameter value {@code id}.
     *
     * @throws IllegalArgumentException naming the id and the known ones
     */
    public static Hint byId(String id) {
        return EnumIds.byId(Hint.class, Hint::id, id, "hint");
    }
}
