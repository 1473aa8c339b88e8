package org.mmapbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.mmapbench.corpus.ForkCorpora;
import org.mmapbench.sys.ProcessMappings;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports how many mappings a benchmark leaves alive, as two secondary metrics
 * of every benchmark, each the largest value seen at the end of any measurement iteration of the run
 * (JMH aggregates them with {@link AggregationPolicy#MAX}):
 * <ul>
 *   <li>{@value #JDK}: the JVM's live {@code FileChannel.map} mappings ({@code BufferPoolMXBean}
 *       "mapped"): {@code MappedByteBuffer}s waiting for a garbage collection to unmap them pile up here;</li>
 *   <li>{@value #CORPUS}: the entries of {@code /proc/self/maps} that map a file with the corpus's
 *       name (the corpus or a benchmark's private copy of it): what the kernel still has mapped,
 *       whichever API made it.</li>
 * </ul>
 *
 * <p>Why: {@code mappedSegment} unmaps inside every operation, while {@code mappedBuffer} leaves the
 * unmap to a later garbage collection, outside the measured time; these counts show the difference
 * beside each result. A regular strategy should show 0 on both.
 *
 * <p>NOTE: it samples at iteration ends, on the fork's runner thread, so a peak between two ends is
 * not seen. Reading {@code /proc/self/maps} takes well under a millisecond and happens outside the
 * measured iterations. {@value #CORPUS} is -1 where {@code /proc/self/maps} cannot be read.
 */
public final class LiveMappings implements InternalProfiler {
    /** The metric of live JDK mappings. */
    public static final String JDK = "mappings.jdk";
    /** The metric of {@code /proc/self/maps} entries of the corpus. */
    public static final String CORPUS = "mappings.corpus";
    /** The unit of both metrics. */
    public static final String UNIT = "mappings";

    private String corpusName;

    @Override
    public String getDescription() {
        return "mmapbench: live mappings at the end of each iteration (BufferPoolMXBean mapped; /proc/self/maps entries of the corpus)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        if (corpusName == null) {
            corpusName = corpusName(benchmarkParams.getParam("corpus"));
        }
    }

    @Override
    public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        return sample(corpusName);
    }

    /** The two metrics now, for a corpus mapped under {@code corpusName} ("" for none: 0 entries). */
    static List<ScalarResult> sample(String corpusName) {
        int corpusEntries = corpusName.isEmpty() ? 0 : ProcessMappings.entriesNamed(corpusName);
        return List.of(new ScalarResult(JDK, (double) MappedPool.count(), UNIT, AggregationPolicy.MAX),
                new ScalarResult(CORPUS, corpusEntries, UNIT, AggregationPolicy.MAX));
    }

    /** The file name the corpus {@code id} is mapped under (its real path's), or "" for a benchmark without a corpus. */
    static String corpusName(String id) {
        if (id == null) {
            return "";
        }
        Path file = ForkCorpora.resolve(id);
        try {
            return file.toRealPath().getFileName().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("corpus '" + id + "': cannot resolve " + file, e);
        }
    }
}
