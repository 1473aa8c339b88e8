package org.mmapbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mmapbench.TestCorpusSizes;

class HintRowsTest {

    @Test
    void eachHintIsComparedWithItsStrategysControlInTheSameRun() {
        Map<String, HintRow> rows = new TreeMap<>();
        for (HintRow h : CeilingsTest.hintsAndCeilings().hints()) {
            rows.put(h.hint(), h);
        }
        HintRow random = rows.get("madvise-random");
        assertEquals("mappedSegment", random.strategy());
        assertEquals("madvise(MADV_RANDOM)", random.call());
        assertEquals("find", random.workload());
        assertEquals("cold", random.cache());
        assertEquals(random.time() / rows.get("madvise-normal").time(), random.ratio(), 1e-12);
        assertTrue(random.ratioCi().known() && random.ratioCi().contains(random.ratio()), random.ratioCi().toString());
        assertEquals(12288, random.readBytes(), 1e-9);
        assertEquals(1.0, rows.get("madvise-normal").ratio(), 1e-12, "the control against itself");
        assertEquals(rows.get("load").time() / rows.get("no-load").time(), rows.get("load").ratio(), 1e-12);
        assertEquals("pread", rows.get("fadvise-random").strategy());
        assertEquals(rows.get("fadvise-random").time() / rows.get("fadvise-normal").time(), rows.get("fadvise-random").ratio(), 1e-12);
    }

    @Test
    void readBytesAreNotMeasuredWhereTheRunHasNoCounterAndUnknownHintsHaveNoControl() {
        Map<String, HintRow> rows = new TreeMap<>();
        for (HintRow h : CeilingsTest.hintsAndCeilings().hints()) {
            rows.put(h.hint(), h);
        }
        assertFalse(rows.get("load").readBytesMeasured());
        assertTrue(rows.get("madvise-willneed").readBytesMeasured());
        HintRow unknown = rows.get("madvise-future");
        assertEquals("?", unknown.strategy());
        assertTrue(Double.isNaN(unknown.ratio()));
        assertFalse(unknown.ratioCi().known());
    }

    @Test
    void runsWithoutHintBenchmarksHaveNoHintRows() {
        assertEquals(List.of(), ReportData.of(Fixtures.rich(), TestCorpusSizes.MANIFEST).hints());
    }
}
