package org.mmapbench.report;

import java.math.BigDecimal;
import org.mmapbench.util.Decimals;

/**
 * The report's number policy: how many significant digits machine-readable and human-readable output
 * keeps. Rounding and notation are {@link Decimals}' rules.
 */
public final class Numbers {
    /** Significant digits in machine-readable output (CSV). */
    public static final int CSV_DIGITS = 6;
    /** Significant digits in text meant for people (HTML, Markdown). */
    public static final int HUMAN_DIGITS = 3;

    private Numbers() {
    }

    /** A value for CSV: {@value #CSV_DIGITS} significant digits. */
    public static String csv(double v) {
        return Decimals.significant(v, CSV_DIGITS);
    }

    /** A value for people: {@value #HUMAN_DIGITS} significant digits kept even when zero ({@code 1.00}), "n/a" for NaN. */
    public static String human(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v) || v == 0) {
            return Decimals.significant(v, HUMAN_DIGITS);
        }
        BigDecimal d = Decimals.round(v, HUMAN_DIGITS);
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** A whole number, or an empty string when negative (unknown). */
    public static String count(long n) {
        return n < 0 ? "" : Long.toString(n);
    }

    /**
     * A byte count for people with {@value #HUMAN_DIGITS} significant digits and the largest binary unit
     * that keeps it at or above 1, whole numbers without decimals: {@code 4 KiB}, {@code 380 KiB}, {@code 1.20 MiB}.
     */
    public static String bytes(double bytes) {
        String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int i = 0;
        while (Math.abs(v) >= 1024 && i < units.length - 1) {
            v /= 1024;
            i++;
        }
        return (v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : human(v)) + " " + units[i];
    }
}
