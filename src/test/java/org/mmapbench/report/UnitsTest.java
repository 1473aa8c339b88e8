package org.mmapbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitsTest {
    @Test
    void convertsTimeAndThroughputUnits() {
        assertEquals(2e-6, Units.secondsPerOp("us/op", 2), 1e-18);
        assertEquals(3e-3, Units.secondsPerOp("ms/op", 3), 1e-15);
        assertEquals(1e-9, Units.secondsPerOp("ns/op", 1), 1e-21);
        assertEquals(0.5, Units.secondsPerOp("ops/s", 2), 1e-15);
        assertEquals(1e-3 / 4, Units.secondsPerOp("ops/ms", 4), 1e-15);
        assertTrue(Double.isNaN(Units.secondsPerOp("B/op", 1)));
        assertTrue(Double.isNaN(Units.secondsPerOp("MB/sec", 1)));
    }
}
