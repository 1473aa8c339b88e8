package org.mmapbench.results;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a run happened: JDK, OS, kernel, CPU and other facts, as flat name/value properties.
 *
 * <p>Built from {@code environment.json} beside a {@code jmh.json} when there is one, else from the
 * JVM fields of the JMH JSON ({@code jdkVersion}, {@code vmName}, {@code vmVersion}, {@code jvm}).
 * The main property names of mmapbench's own {@code environment.json} ({@code docs/environment.md} lists all):
 * {@code jdk.version}, {@code jdk.vendor}, {@code jvm.name}, {@code jvm.args}, {@code os.name},
 * {@code os.kernel}, {@code cpu.model}, {@code cpu.cores}, {@code memory.bytes}, {@code fs.type},
 * {@code thp}, {@code read_ahead_kb}, {@code fault_around_bytes}, {@code cache.states},
 * {@code git.commit}, {@code corpus.<id>.sha256}, {@code corpus.<id>.bytes}, {@code hostname},
 * {@code profile}, {@code run.id}, {@code time.start}, {@code time.end}.
 *
 * @param properties the facts, sorted by name
 */
public record EnvironmentInfo(SortedMap<String, String> properties) {

    /** Properties that must be equal for absolute timings to be comparable. */
    public static final List<String> FINGERPRINT_KEYS = List.of("cpu.model", "cpu.cores", "os.kernel", "jdk.version");

    /** Copies the properties into sorted, unmodifiable form. */
    public EnvironmentInfo {
        properties = Collections.unmodifiableSortedMap(new TreeMap<>(properties));
    }

    /** An environment with the given properties. */
    public static EnvironmentInfo of(Map<String, String> properties) {
        return new EnvironmentInfo(new TreeMap<>(properties));
    }

    /** A property, or null. */
    public String get(String name) {
        return properties.get(name);
    }

    /**
     * The comparable identity of the machine and software: CPU model, cores, kernel, JDK and the
     * SHA-256 of every corpus, as one sorted {@code name=value;...} string. Unknown keys are left out.
     */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : properties.entrySet()) {
            String k = e.getKey();
            if (FINGERPRINT_KEYS.contains(k) || (k.startsWith("corpus.") && k.endsWith(".sha256"))) {
                sb.append(sb.isEmpty() ? "" : ";").append(k).append('=').append(e.getValue());
            }
        }
        return sb.toString();
    }

    /** A short label for grouping: {@code cpu.model, N cores, kernel, JDK}, with unknown parts left out. */
    public String label() {
        StringBuilder sb = new StringBuilder();
        for (String k : List.of("hostname", "cpu.model", "cpu.cores", "os.kernel", "jdk.version")) {
            String v = properties.get(k);
            if (v != null && !v.isBlank()) {
                sb.append(sb.isEmpty() ? "" : ", ").append(k.equals("cpu.cores") ? v + " cores" : k.equals("jdk.version") ? "JDK " + v : v);
            }
        }
        return sb.isEmpty() ? "unknown environment" : sb.toString();
    }
}
