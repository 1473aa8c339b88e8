package org.mmapbench.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mmapbench.results.BenchMode;
import org.mmapbench.stats.Interval;

/** The wording of headline sentences about the cache state. */
class HeadlinesTest {

    private static SpeedupRow row(String workload, String cache) {
        return new SpeedupRow("r", "env", workload, "fair", BenchMode.AVERAGE_TIME, "don-quixote", 2_347_853, cache, "",
                "readAllBytes", "mappedSegment", "ms/op", 2.0, 1.0, 2.0, new Interval(1.5, 2.5), "bootstrap-forks");
    }

    @Test
    void aBenchmarkWithoutCacheParameterIsWarmByConstructionOrNamesNoCache() {
        String regex = Headlines.sentence(row("regex", ""), "regex", null, java.util.List.of());
        assertTrue(regex.startsWith("On don-quixote (2.35 MB), warm cache, mapped regex"), regex);
        String foreign = Headlines.sentence(row("checksum", ""), "checksum", null, java.util.List.of());
        assertTrue(foreign.startsWith("On don-quixote (2.35 MB), mapped checksum"), foreign);
        String cold = Headlines.sentence(row("find", "cold"), "find", null, java.util.List.of());
        assertTrue(cold.contains(", cold cache, "), cold);
        for (String s : new String[] {regex, foreign, cold}) {
            assertFalse(s.contains("not set"), s);
        }
    }
}
