package org.mmapbench.report.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.mmapbench.report.Fixtures;

/**
 * Run folders for history tests, made from the synthetic tutorial run (44 benchmarks, 3 forks, raw data):
 * every fork's values scaled by its own small random factor, optionally one benchmark slowed down, with
 * an {@code environment.json} naming the time, commit and CPU.
 */
public final class HistoryFixture {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HistoryFixture() {
    }

    /**
     * Writes {@code root/id/jmh.json} and {@code environment.json}; the benchmark whose
     * {@code method/strategy} (e.g. {@code ReadBenchmark.fair/mappedSegment}) is {@code slow} gets
     * {@code factor} times its values (null: none).
     */
    public static Path run(Path root, String id, String timeStart, String cpu, long seed, String slow, double factor) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        ArrayNode runs = (ArrayNode) JSON.readTree(Fixtures.jmh("synthetic/tutorial-don-quixote.json").toFile());
        for (JsonNode b : runs) {
            String name = b.path("benchmark").asText();
            String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1) + "/" + b.path("params").path("strategy").asText();
            double f = shortName.equals(slow) ? factor : 1;
            ArrayNode forks = (ArrayNode) b.path("primaryMetric").path("rawData");
            for (JsonNode fork : forks) {
                double noise = f * Math.exp(0.01 * gaussian(random));
                ArrayNode values = (ArrayNode) fork;
                for (int i = 0; i < values.size(); i++) {
                    values.set(i, values.get(i).asDouble() * noise);
                }
            }
        }
        Path dir = Files.createDirectories(root.resolve(id));
        JSON.writeValue(dir.resolve("jmh.json").toFile(), runs);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("time.start", timeStart);
        env.put("git.commit", Long.toHexString(seed * 0x9E3779B97F4A7C15L));
        env.put("profile", "quick");
        env.put("run.id", id);
        env.put("cpu.model", cpu);
        env.put("cpu.cores", "2");
        env.put("os.kernel", "6.1.0-test");
        env.put("jdk.version", "25.0.1");
        env.put("fs.type", cpu.contains("ARM") ? "xfs" : "ext4");
        env.put("read_ahead_kb", "128");
        env.put("thp", "madvise");
        ObjectNode node = JSON.valueToTree(env);
        JSON.writeValue(dir.resolve("environment.json").toFile(), node);
        return dir;
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
