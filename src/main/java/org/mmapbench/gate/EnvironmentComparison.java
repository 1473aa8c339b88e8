package org.mmapbench.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.mmapbench.results.EnvironmentInfo;

/**
 * Whether two runs happened in comparable environments: the properties of
 * {@link EnvironmentInfo#fingerprint()} (CPU model, cores, kernel, JDK, corpus SHA-256s) that differ.
 *
 * <p>Absolute timings from different machines or JDKs say nothing about the code, so the gate refuses
 * them unless told otherwise; mapped-vs-regular speedups ({@code --relative}) stay meaningful.
 *
 * @param differences one {@code name: baseline -> candidate} line per differing property, sorted
 */
public record EnvironmentComparison(List<String> differences) {

    /** Copies the list. */
    public EnvironmentComparison {
        differences = List.copyOf(differences);
    }

    /** Compares the fingerprint properties of two environments; a property known on one side only differs. */
    public static EnvironmentComparison of(EnvironmentInfo baseline, EnvironmentInfo candidate) {
        TreeSet<String> keys = new TreeSet<>();
        keys.addAll(fingerprintKeys(baseline));
        keys.addAll(fingerprintKeys(candidate));
        List<String> diffs = new ArrayList<>();
        for (String k : keys) {
            String b = baseline == null ? null : baseline.get(k);
            String c = candidate == null ? null : candidate.get(k);
            if (!Objects.equals(b, c)) {
                diffs.add(k + ": " + (b == null ? "(unknown)" : b) + " -> " + (c == null ? "(unknown)" : c));
            }
        }
        return new EnvironmentComparison(diffs);
    }

    private static List<String> fingerprintKeys(EnvironmentInfo env) {
        List<String> keys = new ArrayList<>();
        if (env == null) {
            return keys;
        }
        for (String k : env.properties().keySet()) {
            if (EnvironmentInfo.FINGERPRINT_KEYS.contains(k) || (k.startsWith("corpus.") && k.endsWith(".sha256"))) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** Whether the fingerprints are equal. */
    public boolean comparable() {
        return differences.isEmpty();
    }

    /** The differences on one line, e.g. {@code cpu.model: A -> B; jdk.version: 25 -> 25.0.1}. */
    public String describe() {
        return String.join("; ", differences);
    }
}
