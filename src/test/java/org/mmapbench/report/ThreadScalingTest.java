package org.mmapbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mmapbench.TestCorpusSizes;

/** The thread-scaling table on a fixture whose scaling is known: 2x, 1x and 1.6x with two threads. */
class ThreadScalingTest {
    private static final ReportData DATA = ReportData.of(Fixtures.threads(), TestCorpusSizes.MANIFEST);

    private static ThreadScaling.Row row(String method, String strategy, int threads) {
        return DATA.threadScaling().stream().filter(r -> r.method().equals(method) && r.strategy().equals(strategy) && r.threads() == threads)
                .findFirst().orElseThrow();
    }

    @Test
    void throughputIsOfAllThreadsTogetherAndScalingIsAgainstOneThread() {
        assertEquals(8, DATA.threadScaling().size());
        ThreadScaling.Row one = row("scan", "sharedMapping", 1);
        assertEquals(1.0, one.scaling(), 1e-12);
        // 256 MiB in about 100 ms by one thread: about 2.7 GB/s; two threads each as fast: about 5.4 GB/s.
        assertEquals(268_435_456 / 0.1 / 1e9, one.gbPerSecond(), 0.1);
        ThreadScaling.Row two = row("scan", "sharedMapping", 2);
        assertEquals(2.0, two.scaling(), 0.1);
        assertEquals(2 * one.gbPerSecond() * one.microsPerOp() / two.microsPerOp(), two.gbPerSecond(), 1e-9);
        assertTrue(two.ci().contains(two.scaling()), two.toString());
        assertEquals(1.0, row("scan", "sharedChannel", 2).scaling(), 0.1);
        ThreadScaling.Row random = row("random16k", "sharedMapping", 2);
        assertEquals(1.6, random.scaling(), 0.1);
        // 16 KiB per operation, not the corpus.
        assertEquals(2 * 16384 / (random.microsPerOp() / 1e6) / 1e9, random.gbPerSecond(), 1e-9);
        assertEquals(5, random.forks());
    }

    @Test
    void theSummaryAndTheOtherTablesKeepThreadCountsApart() throws IOException {
        StringWriter w = new StringWriter();
        SummaryMarkdown.write(DATA, w);
        assertTrue(w.toString().contains("## Thread scaling"), w.toString());
        assertTrue(w.toString().contains("| scan | english-256MiB | sharedChannel | 2 | 5 |"), w.toString());
        // Keys differ by thread count, so no row of one count is taken for the other's.
        List<String> keys = DATA.runs().get(0).results().stream().map(r -> r.key()).toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), keys.toString());
        assertFalse(DATA.crossovers().stream().anyMatch(c -> c.workload().equals("threads")));
    }
}
