package org.mmapbench.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.results.CorpusSizes;

/**
 * Writes a synthetic run folder shaped like a real run of a profile: exactly the profile's plan
 * (benchmarks and parameters, {@link RunPlan#of}), its forks and iterations, JMH 1.37 JSON with raw
 * data and the {@code gc} profiler's secondary metrics. The numbers are invented (seeded, per
 * workload, strategy and corpus size); they exist to measure the reporter (page size, time), never
 * to be read as results.
 *
 * <p>With {@code benchmarks} larger than the plan, the plan's benchmarks repeat with an extra
 * parameter {@code copy=N}, so a report of any number of rows can be made.
 *
 * <p>Run it from the command line: {@code SyntheticRun PROFILE BENCHMARKS OUT_DIR} (BENCHMARKS 0 = the plan's count).
 */
public final class SyntheticRun {
    private SyntheticRun() {
    }

    /** Writes {@code dir/jmh.json} for {@code profile} with {@code benchmarks} benchmarks (0: the plan's); returns {@code dir}. */
    public static Path write(Path dir, BenchProfile profile, int benchmarks, CorpusSizes sizes) throws IOException {
        RunPlan plan = RunPlan.of(profile, ".*", BenchmarkCatalog.compiled(), sizes);
        List<Map<String, Object>> cells = new ArrayList<>();
        for (PlanEntry e : plan.entries()) {
            for (String corpus : e.corpora()) {
                for (String strategy : orNull(e.strategies())) {
                    for (String cache : orNull(e.caches())) {
                        for (String buffer : orNull(e.bufferSizes())) {
                            Map<String, Object> params = new LinkedHashMap<>();
                            params.put("corpus", corpus);
                            putIf(params, "strategy", strategy);
                            putIf(params, "cache", cache);
                            putIf(params, "bufferSize", buffer);
                            Map<String, Object> cell = new LinkedHashMap<>();
                            cell.put("benchmark", e.benchmark());
                            cell.put("params", params);
                            cells.add(cell);
                        }
                    }
                }
            }
        }
        int n = benchmarks <= 0 ? cells.size() : benchmarks;
        SplittableRandom rnd = new SplittableRandom(n * 31L + profile.id().hashCode());
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> cell = cells.get(i % cells.size());
            @SuppressWarnings("unchecked")
            Map<String, Object> params = new LinkedHashMap<>((Map<String, Object>) cell.get("params"));
            if (i >= cells.size()) {
                params.put("copy", Integer.toString(i / cells.size()));
            }
            String strategy = (String) params.get("strategy");
            long bytes = sizes.bytes((String) params.get("corpus"), null);
            double usPerOp = Math.max(1, bytes) / 1e9 * 1e6 * (strategy != null && strategy.startsWith("mapped") ? 0.4 : 1.0)
                    * (1 + 0.5 * rnd.nextDouble()) + 2 + rnd.nextDouble() * 5;
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("jmhVersion", "1.37");
            b.put("benchmark", cell.get("benchmark"));
            b.put("mode", "avgt");
            b.put("threads", 1);
            b.put("forks", profile.forks());
            b.put("jvm", "/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");
            b.put("jvmArgs", RunExecutor.forkJvmArgs(profile));
            b.put("jdkVersion", "25.0.3");
            b.put("vmName", "OpenJDK 64-Bit Server VM");
            b.put("vmVersion", "25.0.3+9-LTS");
            b.put("warmupIterations", profile.warmupIterations());
            b.put("warmupTime", profile.warmupMillis() + " ms");
            b.put("warmupBatchSize", 1);
            b.put("measurementIterations", profile.measurementIterations());
            b.put("measurementTime", profile.measurementMillis() + " ms");
            b.put("measurementBatchSize", 1);
            b.put("params", params);
            b.put("primaryMetric", metric(rnd, usPerOp, 0.08, "us/op", profile));
            Map<String, Object> secondary = new LinkedHashMap<>();
            secondary.put("gc.alloc.rate", metric(rnd, 500, 0.1, "MB/sec", profile));
            secondary.put("gc.alloc.rate.norm", metric(rnd, strategy != null && strategy.startsWith("mapped") ? 96 : bytes + 24.0, 0.0, "B/op", profile));
            secondary.put("gc.count", metric(rnd, 3, 0.5, "counts", profile));
            secondary.put("gc.time", metric(rnd, 4, 0.5, "ms", profile));
            b.put("secondaryMetrics", secondary);
            out.add(b);
        }
        Files.createDirectories(dir);
        new ObjectMapper().writeValue(dir.resolve("jmh.json").toFile(), out);
        return dir;
    }

    private static List<String> orNull(List<String> values) {
        List<String> l = new ArrayList<>(values);
        if (l.isEmpty()) {
            l.add(null);
        }
        return l;
    }

    private static void putIf(Map<String, Object> params, String key, String value) {
        if (value != null) {
            params.put(key, value);
        }
    }

    private static Map<String, Object> metric(SplittableRandom rnd, double center, double spread, String unit, BenchProfile p) {
        List<List<Double>> raw = new ArrayList<>();
        double sum = 0;
        int count = 0;
        for (int f = 0; f < p.forks(); f++) {
            double forkShift = 1 + spread * (rnd.nextDouble() - 0.5);
            List<Double> it = new ArrayList<>();
            for (int i = 0; i < p.measurementIterations(); i++) {
                double v = center * forkShift * (1 + spread / 2 * (rnd.nextDouble() - 0.5));
                it.add(v);
                sum += v;
                count++;
            }
            raw.add(it);
        }
        double mean = sum / count;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("score", mean);
        m.put("scoreError", mean * spread / 2);
        m.put("scoreConfidence", List.of(mean * (1 - spread / 2), mean * (1 + spread / 2)));
        m.put("scoreUnit", unit);
        m.put("rawData", raw);
        return m;
    }

    /** {@code SyntheticRun PROFILE BENCHMARKS OUT_DIR}. */
    public static void main(String[] args) throws IOException {
        Path dir = write(Path.of(args[2]), BenchProfile.byName(args[0]), Integer.parseInt(args[1]), TestCorpusSizes.MANIFEST);
        System.out.println(dir.resolve("jmh.json"));
    }
}
