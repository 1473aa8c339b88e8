package org.mmapbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.mmapbench.results.BenchMode;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.EnvironmentInfo;
import org.mmapbench.results.ForkSamples;
import org.mmapbench.results.Metric;
import org.mmapbench.results.RunResults;

class FillEffectsTest {

    private static BenchmarkResult read(String strategy, String cache, double... forkValues) {
        List<ForkSamples> forks = java.util.Arrays.stream(forkValues).mapToObj(v -> ForkSamples.of(v, v, v)).toList();
        return new BenchmarkResult("org.mmapbench.bench.ReadBenchmark.fair", BenchMode.AVERAGE_TIME,
                new TreeMap<>(Map.of("cache", cache, "corpus", "don-quixote", "strategy", strategy)), forkValues.length, 1, 2, 3,
                new Metric(Metric.PRIMARY, "us/op", forkValues[0], Double.NaN, forks), new TreeMap<>(), EnvironmentInfo.of(Map.of()));
    }

    @Test
    void benchmarksMeasuredInBothWarmStatesArePaired() {
        RunResults run = new RunResults("r", Path.of("r.json"), EnvironmentInfo.of(Map.of()), List.of(
                read("mappedSegment", "warm", 170, 175, 177),
                read("mappedSegment", "warm-mapped", 230, 235, 233),
                read("readAllBytes", "warm", 400, 410, 405),
                read("readAllBytes", "cold", 900, 950, 920)));
        List<FillEffects.Row> rows = FillEffects.of(List.of(run));
        assertEquals(1, rows.size(), "only mappedSegment ran in both warm states");
        FillEffects.Row r = rows.get(0);
        assertEquals("mappedSegment", r.strategy());
        assertEquals("corpus=don-quixote, strategy=mappedSegment", r.params());
        assertEquals(233.0 / 175.0, r.ratio(), 1e-12);
        assertTrue(r.ci().known() && r.ci().low() > 1.2 && r.ci().high() < 1.45, r.ci().toString());
    }
}
