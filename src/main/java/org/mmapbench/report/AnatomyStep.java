package org.mmapbench.report;

/**
 * One step of a whole operation that a cost-anatomy benchmark prices on its own (package
 * {@code org.mmapbench.bench}, classes {@code Anatomy*Benchmark}); see {@link Anatomy} for which
 * steps make up which side of which comparison.
 */
public enum AnatomyStep {
    /** {@code FileChannel.open}, {@code size()} ({@code fstat}) and {@code close()}. */
    OPEN_CLOSE("open + size + close", "AnatomyChannelBenchmark", "openClose"),
    /** {@code new byte[size]}: allocation and zeroing of a whole-file heap array. */
    HEAP_ARRAY("allocate + zero heap array", "AnatomyMemoryBenchmark", "heapArray"),
    /** One {@code pread} of the whole warm file into native memory: the kernel's page-cache copy. */
    KERNEL_COPY("kernel copy (one pread of the file)", "AnatomyPreadBenchmark", "preadWholeFile"),
    /** {@code MemorySegment.copy} of the whole file from native memory into a heap array. */
    COPY_TO_HEAP("copy native -> heap", "AnatomyMemoryBenchmark", "copyToHeap"),
    /** {@code Arena.ofConfined()} + {@code FileChannel.map(..., arena)}, no byte touched. */
    MAP("map (confined arena)", "AnatomyMapBenchmark", "map"),
    /** {@code FileChannel.map} to a {@code MappedByteBuffer}, no byte touched. */
    MAP_BUFFER("map (MappedByteBuffer)", "AnatomyMapBenchmark", "mapBuffer"),
    /** One byte read per page of a fresh mapping: every minor fault of a whole-file scan. */
    FIRST_TOUCH("first touch, every page", "AnatomyMapBenchmark", "firstTouch"),
    /** The first byte of a fresh mapping: one fault (with its fault-around). */
    FIRST_TOUCH_ONE_PAGE("first touch, first page", "AnatomyMapBenchmark", "firstTouchOnePage"),
    /** Closing the confined arena of a mapping whose every page was touched. */
    UNMAP_CONFINED("unmap (confined close, all pages touched)", "AnatomyUnmapBenchmark", "closeConfined"),
    /** Closing the confined arena of a mapping whose first page was touched. */
    UNMAP_CONFINED_ONE_PAGE("unmap (confined close, first page touched)", "AnatomyUnmapBenchmark", "closeConfinedOnePage"),
    /** The read kernel (checksum) over a heap array. */
    READ_HEAP("kernel: checksum over heap", "AnatomyKernelBenchmark", "readHeap"),
    /** The read kernel over a mapping made and touched once per trial (steady-state scan). */
    READ_MAPPED("kernel: checksum over a warm mapping", "AnatomyKernelBenchmark", "readMapped"),
    /** The find kernel over a heap array. */
    FIND_HEAP("kernel: find over heap", "AnatomyKernelBenchmark", "findHeap"),
    /** The find kernel over a warm mapping. */
    FIND_MAPPED("kernel: find over a warm mapping", "AnatomyKernelBenchmark", "findMapped"),
    /** The seekFind kernel over a heap array. */
    SEEK_FIND_HEAP("kernel: seekFind over heap", "AnatomyKernelBenchmark", "seekFindHeap"),
    /** The seekFind kernel over a warm mapping. */
    SEEK_FIND_MAPPED("kernel: seekFind over a warm mapping", "AnatomyKernelBenchmark", "seekFindMapped"),
    /** The regex kernel over a heap array. */
    REGEX_HEAP("kernel: regex over heap", "AnatomyKernelBenchmark", "regexHeap"),
    /** The regex kernel over a warm mapping. */
    REGEX_MAPPED("kernel: regex over a warm mapping", "AnatomyKernelBenchmark", "regexMapped");

    /** The package of the anatomy benchmarks. */
    public static final String PACKAGE = "org.mmapbench.bench";

    private final String label;
    private final String benchmarkClass;
    private final String method;

    AnatomyStep(String label, String benchmarkClass, String method) {
        this.label = label;
        this.benchmarkClass = benchmarkClass;
        this.method = method;
    }

    /** The step's label in tables and charts. */
    public String label() {
        return label;
    }

    /** The simple name of the benchmark class that prices it, e.g. {@code AnatomyMapBenchmark}. */
    public String benchmarkClass() {
        return benchmarkClass;
    }

    /** The JMH benchmark name that prices it, e.g. {@code org.mmapbench.bench.AnatomyMapBenchmark.map}. */
    public String benchmark() {
        return PACKAGE + "." + benchmarkClass + "." + method;
    }

    /** The short benchmark name, e.g. {@code AnatomyMapBenchmark.map}. */
    public String shortName() {
        return benchmarkClass + "." + method;
    }
}
