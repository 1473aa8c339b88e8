package org.mmapbench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mmapbench.results.BenchMode;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.EnvironmentInfo;
import org.mmapbench.results.ForkSamples;
import org.mmapbench.results.Metric;
import org.mmapbench.results.RunResults;

/**
 * A synthetic run with whole operations and anatomy steps on don-quixote, chosen so that every
 * status of {@link Anatomy.Status} occurs: read is explained for readAllBytes and mappedSegment and
 * over-counted for mappedBuffer; find on mappedSegment is short of 80%; regex lacks a step; seekFind
 * lacks its whole operations; replace is short of 80% (its writing half is not priced).
 */
public final class AnatomyFixtures {
    private AnatomyFixtures() {
    }

    /** A result of {@code cls.method} on don-quixote in µs/op with {@code extra} parameters and a live-mapping metric when >= 0. */
    public static BenchmarkResult result(String cls, String method, double micros, Map<String, String> extra, double liveMappings) {
        Map<String, String> params = new TreeMap<>(extra);
        params.put("corpus", "don-quixote");
        TreeMap<String, Metric> secondary = new TreeMap<>();
        if (liveMappings >= 0) {
            secondary.put(Anatomy.LIVE_MAPPINGS, new Metric(Anatomy.LIVE_MAPPINGS, "mappings", liveMappings, Double.NaN, List.of()));
        }
        return new BenchmarkResult("org.mmapbench.bench." + cls + "." + method, BenchMode.AVERAGE_TIME, new TreeMap<>(params), 3, 1, 2, 8,
                new Metric(Metric.PRIMARY, "us/op", micros, micros / 20, List.of(ForkSamples.of(micros, micros, micros))),
                secondary, EnvironmentInfo.of(Map.of()));
    }

    private static BenchmarkResult step(String cls, String method, double micros) {
        return result(cls, method, micros, Map.of(), -1);
    }

    private static BenchmarkResult whole(String cls, String strategy, double micros, boolean cached, double live) {
        return result(cls, "fair", micros, cached ? Map.of("strategy", strategy, "cache", "warm") : Map.of("strategy", strategy), live);
    }

    /** The run, with {@code source} as its JMH JSON file (a report copies it). */
    public static List<RunResults> runs(Path source) {
        List<BenchmarkResult> r = new ArrayList<>();
        r.add(step("AnatomyChannelBenchmark", "openClose", 5));
        r.add(step("AnatomyMemoryBenchmark", "heapArray", 60));
        r.add(step("AnatomyPreadBenchmark", "preadWholeFile", 150));
        r.add(step("AnatomyMemoryBenchmark", "copyToHeap", 80));
        r.add(step("AnatomyMapBenchmark", "map", 4));
        r.add(step("AnatomyMapBenchmark", "mapBuffer", 6));
        r.add(step("AnatomyMapBenchmark", "firstTouch", 150));
        r.add(step("AnatomyMapBenchmark", "firstTouchOnePage", 3));
        r.add(step("AnatomyUnmapBenchmark", "closeConfined", 30));
        r.add(step("AnatomyUnmapBenchmark", "closeConfinedOnePage", 6));
        r.add(step("AnatomyKernelBenchmark", "readHeap", 90));
        r.add(step("AnatomyKernelBenchmark", "readMapped", 100));
        r.add(step("AnatomyKernelBenchmark", "findHeap", 1));
        r.add(step("AnatomyKernelBenchmark", "findMapped", 1));
        r.add(step("AnatomyKernelBenchmark", "regexMapped", 9000));
        // the same step on another corpus must not be picked
        r.add(new BenchmarkResult("org.mmapbench.bench.AnatomyKernelBenchmark.regexHeap", BenchMode.AVERAGE_TIME,
                new TreeMap<>(Map.of("corpus", "english-4KiB")), 3, 1, 2, 8,
                new Metric(Metric.PRIMARY, "us/op", 12, 1, List.of()), new TreeMap<>(), EnvironmentInfo.of(Map.of())));
        r.add(whole("ReadBenchmark", "readAllBytes", 400, true, 0));
        r.add(whole("ReadBenchmark", "mappedSegment", 300, true, 0));
        r.add(whole("ReadBenchmark", "mappedBuffer", 200, true, 37));
        // a cold result must not be taken for the warm whole operation
        r.add(result("ReadBenchmark", "fair", 5000, Map.of("strategy", "readAllBytes", "cache", "cold"), 0));
        r.add(whole("FindBenchmark", "readAllBytes", 300, true, 0));
        r.add(whole("FindBenchmark", "mappedSegment", 50, true, 0));
        r.add(whole("FindBenchmark", "mappedBuffer", 20, true, 120));
        r.add(whole("RegexBenchmark", "readAllBytes", 10_000, false, 0));
        r.add(whole("RegexBenchmark", "mappedSegment", 9_200, false, 0));
        r.add(whole("ReplaceBenchmark", "readAllBytes", 20_000, false, 0));
        return List.of(new RunResults("anatomy-run", source, EnvironmentInfo.of(Map.of()), r));
    }

    /** The run, without a file behind it. */
    public static List<RunResults> runs() {
        return runs(Path.of("anatomy-run.json"));
    }
}
