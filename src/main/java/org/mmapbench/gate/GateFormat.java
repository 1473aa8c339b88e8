package org.mmapbench.gate;

import java.math.BigDecimal;
import java.util.Locale;
import org.mmapbench.util.Decimals;

/** Number formatting shared by the gate's table, Markdown and HTML: locale-independent, NaN as blank. */
final class GateFormat {

    private GateFormat() {
    }

    /** A signed percentage with one decimal, e.g. {@code +12.3%}; empty for NaN. */
    static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
        return s.equals("-0.0%") ? "+0.0%" : s;
    }

    /** An unsigned percentage with one decimal, e.g. {@code 8.2%}; empty for NaN. */
    static String plainPercent(double fraction) {
        return Double.isNaN(fraction) ? "" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /** The change with its interval, e.g. {@code +12.3% [+8.1%, +16.0%]}; empty for NaN. */
    static String delta(GateRow r) {
        if (Double.isNaN(r.ratio())) {
            return "";
        }
        return percent(r.ratio() - 1) + " [" + percent(r.ciLow() - 1) + ", " + percent(r.ciHigh() - 1) + "]";
    }

    /** A value for people, four significant digits ({@link Decimals}), e.g. {@code 1234}, {@code 12.35}, {@code 0.001235}; empty for NaN. */
    static String value(double v) {
        return Decimals.significant(v, 4);
    }

    /** One side of a row, e.g. {@code 12.35 ±1.2% (5)} or {@code 12.35 ±1.2% (5, 1 unsteady)}: centre, between-fork spread, forks and unsteady forks when any; empty when untested. */
    static String side(double centre, double spread, int forks, int unsteady) {
        if (Double.isNaN(centre)) {
            return "";
        }
        return value(centre) + " ±" + plainPercent(spread) + " (" + forks + (unsteady > 0 ? ", " + unsteady + " unsteady" : "") + ")";
    }

    /** A p-value for people: 2 significant digits, {@code <0.0001} below that; empty for NaN. */
    static String p(double p) {
        if (Double.isNaN(p)) {
            return "";
        }
        if (p < 1e-4) {
            return "<0.0001";
        }
        return Decimals.significant(p, 2);
    }

    /**
     * A number for machines: up to 8 significant digits ({@link Decimals#round}), plain notation from 1e-6 to
     * 1e12 and E notation outside, empty for NaN.
     */
    static String machine(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        if (v == 0) {
            return "0";
        }
        BigDecimal d = Decimals.round(v, 8).stripTrailingZeros();
        return Math.abs(v) >= 1e-6 && Math.abs(v) < 1e12 ? d.toPlainString() : d.toString();
    }

    /** The options line shared by every output. */
    static String method(GateResult result) {
        GateOptions o = result.options();
        return String.format(Locale.ROOT,
                "%s; threshold %s, alpha %s with Holm over %d tested rows; Welch t on log per-fork medians; "
                        + "95%% bootstrap CI (%d resamples, seed %d)",
                o.relative() ? "relative mode (mapped-vs-regular speedups)" : "absolute mode",
                plainPercent(o.threshold()), value(o.alpha()), result.tested(), o.resamples(), o.seed());
    }
}
