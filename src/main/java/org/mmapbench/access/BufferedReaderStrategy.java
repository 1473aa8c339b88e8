package org.mmapbench.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code bufferedReader}: {@code Files.newBufferedReader(path, ISO_8859_1)}, skipped to the offset,
 * read in {@link Tuning#bufferSize()} char chunks into a {@code StringBuilder}, then
 * {@code toString()}.
 *
 * <p>NOTE: reading whole lines ({@code readLine}, {@code lines()}) would drop line terminators and
 * break byte offsets, so the reader is drained in char chunks instead.
 */
final class BufferedReaderStrategy extends AbstractStrategy implements TextStrategy {
    private final Tuning tuning;

    BufferedReaderStrategy(Tuning tuning) {
        super("bufferedReader", AccessKind.REGULAR);
        this.tuning = tuning;
    }

    @Override
    public TextView readText(Path file, long from) throws IOException {
        long size = Files.size(file);
        int len = (int) Checks.length(id(), size, from, maxTextLength());
        StringBuilder sb = new StringBuilder(len);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            long skipped = 0;
            while (skipped < from) {
                long n = reader.skip(from - skipped);
                if (n <= 0) {
                    break;
                }
                skipped += n;
            }
            char[] buf = new char[tuning.bufferSize()];
            int n;
            while ((n = reader.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
            return new TextView(sb.toString(), skipped);
        }
    }
}
