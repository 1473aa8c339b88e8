package org.mmapbench.workload;

import java.io.IOException;
import java.nio.file.Path;
import org.mmapbench.access.ByteStrategy;
import org.mmapbench.access.FileBytes;
import org.mmapbench.access.TextStrategy;
import org.mmapbench.workload.kernel.ByteSearch;

/** The count workload: every offset where {@code " the "} starts (see {@link Workload#COUNT}). */
public final class CountWorkload {
    private CountWorkload() {
    }

    /** Opens the whole file and runs the counting kernel over it. */
    public static long fair(ByteStrategy strategy, Path file) throws IOException {
        try (FileBytes fb = strategy.open(file)) {
            return Scan.count(fb, ByteSearch.THE, 0);
        }
    }

    /** Reads a {@code String} and loops {@code indexOf(" the ", previous + 1)}. */
    public static long idiomatic(TextStrategy strategy, Path file) throws IOException {
        String s = strategy.readText(file, 0).text();
        long count = 0;
        int i = s.indexOf(FindWorkload.NEEDLE);
        while (i >= 0) {
            count++;
            i = s.indexOf(FindWorkload.NEEDLE, i + 1);
        }
        return count;
    }
}
