package org.mmapbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.results.BenchMode;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.EnvironmentInfo;
import org.mmapbench.results.ForkSamples;
import org.mmapbench.results.Metric;
import org.mmapbench.results.RunResults;

/** Headline sentences state the measured OS counters of each side, and nothing when they are absent. */
class CounterFactsTest {

    private static BenchmarkResult read(String method, String strategy, double micros, Map<String, Double> counters) {
        TreeMap<String, String> params = new TreeMap<>(Map.of("cache", "warm", "corpus", "don-quixote", "strategy", strategy));
        if (method.equals("windowed")) {
            params.put("bufferSize", "65536");
        }
        TreeMap<String, Metric> secondary = new TreeMap<>();
        counters.forEach((k, v) -> secondary.put(k, new Metric(k, k.endsWith("char") || k.endsWith("bytes") ? "B/op" : "#/op", v, 0,
                List.of(ForkSamples.of(v, v), ForkSamples.of(v, v), ForkSamples.of(v, v)))));
        List<ForkSamples> forks = List.of(ForkSamples.of(micros, micros * 1.01), ForkSamples.of(micros * 0.99, micros),
                ForkSamples.of(micros * 1.02, micros));
        return new BenchmarkResult("org.mmapbench.bench.ReadBenchmark." + method, BenchMode.AVERAGE_TIME, params, 3, 1, 2, 2,
                new Metric(Metric.PRIMARY, "us/op", micros, Double.NaN, forks), secondary, EnvironmentInfo.of(Map.of()));
    }

    private static Map<String, Double> counters(double syscr, double rchar, double minor) {
        return Map.of("os.syscr", syscr, "os.syscw", 0.0, "os.rchar", rchar, "os.wchar", 0.0, "os.read_bytes", 0.0,
                "os.write_bytes", 0.0, "os.faults.minor", minor, "os.faults.major", 0.0, "os.ctxsw.voluntary", 0.004);
    }

    private static String readHeadline(List<BenchmarkResult> results) {
        RunResults run = new RunResults("r", Path.of("r.json"), EnvironmentInfo.of(Map.of()), results);
        List<String> headlines = ReportData.of(List.of(run), TestCorpusSizes.MANIFEST).headlines();
        return headlines.stream().filter(h -> h.contains("mapped read")).findFirst().orElseThrow(() -> new AssertionError(headlines));
    }

    @Test
    void theReadHeadlineStatesEachSidesCountersAsMeasured() {
        String h = readHeadline(List.of(
                read("fair", "readAllBytes", 900, counters(2, 2_347_853, 0.01)),
                read("fair", "mappedSegment", 400, counters(0, 0, 574.3)),
                read("windowed", "pread", 500, counters(36.9, 2_347_853, 0.02))));
        assertTrue(h.endsWith("; per operation, readAllBytes made 2 read calls (2.35 MB) and 0.01 minor faults, mappedSegment 0 read calls (0 B)"
                + " and 574 minor faults, and the contender (windowed pread, 64 KiB) 36.9 read calls (2.35 MB) and 0.02 minor faults."), h);
        assertFalse(h.contains("likely"), h);
    }

    @Test
    void countersThatAreNotZeroSomewhereJoinTheSentenceOnEverySide() {
        Map<String, Double> cold = new TreeMap<>(counters(2, 2_347_853, 3));
        cold.put("os.read_bytes", 2_351_104.0);
        cold.put("os.faults.major", 0.0);
        Map<String, Double> coldMapped = new TreeMap<>(counters(0, 0, 40));
        coldMapped.put("os.read_bytes", 2_351_104.0);
        coldMapped.put("os.faults.major", 37.0);
        String clause = CounterFacts.describe(List.of(new CounterFacts.Side("readAllBytes", cold),
                new CounterFacts.Side("mappedSegment", coldMapped)));
        assertEquals("per operation, readAllBytes made 2 read calls (2.35 MB), 2.35 MB read from storage, 3 minor faults and 0 major faults,"
                + " and mappedSegment 0 read calls (0 B), 2.35 MB read from storage, 40 minor faults and 37 major faults", clause);
    }

    @Test
    void withoutCountersOnBothSidesTheSentenceSaysNothingAboutMechanisms() {
        String h = readHeadline(List.of(
                read("fair", "readAllBytes", 900, Map.of()),
                read("fair", "mappedSegment", 400, counters(0, 0, 574)),
                read("windowed", "pread", 500, counters(36.9, 2_347_853, 0.02))));
        assertFalse(h.contains("per operation") || h.contains("because"), h);
        assertTrue(h.endsWith(")."), h);
    }

    @Test
    void numbersAndBytesForPeople() {
        assertEquals("0", CounterFacts.number(0));
        assertEquals("1", CounterFacts.number(1.0));
        assertEquals("574", CounterFacts.number(574.3));
        assertEquals("12345", CounterFacts.number(12_345.4));
        assertEquals("1 read call", CounterFacts.plural(1, "read call"));
        assertEquals("2 voluntary context switches", CounterFacts.plural(2, "voluntary context switch"));
        assertEquals("512 B", CounterFacts.bytes(512));
        assertEquals("0 B", CounterFacts.bytes(0.189), "a fraction of a byte per operation is the readings' jitter");
        assertEquals("65.5 kB", CounterFacts.bytes(65_536));
        assertEquals("2.35 MB", CounterFacts.bytes(2_347_853));
    }
}
