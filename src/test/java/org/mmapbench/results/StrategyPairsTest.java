package org.mmapbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StrategyPairsTest {

    private static BenchmarkResult bench(String name, String strategy, String corpus) {
        Metric m = new Metric(Metric.PRIMARY, "us/op", 1.0, 0.1, List.of(ForkSamples.of(1.0)));
        return new BenchmarkResult(name, BenchMode.AVERAGE_TIME, new TreeMap<>(Map.of("strategy", strategy, "corpus", corpus)),
                1, 1, 1, 1, m, new TreeMap<>(), EnvironmentInfo.of(Map.of()));
    }

    @Test
    void pairsEachMappedStrategyWithThePreferredRegularReference() {
        String fair = "org.mmapbench.bench.FindBenchmark.fair";
        List<BenchmarkResult> rs = List.of(
                bench(fair, "channelHeap", "don-quixote"),
                bench(fair, "readAllBytes", "don-quixote"),
                bench(fair, "mappedSegment", "don-quixote"),
                bench(fair, "mappedBuffer", "don-quixote"),
                bench(fair, "mappedSegment", "english-1MiB"),
                bench("org.mmapbench.bench.SeekFindBenchmark.windowed", "channelHeap", "don-quixote"));
        List<StrategyPairs.Pair> pairs = StrategyPairs.pair(rs);
        assertEquals(2, pairs.size(), "english-1MiB has no regular side, windowed no mapped side");
        assertEquals("readAllBytes", pairs.get(0).regular().param("strategy"));
        assertEquals("mappedSegment", pairs.get(0).mapped().param("strategy"));
        assertEquals("mappedBuffer", pairs.get(1).mapped().param("strategy"));
        assertEquals("find", pairs.get(0).workload());
        assertEquals("fair", pairs.get(0).variant());
    }

    @Test
    void workloadNameComesFromTheClass() {
        assertEquals("seekFind", bench("org.mmapbench.bench.SeekFindBenchmark.fair", "x", "y").workload());
    }

    @Test
    void speedupIsAboveOneWhenMappedIsFaster() {
        assertEquals(4.0, StrategyPairs.speedup(BenchMode.AVERAGE_TIME, 8.0, 2.0));
        assertEquals(4.0, StrategyPairs.speedup(BenchMode.THROUGHPUT, 2.0, 8.0));
    }
}
