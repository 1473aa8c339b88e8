package org.mmapbench.results;

import java.util.Locale;

/** A JMH benchmark mode, as written in JMH JSON ({@code thrpt}, {@code avgt}, {@code sample}, {@code ss}). */
public enum BenchMode {
    /** Operations per unit of time; higher is better. */
    THROUGHPUT("thrpt", true),
    /** Average time per operation; lower is better. */
    AVERAGE_TIME("avgt", false),
    /** Sampled time per operation (histograms in JSON); lower is better. */
    SAMPLE_TIME("sample", false),
    /** Time of one cold operation; lower is better. */
    SINGLE_SHOT("ss", false);

    private final String shortName;
    private final boolean higherIsBetter;

    BenchMode(String shortName, boolean higherIsBetter) {
        this.shortName = shortName;
        this.higherIsBetter = higherIsBetter;
    }

    /** The label JMH uses in JSON and tables. */
    public String shortName() {
        return shortName;
    }

    /** Whether a larger primary score is an improvement in this mode. */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** Parses JMH's short or long mode name; null when unknown. */
    public static BenchMode fromJmh(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (BenchMode m : values()) {
            if (m.shortName.equals(t) || m.name().replace("_", "").equalsIgnoreCase(t.replace("_", ""))) {
                return m;
            }
        }
        return switch (t) {
            case "throughput" -> THROUGHPUT;
            case "averagetime" -> AVERAGE_TIME;
            case "sampletime" -> SAMPLE_TIME;
            case "singleshottime" -> SINGLE_SHOT;
            default -> null;
        };
    }
}
