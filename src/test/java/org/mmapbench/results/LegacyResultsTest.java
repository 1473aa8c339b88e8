package org.mmapbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Results stored before the durability parameter read under today's keys: the synthetic write run
 * ({@code jmh/writes/}) once as mmapbench names it today and once as it named it before.
 */
class LegacyResultsTest {

    /** The run as named before the durability parameter (methods unsynced and synced). */
    static RunResults before() {
        return JmhJsonReader.read(JmhJsonReaderTest.fixture("writes/writes-before-durability-param.json"));
    }

    /** The same run as named today (method durability, parameter durability). */
    static RunResults today() {
        return JmhJsonReader.read(JmhJsonReaderTest.fixture("writes/writes-don-quixote.json"));
    }

    @Test
    void anOldRunReadsAsTheSameResultsUnderTodaysKeys() {
        List<BenchmarkResult> old = before().results();
        List<BenchmarkResult> now = today().results();
        assertEquals(now.stream().map(BenchmarkResult::key).toList(), old.stream().map(BenchmarkResult::key).toList());
        for (int i = 0; i < now.size(); i++) {
            assertEquals(now.get(i).primary().score(), old.get(i).primary().score(), now.get(i).key());
            assertEquals(now.get(i).secondary().keySet(), old.get(i).secondary().keySet(), now.get(i).key());
        }
        assertEquals(27, now.size());
    }

    @Test
    void unsyncedIsDurabilityNoneAndSyncedIsDurabilitySynced() {
        LegacyResults.Current unsynced = LegacyResults.current("org.mmapbench.bench.PatchBenchmark.unsynced",
                Map.of("corpus", "don-quixote", "strategy", "tempMove"));
        assertEquals("org.mmapbench.bench.PatchBenchmark.durability", unsynced.benchmark());
        assertEquals(Map.of("corpus", "don-quixote", "durability", "none", "strategy", "tempMove"), unsynced.params());
        LegacyResults.Current synced = LegacyResults.current("org.mmapbench.bench.ReplaceBenchmark.synced",
                Map.of("strategy", "mappedSegment"));
        assertEquals("org.mmapbench.bench.ReplaceBenchmark.durability", synced.benchmark());
        assertEquals(Map.of("durability", "synced", "strategy", "mappedSegment"), synced.params());
    }

    @Test
    void everyOtherResultKeepsItsNameAndParameters() {
        Map<String, String> params = Map.of("corpus", "don-quixote", "strategy", "readAllBytes");
        for (String name : List.of("org.mmapbench.bench.ReplaceBenchmark.fair", "org.mmapbench.bench.PatchBenchmark.fair",
                "org.mmapbench.bench.PatchBenchmark.copyOnWrite", "org.mmapbench.bench.FindBenchmark.fair",
                "org.mmapbench.bench.FindBenchmark.synced", "com.example.OtherBenchmark.unsynced", "unsynced")) {
            LegacyResults.Current c = LegacyResults.current(name, params);
            assertEquals(name, c.benchmark());
            assertEquals(params, c.params());
        }
        Map<String, String> already = Map.of("durability", "none", "strategy", "tempMove");
        assertEquals("org.mmapbench.bench.PatchBenchmark.synced",
                LegacyResults.current("org.mmapbench.bench.PatchBenchmark.synced", already).benchmark());
    }
}
