package org.mmapbench.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void byteLineShowsAmountRateAndEta() {
        Progress p = new Progress("generate english-4GiB", 4L << 30, Progress.Unit.BYTES,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
        assertEquals("generate english-4GiB: 1.00 GiB of 4.00 GiB (25%), 537 MB/s, elapsed 2s, ETA 6s",
                p.line(1L << 30, 2_000_000_000L, null));
    }

    @Test
    void itemLineShowsIOfNAndNote() {
        Progress p = new Progress("benchmark", 40, Progress.Unit.ITEMS,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false);
        assertEquals("benchmark: 10 of 40, elapsed 1m00s, ETA 3m00s - FindBenchmark.fair",
                p.line(10, 60_000_000_000L, "FindBenchmark.fair"));
    }

    @Test
    void durationsAreCompact() {
        assertEquals("7s", Progress.formatDuration(7.2));
        assertEquals("2m05s", Progress.formatDuration(125));
        assertEquals("1h02m03s", Progress.formatDuration(3723));
    }
}
