package org.mmapbench.workload;

import java.io.IOException;
import java.nio.file.Path;
import org.mmapbench.access.ByteStrategy;
import org.mmapbench.access.FileBytes;
import org.mmapbench.access.TextStrategy;

/** The read workload: the sum of all unsigned bytes of the file (see {@link Workload#READ}). */
public final class ReadWorkload {
    private ReadWorkload() {
    }

    /** Opens the whole file and runs the checksum kernel over it. */
    public static long fair(ByteStrategy strategy, Path file) throws IOException {
        try (FileBytes fb = strategy.open(file)) {
            return Scan.checksum(fb);
        }
    }

    /** Reads the file as a {@code String} and adds up its chars (ISO-8859-1: char value = byte value). */
    public static long idiomatic(TextStrategy strategy, Path file) throws IOException {
        String s = strategy.readText(file, 0).text();
        long sum = 0;
        for (int i = 0; i < s.length(); i++) {
            sum += s.charAt(i);
        }
        return sum;
    }
}
