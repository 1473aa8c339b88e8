package org.mmapbench.ipc;

import java.util.concurrent.locks.LockSupport;

/**
 * A bounded back-off for a thread waiting on shared memory: {@value #SPINS} rounds of
 * {@link Thread#onSpinWait()}, then {@link LockSupport#parkNanos} with a pause doubling from 1 us up
 * to {@value #MAX_PARK_NANOS} ns. Never blocks longer than that in one call, so the caller can
 * check after every call that its peer is alive and that its deadline has not passed.
 *
 * <p>NOTE: a parked thread wakes after the kernel's timer slack (50 us by default on Linux), so a
 * waiter that parks adds tens of microseconds of latency; the spin phase (some tens of
 * microseconds) covers a peer that answers promptly.
 */
final class Backoff {
    /** Spin rounds before the first park. */
    static final int SPINS = 20_000;
    /** The longest single park. */
    static final long MAX_PARK_NANOS = 200_000;

    private int spins;
    private long parkNanos = 1_000;

    /** Waits a little; returns whether this call parked (the moment to check liveness and deadline). */
    boolean idle() {
        if (spins < SPINS) {
            spins++;
            Thread.onSpinWait();
            return (spins & 1023) == 0;
        }
        LockSupport.parkNanos(parkNanos);
        parkNanos = Math.min(MAX_PARK_NANOS, parkNanos * 2);
        return true;
    }

    /** Starts over after progress. */
    void reset() {
        spins = 0;
        parkNanos = 1_000;
    }
}
