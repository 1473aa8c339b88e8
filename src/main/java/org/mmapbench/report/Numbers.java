package org.mmapbench.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Locale-independent number formatting for every report output, so identical input gives
 * byte-identical files in every default locale.
 *
 * <p>Rules: NaN is written as an empty string, infinities as {@code inf} and {@code -inf}; other
 * values are rounded half-even to a fixed number of significant digits and written in plain decimal
 * notation with {@code .} as the decimal separator, no grouping and no exponent, trailing zeros removed.
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
        return significant(v, CSV_DIGITS);
    }

    /** A value for people: {@value #HUMAN_DIGITS} significant digits kept even when zero ({@code 1.00}), "n/a" for NaN. */
    public static String human(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v) || v == 0) {
            return significant(v, HUMAN_DIGITS);
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(HUMAN_DIGITS, RoundingMode.HALF_EVEN));
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** A value rounded to {@code digits} significant digits, by the rules above. */
    public static String significant(double v, int digits) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        String s = d.toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** A whole number, or an empty string when negative (unknown). */
    public static String count(long n) {
        return n < 0 ? "" : Long.toString(n);
    }
}
