package org.mmapbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BootstrapTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, Bootstrap.median(new double[] {3, 1, 2}));
        assertEquals(2.5, Bootstrap.median(new double[] {4, 1, 2, 3}));
        assertTrue(Double.isNaN(Bootstrap.median(new double[0])));
    }

    @Test
    void seededIntervalsAreReproducibleAndContainTheEstimate() {
        double[] reg = {100, 104, 98, 101, 99};
        double[] map = {10, 11, 9.5, 10.2, 10.1};
        Bootstrap.Interval a = Bootstrap.ratioCi(reg, map, false, "k");
        Bootstrap.Interval b = Bootstrap.ratioCi(reg, map, false, "k");
        assertEquals(a, b);
        double ratio = Bootstrap.median(reg) / Bootstrap.median(map);
        assertTrue(a.contains(ratio), a + " contains " + ratio);
        assertTrue(a.low() > 9 && a.high() < 11, a.toString());
        // throughput: mapped / regular
        Bootstrap.Interval t = Bootstrap.ratioCi(reg, map, true, "k");
        assertTrue(t.high() < 0.2, t.toString());
    }

    @Test
    void intervalsBoundedByTheForkValues() {
        Bootstrap.Interval ci = Bootstrap.medianCi(new double[] {1, 2, 3, 4, 100}, "x");
        assertTrue(ci.low() >= 1 && ci.high() <= 100);
        assertFalse(Bootstrap.medianCi(new double[] {5}, "x").known(), "one fork has no interval");
    }
}
