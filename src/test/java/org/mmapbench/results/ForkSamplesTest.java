package org.mmapbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ForkSamplesTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, ForkSamples.of(3, 1, 2).median());
        assertEquals(2.5, ForkSamples.of(4, 1, 3, 2).median());
        assertTrue(Double.isNaN(ForkSamples.of().median()));
    }

    @Test
    void weightedMedianFollowsHistogramCounts() {
        // 10 observations of 1.0 and 1 of 100.0: median is 1.0, mean is pulled up.
        ForkSamples h = new ForkSamples(new double[] {100.0, 1.0}, new long[] {1, 10});
        assertEquals(1.0, h.median());
        assertEquals(110.0 / 11, h.mean(), 1e-12);
        // Even total with the middle pair split across buckets.
        ForkSamples split = new ForkSamples(new double[] {1.0, 3.0}, new long[] {2, 2});
        assertEquals(2.0, split.median());
    }

    @Test
    void scaledMultipliesEveryValue() {
        assertEquals(ForkSamples.of(1.1, 2.2), ForkSamples.of(1, 2).scaled(1.1));
    }
}
