package org.mmapbench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.run.BenchProfile;
import org.mmapbench.run.SyntheticRun;

/**
 * The page-weight target of index.html for the quick profile (<= 1 MB), on a synthetic run of exactly
 * its plan (its benchmarks, parameters, forks and iterations; invented numbers). The standard (3 MB)
 * and full (8 MB) targets are measured, not tested (their reports take too long for the unit loop):
 * docs/measurements/2026-12-01-report-weight-and-speed.md.
 */
class PageSizeTest {

    @ParameterizedTest(name = "{0} <= {1} bytes")
    @CsvSource({"quick, 1000000"})
    void indexHtmlStaysUnderItsTarget(String profile, long limit, @TempDir Path tmp) throws IOException {
        Path run = SyntheticRun.write(tmp.resolve(profile), BenchProfile.byName(profile), 0, TestCorpusSizes.MANIFEST);
        Path index = ReportWriter.write(List.of(JmhJsonReader.read(run)), TestCorpusSizes.MANIFEST, tmp.resolve("report"));
        long size = Files.size(index);
        assertTrue(size <= limit, "index.html of a synthetic " + profile + " run is " + size + " bytes, over " + limit);
        assertTrue(size > 50_000, "the page has its charts and tables: " + size);
    }
}
