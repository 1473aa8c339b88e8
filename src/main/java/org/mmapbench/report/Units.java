package org.mmapbench.report;

import java.util.Locale;

/** Converts JMH score units ({@code us/op}, {@code ops/ms}, ...) to seconds per operation. */
public final class Units {
    private Units() {
    }

    /**
     * Seconds per operation for a score in {@code unit}, or NaN when the unit is neither a time per
     * operation ({@code ns/op}, {@code us/op}, {@code ms/op}, {@code s/op}, {@code min/op}) nor
     * operations per time ({@code ops/ns} ... {@code ops/s}).
     */
    public static double secondsPerOp(String unit, double score) {
        if (unit == null) {
            return Double.NaN;
        }
        String u = unit.trim().toLowerCase(Locale.ROOT);
        if (u.endsWith("/op")) {
            double s = seconds(u.substring(0, u.length() - 3));
            return s * score;
        }
        if (u.startsWith("ops/")) {
            double s = seconds(u.substring(4));
            return s / score;
        }
        return Double.NaN;
    }

    /** Whether scores in {@code unit} can be converted to seconds per operation. */
    public static boolean isTimeUnit(String unit) {
        return !Double.isNaN(secondsPerOp(unit, 1.0));
    }

    private static double seconds(String unit) {
        return switch (unit) {
            case "ns" -> 1e-9;
            case "us", "\u00b5s" -> 1e-6;
            case "ms" -> 1e-3;
            case "s" -> 1.0;
            case "min" -> 60.0;
            case "hr", "h" -> 3600.0;
            default -> Double.NaN;
        };
    }
}
