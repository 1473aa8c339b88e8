package org.mmapbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SteadyStateTest {

    @Test
    void aSlowFirstIterationIsUnsteadyPastOnePointFiveTimesTheMedianOfTheOthers() {
        SteadyState.Check slow = SteadyState.of(ForkSamples.of(1.51, 1.0, 1.1, 0.9), false);
        assertTrue(slow.unsteady(), slow.toString());
        assertTrue(slow.reason().contains("first iteration 1.51x slower"), slow.reason());
        assertFalse(SteadyState.of(ForkSamples.of(1.5, 1.0, 1.1, 0.9), false).unsteady(), "1.5x exactly is steady");
        assertFalse(SteadyState.of(ForkSamples.of(0.5, 1.0, 1.1, 0.9), false).unsteady(), "a fast first iteration is not a transient");
    }

    @Test
    void throughputIsSlowerWhenSmaller() {
        assertTrue(SteadyState.of(ForkSamples.of(60, 100, 101, 99), true).unsteady());
        assertFalse(SteadyState.of(ForkSamples.of(160, 100, 101, 99), true).unsteady());
    }

    @Test
    void aMonotonicDriftIsUnsteadyOnlyWhenTheTrendTestCanReachOnePercent() {
        SteadyState.Check six = SteadyState.of(ForkSamples.of(1.00, 1.01, 1.02, 1.03, 1.04, 1.05), false);
        assertTrue(six.unsteady(), six.toString());
        assertTrue(six.reason().contains("trend slower"), six.reason());
        assertFalse(SteadyState.of(ForkSamples.of(1.00, 1.01, 1.02, 1.03, 1.04), false).unsteady(),
                "five values: the smallest p is 2/120 > 0.01");
        assertFalse(SteadyState.of(ForkSamples.of(1.00, 1.01, 1.03, 1.02, 1.04, 1.05), false).unsteady(),
                "six values with one swap: p = 12/720 > 0.01");
        assertTrue(SteadyState.of(ForkSamples.of(1.05, 1.04, 1.03, 1.02, 1.01, 1.00), false).reason().contains("trend faster"));
    }

    @Test
    void noisyButSteadyForksPass() {
        assertFalse(SteadyState.of(ForkSamples.of(1.02, 0.98, 1.05, 0.97, 1.01, 1.03, 0.99, 1.00), false).unsteady());
    }

    @Test
    void theRuleNeedsIterationsInTimeOrder() {
        assertFalse(SteadyState.of(new ForkSamples(new double[] {3, 1, 1}, new long[] {1, 5, 5}), false).applies(),
                "histogram buckets are not iterations");
        assertFalse(SteadyState.of(ForkSamples.of(3.0), false).applies(), "one iteration has no others");
        assertFalse(SteadyState.of(ForkSamples.of(Double.NaN, 1, 1), false).applies());
        Metric m = new Metric(Metric.PRIMARY, "us/op", 1, 0.1,
                List.of(ForkSamples.of(1, 1, 1), ForkSamples.of(2, 1, 1), ForkSamples.of(1, 1.1, 1)));
        assertEquals(List.of(2), SteadyState.unsteadyForks(m, BenchMode.AVERAGE_TIME));
        assertNull(SteadyState.unsteadyForks(m, BenchMode.SAMPLE_TIME));
        assertNull(SteadyState.unsteadyForks(new Metric(Metric.PRIMARY, "us/op", 1, 0.1, List.of()), BenchMode.AVERAGE_TIME));
    }
}
