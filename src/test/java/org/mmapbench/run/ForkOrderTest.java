package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The balanced fork order of an interleaved run, checked against a state that alternates from one fork to the next. */
class ForkOrderTest {

    private static List<String> order(int benchmarks, int forks) {
        List<String> all = new ArrayList<>();
        for (int b = 0; b < benchmarks; b++) {
            for (int f = 0; f < forks; f++) {
                all.addAll(ForkOrder.round(List.of("A", "B"), b, f));
            }
        }
        return all;
    }

    /** How many of side's forks fall on an odd start position (1st, 3rd, ...) in {@code order}, per benchmark. */
    private static List<Integer> oddStarts(List<String> order, String side, int forksPerBenchmark) {
        List<Integer> counts = new ArrayList<>();
        for (int start = 0; start < order.size(); start += 2 * forksPerBenchmark) {
            int n = 0;
            for (int i = start; i < start + 2 * forksPerBenchmark; i++) {
                if (order.get(i).equals(side) && i % 2 == 0) {
                    n++;
                }
            }
            counts.add(n);
        }
        return counts;
    }

    @Test
    void blocksAreBalancedAndFlipPerBenchmark() {
        assertEquals(List.of("A", "B", "B", "A", "A", "B", "B", "A", "A", "B", "B", "A"), order(2, 3));
        // With an even number of forks a side, each side has half its forks in each phase of an alternating state.
        assertEquals(List.of(3, 3, 3), oddStarts(order(3, 6), "A", 6));
        assertEquals(List.of(3, 3, 3), oddStarts(order(3, 6), "B", 6));
        // A plain alternation would put every fork of A on an odd position.
        assertEquals(List.of(3, 2, 3, 2), oddStarts(order(4, 5), "A", 5));
    }

    @Test
    void profileForksRoundUpToEven() {
        assertEquals(6, ForkOrder.balancedForks(5));
        assertEquals(6, ForkOrder.balancedForks(6));
        assertEquals(2, ForkOrder.balancedForks(1));
        assertThrows(IllegalArgumentException.class, () -> ForkOrder.round(List.of("A"), 0, 0));
    }
}
