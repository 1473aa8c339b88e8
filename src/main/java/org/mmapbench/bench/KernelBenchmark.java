package org.mmapbench.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;
import org.mmapbench.workload.kernel.ByteSearch;
import org.mmapbench.workload.kernel.Checksum;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast the shared kernels are, with no I/O at all: counting {@code " the "} and summing bytes
 * over a warm 256 MiB English-like corpus held in memory, next to {@code String.indexOf} on a
 * Latin-1 {@code String} (a JIT intrinsic, the search to beat).
 *
 * <p>Why it matters: the fair variants run this kernel over heap and mapped segments; if the kernel
 * were slow, it would hide the I/O difference the other benchmarks measure. Divide 268,435,456
 * bytes by the score to get bytes per microsecond (= MB/s; /1000 for GB/s).
 *
 * <p>Run: {@code java -jar target/mmapbench.jar jmh KernelBenchmark -f 1 -wi 3 -i 5}. The heap is
 * fixed per fork ({@code -Xms} = {@code -Xmx}) and holds the array, the {@code String} (compact,
 * one byte per char) and nothing else; the native copy lives outside the heap. One fork and
 * two-second iterations by default, unlike {@link BenchmarkBase}: there is no I/O to vary between
 * forks, and a 256 MiB pass takes a large part of a millisecond.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {ForkJvm.XMS, ForkJvm.XMX, ForkJvm.PRE_TOUCH, ForkJvm.HEAP_HUGE_PAGES, ForkJvm.NATIVE_ACCESS, ForkJvm.UNSAFE_ACCESS})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class KernelBenchmark extends BenchmarkBase {

    /** The corpus size: 256 MiB. */
    static final int SIZE = 256 << 20;

    private byte[] bytes;
    private MemorySegment heap;
    private MemorySegment offHeap;
    private Arena arena;
    private String text;
    private long expected;

    /** Builds the corpus, its heap segment, a native copy and the Latin-1 {@code String}. */
    @Setup(Level.Trial)
    public void setup() {
        bytes = EnglishLikeText.generate(SIZE, 42);
        heap = MemorySegment.ofArray(bytes);
        arena = Arena.ofShared();
        offHeap = arena.allocate(SIZE, 4096);
        MemorySegment.copy(heap, 0, offHeap, 0, SIZE);
        text = new String(bytes, StandardCharsets.ISO_8859_1);
        // Checked with String.indexOf only: calling the kernel here with both heap and native
        // segments would pollute its type profile in every fork (see DESIGN.md pitfalls).
        expected = indexOfCount();
        if (expected == 0) {
            throw new IllegalStateException("the generated corpus has no \" the \"");
        }
    }

    /** Frees the native copy. */
    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    /** The SWAR kernel counting " the " over {@code MemorySegment.ofArray(bytes)}, as the fair variants run it on heap reads. */
    @Benchmark
    public long countHeapSegment() {
        return check(ByteSearch.THE.count(heap, 0, SIZE));
    }

    /** The same SWAR loop over the plain {@code byte[]} (byte-array view {@code VarHandle}): what the segment abstraction costs. */
    @Benchmark
    public long countByteArray() {
        return check(ByteSearch.THE.count(bytes, 0, SIZE));
    }

    /** The same kernel over a native copy of the same bytes (a mapped segment is native memory too). */
    @Benchmark
    public long countNativeSegment() {
        return check(ByteSearch.THE.count(offHeap, 0, SIZE));
    }

    /** {@code String.indexOf(" the ", i + 1)} in a loop over the Latin-1 {@code String}: the JDK intrinsic. */
    @Benchmark
    public long countStringIndexOf() {
        return indexOfCount();
    }

    /** The read workload's checksum (sum of unsigned bytes) over the heap segment. */
    @Benchmark
    public long checksumHeapSegment() {
        return Checksum.sum(heap, 0, SIZE);
    }

    private long check(long count) {
        if (count != expected) {
            throw new IllegalStateException("kernel counted " + count + ", String.indexOf " + expected);
        }
        return count;
    }

    private long indexOfCount() {
        long n = 0;
        int i = text.indexOf(" the ");
        while (i >= 0) {
            n++;
            i = text.indexOf(" the ", i + 1);
        }
        return n;
    }
}
