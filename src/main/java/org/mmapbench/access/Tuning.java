package org.mmapbench.access;

/**
 * Sizes that shape how strategies and workloads cut a file into pieces. Benchmarks use
 * {@link #DEFAULT}; tests force tiny sizes so that every match straddles some edge.
 *
 * <p>NOTE: every mapping chunk is one entry in the process's memory map, limited by
 * {@code vm.max_map_count} (65,530 by default on Linux): tiny chunks over a large file exhaust it,
 * after which even the JVM's own allocations fail. Keep {@code size / mapChunkSize} in the
 * thousands.
 *
 * @param mapChunkSize the largest {@code MappedByteBuffer} the {@code mappedBuffer} strategy maps
 *                     (at most {@code Integer.MAX_VALUE}); larger files get several buffers
 * @param bufferSize the buffer of streaming reads: {@code BufferedInputStream} size, read chunk,
 *                   and the window of the windowed variants
 * @param regexWindow the largest slice the regex kernel hands to one {@code Matcher}
 */
public record Tuning(long mapChunkSize, int bufferSize, int regexWindow) {

    /** 2 GiB - 1 mapping chunks, 64 KiB reads (the most {@code FileInputStream} reads per native call), 1 GiB regex windows. */
    public static final Tuning DEFAULT = new Tuning(Integer.MAX_VALUE, 64 * 1024, 1 << 30);

    /** These sizes with another {@link #bufferSize()}. */
    public Tuning withBufferSize(int size) {
        return new Tuning(mapChunkSize, size, regexWindow);
    }

    /** Checks the sizes. */
    public Tuning {
        if (mapChunkSize < 1 || mapChunkSize > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("mapChunkSize must be in [1, 2^31-1]: " + mapChunkSize);
        }
        if (bufferSize < 1) {
            throw new IllegalArgumentException("bufferSize must be >= 1: " + bufferSize);
        }
        if (regexWindow < 1) {
            throw new IllegalArgumentException("regexWindow must be >= 1: " + regexWindow);
        }
    }
}
