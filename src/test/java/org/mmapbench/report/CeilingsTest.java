package org.mmapbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.results.JmhJsonReader;

class CeilingsTest {

    static ReportData hintsAndCeilings() {
        return ReportData.of(JmhJsonReader.readAll(List.of(Fixtures.jmh("synthetic/hints-ceilings.json"))), TestCorpusSizes.MANIFEST);
    }

    @Test
    void percentIsThroughputOverCeilingAndUndefinedWithoutPositiveNumbers() {
        assertEquals(50.0, Ceilings.percent(5, 10), 1e-12);
        assertEquals(250.0, Ceilings.percent(2.5, 1), 1e-12, "above the ceiling stays above: the report does not clip");
        assertTrue(Double.isNaN(Ceilings.percent(5, 0)));
        assertTrue(Double.isNaN(Ceilings.percent(5, Double.NaN)));
        assertTrue(Double.isNaN(Ceilings.percent(Double.NaN, 10)));
        assertTrue(Double.isNaN(Ceilings.percent(-1, 10)));
        assertTrue(Double.isNaN(Ceilings.percent(5, Double.POSITIVE_INFINITY)));
    }

    @Test
    void eachThroughputIsComparedWithTheCeilingOfItsCacheStateAndAccess() {
        Map<String, CeilingRow> rows = new TreeMap<>();
        for (CeilingRow c : hintsAndCeilings().ceilings()) {
            rows.put(c.benchmark() + " " + c.params(), c);
        }
        // Fixture ceilings on english-64MiB: memory copy 10 GB/s, warm pread 5 GB/s, cold pread 0.5 GB/s;
        // don-quixote is 2,347,853 bytes, so 939.1412 us/op is 2.5 GB/s.
        CeilingRow regular = rows.get("ReadBenchmark.fair cache=warm;corpus=don-quixote;strategy=readAllBytes");
        assertEquals(Ceilings.Ceiling.PAGE_CACHE, regular.ceiling());
        assertEquals(50, regular.percent(), 2.0);
        assertEquals(100 * regular.gbPerSecond() / regular.ceilingGbPerSecond(), regular.percent(), 1e-9);
        CeilingRow mapped = rows.get("ReadBenchmark.fair cache=warm;corpus=don-quixote;strategy=mappedSegment");
        assertEquals(Ceilings.Ceiling.MEMORY, mapped.ceiling());
        assertEquals(50, mapped.percent(), 2.0);
        CeilingRow cold = rows.get("ReadBenchmark.fair cache=cold;corpus=don-quixote;strategy=mappedSegment");
        assertEquals(Ceilings.Ceiling.COLD_READ, cold.ceiling());
        assertEquals(50, cold.percent(), 2.0);
        CeilingRow mappedHint = rows.get("HintBenchmark.read cache=warm;corpus=don-quixote;hint=madvise-sequential");
        assertEquals(Ceilings.Ceiling.MEMORY, mappedHint.ceiling());
        assertEquals(25, mappedHint.percent(), 1.0);
        assertEquals(Ceilings.Ceiling.PAGE_CACHE, rows.get("HintBenchmark.read cache=warm;corpus=don-quixote;hint=fadvise-sequential").ceiling());
        assertTrue(rows.keySet().stream().noneMatch(k -> k.contains(".find ")), "a find stops at its match: no throughput " + rows.keySet());
        assertTrue(rows.keySet().stream().noneMatch(k -> k.startsWith("CeilingBenchmark")), "a ceiling is not compared with itself");
        assertTrue(rows.keySet().stream().noneMatch(k -> k.startsWith("KernelBenchmark")), "no corpus, no throughput: " + rows.keySet());
    }

    @Test
    void withoutTheCeilingInTheSameRunThereIsNoPercentage() {
        ReportData rich = ReportData.of(Fixtures.rich(), TestCorpusSizes.MANIFEST);
        assertEquals(List.of(), rich.ceilings());
    }
}
