package org.mmapbench.bench;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** Reading one byte per page of a mapping, which faults every page in; and a sink that keeps the reads observable. */
final class Touch {

    @SuppressWarnings("unused")
    private static volatile long sink;

    private Touch() {
    }

    /** Reads the first byte of every page of {@code mapping} and returns their sum. */
    static long everyPage(MemorySegment mapping) {
        long sum = 0;
        long size = mapping.byteSize();
        for (long at = 0; at < size; at += PageCache.PAGE_SIZE) {
            sum += mapping.get(ValueLayout.JAVA_BYTE, at);
        }
        return sum;
    }

    /** Keeps {@code value} observable, so the reads that made it cannot be optimised away. */
    static void sink(long value) {
        sink = value;
    }
}
