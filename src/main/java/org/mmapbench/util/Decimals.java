package org.mmapbench.util;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The project's one way to round a number to significant digits and write it: locale-independent,
 * so identical input gives byte-identical output in every default locale.
 *
 * <p>Rules: values are rounded half-even; NaN is written as an empty string, infinities as
 * {@code inf} and {@code -inf}; other values in plain decimal notation with {@code .} as the decimal
 * separator, no grouping, no exponent and no trailing zeros.
 */
public final class Decimals {

    private Decimals() {
    }

    /** {@code v} rounded half-even to {@code digits} significant digits (finite, non-zero {@code v} only). */
    public static BigDecimal round(double v, int digits) {
        return new BigDecimal(v).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    }

    /** {@code v} with {@code digits} significant digits, by the rules above, e.g. {@code 1234.57}, {@code 0.00000036}. */
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
        String s = round(v, digits).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
