package org.mmapbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MinimumDetectableEffectTest {

    @Test
    void withoutSpreadItIsTheThreshold() {
        assertEquals(0.05, MinimumDetectableEffect.of(0, Double.NaN, 0.05, 60, 0.05), 1e-12);
    }

    @Test
    void theThresholdPartDominatesForOneRow() {
        // normal quantiles (df NaN): ln 1.05 + (1.959964 + 0.841621) * 0.02 = 0.104822; exp - 1 = 0.110513
        assertEquals(0.110513, MinimumDetectableEffect.of(0.02, Double.NaN, 0.05, 1, 0.05), 1e-6);
    }

    @Test
    void theSignificancePartDominatesForSixtyNoisyRows() {
        // (z(1 - 0.05/120) + z(0.8)) * 0.05 = (3.34873 + 0.84162) * 0.05 = 0.209155 > 0.188869; exp - 1 = 0.232636
        assertEquals(0.232636, MinimumDetectableEffect.of(0.05, Double.NaN, 0.05, 60, 0.05), 1e-6);
    }

    @Test
    void fewDegreesOfFreedomWidenIt() {
        // t(0.975, 8) = 2.306 and t(0.8, 8) = 0.889 instead of 1.960 and 0.842
        assertEquals(Math.expm1(Math.log1p(0.05) + (2.306004 + 0.888890) * 0.02),
                MinimumDetectableEffect.of(0.02, 8, 0.05, 1, 0.05), 1e-5);
    }
}
