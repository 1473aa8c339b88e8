package org.mmapbench.bench;

import java.io.IOException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Read and find with a kernel hint: {@code madvise} on a {@code mappedSegment} mapping,
 * {@code MappedByteBuffer.load()} on {@code mappedBuffer}, {@code posix_fadvise} on a windowed
 * {@code pread} (the {@code hint} parameter of {@link HintState}), in a warm or cold page cache
 * ({@link CacheState}). Each strategy's control hint changes nothing, so a hint's effect is a ratio
 * measured in the same run.
 *
 * <p>Why a class of its own: a {@code hint} parameter on the workload benchmarks would change the
 * key of every result they publish, and with it every gate baseline.
 *
 * <p>NOTE: read the hints' effect on the page cache from the {@code os.read_bytes} secondary metric
 * where the run has it (bytes read from the device per operation): a cold mapped find reads far more
 * than the page it needs because of read-around ({@code read_ahead_kb} in {@code environment.json}).
 */
public class HintBenchmark extends BenchmarkBase {

    /** Reads the whole file and returns the sum of its unsigned bytes (the read workload). */
    @Benchmark
    public long read(HintState cell, CacheState cache) throws IOException {
        return cell.run();
    }

    /** The offset of the first {@code " the "} (the find workload). */
    @Benchmark
    public long find(HintState cell, CacheState cache) throws IOException {
        return cell.run();
    }
}
