package org.mmapbench.sys;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * One reading of a thread's {@link ThreadCounter}s, or a difference of two readings. A counter whose
 * source file could not be read is unknown, and stays unknown through every sum and difference.
 */
public final class ThreadCounters {
    private static final long UNKNOWN = Long.MIN_VALUE;
    private static final ThreadCounter[] ALL = ThreadCounter.values();

    /** Every counter zero: the start of a sum. */
    public static final ThreadCounters ZERO = new ThreadCounters(new long[ALL.length]);
    /** Every counter unknown. */
    public static final ThreadCounters NONE;

    static {
        long[] v = new long[ALL.length];
        Arrays.fill(v, UNKNOWN);
        NONE = new ThreadCounters(v);
    }

    private final long[] values;

    private ThreadCounters(long[] values) {
        this.values = values;
    }

    /** Counters from a map; counters not in it are unknown. */
    public static ThreadCounters of(Map<ThreadCounter, Long> known) {
        long[] v = new long[ALL.length];
        Arrays.fill(v, UNKNOWN);
        known.forEach((c, n) -> v[c.index()] = n);
        return new ThreadCounters(v);
    }

    /** Whether {@code c} is known. */
    public boolean known(ThreadCounter c) {
        return values[c.index()] != UNKNOWN;
    }

    /**
     * The value of {@code c}.
     *
     * @throws IllegalStateException when it is unknown
     */
    public long get(ThreadCounter c) {
        long v = values[c.index()];
        if (v == UNKNOWN) {
            throw new IllegalStateException(c.label() + " is unknown");
        }
        return v;
    }

    /** This minus {@code other}, counter by counter. */
    public ThreadCounters minus(ThreadCounters other) {
        return combine(other, -1);
    }

    /** This plus {@code other}, counter by counter. */
    public ThreadCounters plus(ThreadCounters other) {
        return combine(other, 1);
    }

    /** Each counter the smaller of this and {@code other}. */
    public ThreadCounters min(ThreadCounters other) {
        long[] v = new long[ALL.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i] == UNKNOWN || other.values[i] == UNKNOWN ? UNKNOWN : Math.min(values[i], other.values[i]);
        }
        return new ThreadCounters(v);
    }

    /** Negative counters raised to 0 (a difference can dip below 0 by a few bytes of {@code rchar}, see the callers). */
    public ThreadCounters atLeastZero() {
        long[] v = values.clone();
        for (int i = 0; i < v.length; i++) {
            if (v[i] != UNKNOWN && v[i] < 0) {
                v[i] = 0;
            }
        }
        return new ThreadCounters(v);
    }

    private ThreadCounters combine(ThreadCounters other, int sign) {
        long[] v = new long[ALL.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i] == UNKNOWN || other.values[i] == UNKNOWN ? UNKNOWN : values[i] + sign * other.values[i];
        }
        return new ThreadCounters(v);
    }

    /** The known counters, in declaration order. */
    public Map<ThreadCounter, Long> asMap() {
        Map<ThreadCounter, Long> m = new EnumMap<>(ThreadCounter.class);
        for (ThreadCounter c : ALL) {
            if (known(c)) {
                m.put(c, values[c.index()]);
            }
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThreadCounters t && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ThreadCounters{");
        for (ThreadCounter c : ALL) {
            sb.append(c.index() == 0 ? "" : ", ").append(c.label()).append('=').append(known(c) ? Long.toString(values[c.index()]) : "?");
        }
        return sb.append('}').toString();
    }
}
