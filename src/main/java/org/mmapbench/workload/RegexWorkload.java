package org.mmapbench.workload;

import java.io.IOException;
import java.nio.file.Path;
import org.mmapbench.access.ByteStrategy;
import org.mmapbench.access.FileBytes;
import org.mmapbench.access.TextStrategy;

/** The regex workload: matches of {@code \b[a-zA-Z]{5}\b} (see {@link RegexCount}). */
public final class RegexWorkload {
    private RegexWorkload() {
    }

    /** Opens the whole file and runs {@code Pattern} over zero-copy Latin-1 windows of it. */
    public static long fair(ByteStrategy strategy, Path file, int regexWindow) throws IOException {
        try (FileBytes fb = strategy.open(file)) {
            return RegexCount.count(fb, regexWindow);
        }
    }

    /** Reads a {@code String} and runs {@code Pattern} over it. */
    public static long idiomatic(TextStrategy strategy, Path file) throws IOException {
        return RegexCount.count(strategy.readText(file, 0).text());
    }
}
