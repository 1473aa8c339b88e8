package org.mmapbench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void type7InterpolatesBetweenOrderStatisticsLikeRsDefault() {
        // R: quantile(c(1, 2, 3, 4, 10), c(0, .1, .25, .5, .9, .975, 1)) = 1 1.4 2 3 7.6 9.4 10
        double[] x = {1, 2, 3, 4, 10};
        assertEquals(1.0, Percentiles.type7(x, 0), 1e-12);
        assertEquals(1.4, Percentiles.type7(x, 0.1), 1e-12);
        assertEquals(2.0, Percentiles.type7(x, 0.25), 1e-12);
        assertEquals(3.0, Percentiles.type7(x, 0.5), 1e-12);
        assertEquals(7.6, Percentiles.type7(x, 0.9), 1e-12);
        assertEquals(9.4, Percentiles.type7(x, 0.975), 1e-12);
        assertEquals(10.0, Percentiles.type7(x, 1), 1e-12);
    }

    @Test
    void type7OfTheBootstrapTailsOf2000Values() {
        // h = 1999 * 0.025 = 49.975 and 1999 * 0.975 = 1949.025: not the order statistics 49 and 1950
        double[] x = new double[2000];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * i;
        }
        assertEquals(49 * 49 + 0.975 * (50 * 50 - 49 * 49), Percentiles.type7(x, 0.025), 1e-9);
        assertEquals(1949.0 * 1949 + 0.025 * (1950.0 * 1950 - 1949.0 * 1949), Percentiles.type7(x, 0.975), 1e-6);
    }

    @Test
    void infiniteValuesGiveTheLimitNotNaN() {
        double inf = Double.POSITIVE_INFINITY;
        assertEquals(-inf, Percentiles.type7(new double[] {-inf, -inf, 1}, 0.3));
        assertEquals(-inf, Percentiles.type7(new double[] {-inf, 1, 2}, 0.25));
        assertEquals(inf, Percentiles.type7(new double[] {1, 2, inf}, 0.75));
        assertEquals(1.5, Percentiles.type7(new double[] {1, 2, inf}, 0.25));
    }

    @Test
    void medianOfOddAndEvenCountsInAnyOrder() {
        assertEquals(2.0, Percentiles.median(new double[] {3, 1, 2}));
        assertEquals(2.5, Percentiles.median(new double[] {4, 1, 2, 3}));
        assertEquals(Percentiles.type7(new double[] {1, 2, 3, 4}, 0.5), Percentiles.median(new double[] {4, 1, 2, 3}), 0);
        assertTrue(Double.isNaN(Percentiles.median(new double[0])));
    }

    @Test
    void medianDoesNotReorderItsInput() {
        double[] x = {3, 1, 2};
        Percentiles.median(x);
        assertEquals(3, x[0]);
    }

    @Test
    void rejectsEmptyInputAndProbabilitiesOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.type7(new double[0], 0.5));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.type7(new double[] {1}, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.type7(new double[] {1}, Double.NaN));
    }

    @Test
    void selectionGivesExactlyWhatTheSortGivesOnAnyOrder() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        double[] qs = {0, 0.025, 0.1, 0.5, 0.9, 0.975, 1};
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + r.nextInt(trial < 100 ? 12 : 2500);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                // few distinct values (ties), occasionally infinite
                x[i] = r.nextInt(20) == 0 ? Double.POSITIVE_INFINITY : r.nextInt(trial % 3 == 0 ? 5 : 1000) / 7.0;
            }
            double[] sorted = x.clone();
            java.util.Arrays.sort(sorted);
            for (double q : qs) {
                double[] scratch = x.clone();
                assertEquals(Percentiles.type7(sorted, q), Percentiles.type7InPlace(scratch, q), 0.0, "n " + n + ", q " + q);
                java.util.Arrays.sort(scratch);
                assertTrue(java.util.Arrays.equals(sorted, scratch), "a selection only reorders");
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Percentiles.type7InPlace(new double[0], 0.5));
    }
}
