package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkOverheadTest {

    private static void run(Path results, String id, String profile, String host, String heap, String end, String overhead)
            throws IOException {
        Path dir = Files.createDirectories(results.resolve(id));
        Files.writeString(dir.resolve("environment.json"), """
                {"profile":"%s","hostname":"%s","fork.heap":"%s","time.end":"%s","run.fork_overhead_seconds":"%s"}
                """.formatted(profile, host, heap, end, overhead));
    }

    @Test
    void theNewestMatchingRunsMeasurementIsUsed(@TempDir Path results) throws IOException {
        run(results, "a", "quick", "h", "1g", "2026-12-01T10:00:00Z", "2.5");
        run(results, "b", "quick", "h", "1g", "2026-12-01T11:00:00Z", "1.9");
        run(results, "c", "quick", "other-host", "1g", "2026-12-01T12:00:00Z", "9");
        run(results, "d", "standard", "h", "1g", "2026-12-01T12:00:00Z", "8");
        run(results, "e", "quick", "h", "2g", "2026-12-01T12:00:00Z", "7");
        run(results, "f", "quick", "h", "1g", "2026-12-01T13:00:00Z", "NaN");
        Files.createDirectories(results.resolve("g"));
        Files.writeString(results.resolve("g/environment.json"), "not json");
        assertEquals(new ForkOverhead(2.2, "median of the 2 newest runs on this host, newest b"),
                ForkOverhead.lookup(results, BenchProfile.QUICK, "h"));
        for (int i = 0; i < 5; i++) {
            run(results, "n" + i, "quick", "h", "1g", "2026-12-02T1" + i + ":00:00Z", Double.toString(1.0 + i));
        }
        assertEquals(new ForkOverhead(3.0, "median of the 5 newest runs on this host, newest n4"),
                ForkOverhead.lookup(results, BenchProfile.QUICK, "h"), "the five newest, not a and b");
    }

    @Test
    void theIterationFactorIsTheMedianOfTheRunsThatRecordedIt(@TempDir Path results) throws IOException {
        run(results, "old", "quick", "h", "1g", "2026-12-01T10:00:00Z", "0.5");
        for (String[] r : new String[][] {{"a", "1.8"}, {"b", "2.4"}, {"c", "NaN"}, {"d", "2.0"}}) {
            Path dir = Files.createDirectories(results.resolve(r[0]));
            Files.writeString(dir.resolve("environment.json"), """
                    {"profile":"quick","hostname":"h","fork.heap":"1g","time.end":"2026-12-02T%s","run.fork_overhead_seconds":"0.5",
                     "run.iteration_factor":"%s"}
                    """.formatted(r[0], r[1]));
        }
        ForkOverhead o = ForkOverhead.lookup(results, BenchProfile.QUICK, "h");
        assertEquals(2.0, o.iterationFactor(), 1e-12, "median of 1.8, 2.4 and 2.0; NaN and the run without a factor are left out");
        assertEquals(0.5, o.seconds(), 1e-12);
    }

    @Test
    void withoutAnyFactorIterationsLastTheirSetTimes(@TempDir Path results) throws IOException {
        run(results, "a", "quick", "h", "1g", "2026-12-01T10:00:00Z", "0.5");
        assertEquals(1.0, ForkOverhead.lookup(results, BenchProfile.QUICK, "h").iterationFactor(), 1e-12);
        assertEquals(ForkOverhead.DEFAULT_ITERATION_FACTOR, ForkOverhead.byDefault(BenchProfile.QUICK).iterationFactor(), 1e-12);
    }

    @Test
    void oneMatchingRunIsNamed(@TempDir Path results) throws IOException {
        run(results, "only", "standard", "h", "1g", "2026-12-01T10:00:00Z", "1.7");
        assertEquals(new ForkOverhead(1.7, "measured by run only"), ForkOverhead.lookup(results, BenchProfile.STANDARD, "h"));
    }

    @Test
    void withoutMeasurementsTheDefaultCountsThePreTouchOfTheHeap(@TempDir Path results) {
        ForkOverhead o = ForkOverhead.lookup(results.resolve("missing"), BenchProfile.FULL, "h");
        assertEquals(ForkOverhead.BASE_SECONDS + 6 * ForkOverhead.PRE_TOUCH_SECONDS_PER_GIB, o.seconds(), 1e-12);
        assertEquals(ForkOverhead.byDefault(BenchProfile.FULL), o);
    }
}
