package org.mmapbench.workload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.mmapbench.access.ByteStrategy;
import org.mmapbench.access.FileBytes;
import org.mmapbench.access.TextStrategy;
import org.mmapbench.access.TextView;
import org.mmapbench.workload.kernel.ByteSearch;

/**
 * The find and seekFind workloads: the first {@code " the "} at or after an offset (0 for find,
 * {@link Workload#SEEK_OFFSET} for seekFind).
 */
public final class FindWorkload {

    /** The needle as a {@code String}, for the idiomatic variant. */
    static final String NEEDLE = new String(Workload.NEEDLE, StandardCharsets.ISO_8859_1);

    private FindWorkload() {
    }

    /** Opens {@code [from, size)} and runs the search kernel over it. */
    public static long fair(ByteStrategy strategy, Path file, long from) throws IOException {
        try (FileBytes fb = strategy.open(file, from)) {
            return Scan.indexOf(fb, ByteSearch.THE, from);
        }
    }

    /** Reads a {@code String} and calls {@code indexOf(" the ", from)}. */
    public static long idiomatic(TextStrategy strategy, Path file, long from) throws IOException {
        TextView tv = strategy.readText(file, from);
        long rel = from - tv.origin();
        if (rel > tv.text().length()) {
            return -1;
        }
        int i = tv.text().indexOf(NEEDLE, (int) rel);
        return i < 0 ? -1 : tv.origin() + i;
    }
}
