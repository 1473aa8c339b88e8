package org.mmapbench.corpus;

import java.util.ArrayDeque;

/**
 * Walker's alias table: draws index {@code i} with probability {@code weight[i] / sum(weights)} in
 * constant time from one 64-bit random number.
 *
 * <p>Built with exact integer arithmetic (Vose's method on weights scaled by {@code n}), so the table,
 * and therefore every generated corpus, is identical on every machine. The high 32 bits of the random
 * number pick a column, the low 32 bits decide between the column and its alias.
 */
final class AliasTable {
    private final int n;
    /** Column {@code j}: its threshold in the high 32 bits, its alias in the low 32 bits. */
    private final long[] packed;
    private final long total;

    /** Builds the table; weights must be positive and sum to less than 2^31. */
    AliasTable(long[] weights) {
        n = weights.length;
        if (n == 0) {
            throw new IllegalArgumentException("no weights");
        }
        long sum = 0;
        for (long w : weights) {
            if (w <= 0) {
                throw new IllegalArgumentException("weights must be positive");
            }
            sum += w;
        }
        if (sum >= (1L << 31)) {
            throw new IllegalArgumentException("weights sum to 2^31 or more");
        }
        total = sum;
        long[] threshold = new long[n];
        int[] alias = new int[n];
        long[] scaled = new long[n];
        ArrayDeque<Integer> small = new ArrayDeque<>();
        ArrayDeque<Integer> large = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n; // column capacity is 'total'
            (scaled[i] < total ? small : large).add(i);
        }
        while (!small.isEmpty() && !large.isEmpty()) {
            int s = small.poll();
            int l = large.poll();
            threshold[s] = scaled[s];
            alias[s] = l;
            scaled[l] -= total - scaled[s];
            (scaled[l] < total ? small : large).add(l);
        }
        for (int i : large) {
            threshold[i] = total;
            alias[i] = i;
        }
        for (int i : small) { // only reachable through rounding; exact arithmetic leaves none
            threshold[i] = total;
            alias[i] = i;
        }
        packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = threshold[i] << 32 | alias[i];
        }
    }

    /** Draws an index from bits 8..63 of {@code random}. */
    int sample(long random) {
        int column = (int) (((random >>> 40) * n) >>> 24);
        long u = (((random >>> 8) & 0xffffffffL) * total) >>> 32;
        long e = packed[column];
        return u < (e >>> 32) ? column : (int) e;
    }

    /** The number of entries. */
    int size() {
        return n;
    }
}
