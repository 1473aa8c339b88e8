package org.mmapbench.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The Holm-Bonferroni step-down correction for multiple comparisons.
 *
 * <p>Sort the m p-values ascending; the i-th smallest (i from 0) is multiplied by {@code m - i}, and
 * each adjusted value is made at least the one before it (capped at 1). Rejecting where the adjusted
 * p is below alpha keeps the chance of any false alarm in the whole suite at most alpha, whatever the
 * dependence between rows, and is uniformly more powerful than plain Bonferroni.
 */
public final class Holm {

    private Holm() {
    }

    /** The Holm-adjusted p-values, in the order given. */
    public static double[] adjust(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1, (m - rank) * p[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
