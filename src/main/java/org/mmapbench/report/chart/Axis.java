package org.mmapbench.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * A value axis mapped onto a pixel range, linear or logarithmic.
 *
 * <p>{@link #fit} chooses the scale: logarithmic when asked to, or when the positive values span
 * more than {@link #LOG_SPAN} (one workload's fast and slow strategies then stay readable);
 * linear axes start at zero when no value is negative. A logarithmic axis runs from the decade below
 * the smallest positive value to the decade above the largest.
 *
 * @param log whether the scale is logarithmic
 * @param min the value at the start of the axis
 * @param max the value at the end of the axis
 */
record Axis(boolean log, double min, double max) {
    /** Values spanning more than this ratio get a logarithmic axis automatically. */
    static final double LOG_SPAN = 10.0;

    /** Fits an axis to finite values (all drawn values, interval bounds included); {@code forceLog} asks for a log scale. */
    static Axis fit(List<Double> values, boolean forceLog) {
        return fit(values, forceLog, true);
    }

    /** Fits a linear axis to finite values, however widely they spread (e.g. iteration numbers). */
    static Axis fitLinear(List<Double> values) {
        return fit(values, false, false);
    }

    private static Axis fit(List<Double> values, boolean forceLog, boolean allowLog) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double minPositive = Double.POSITIVE_INFINITY;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                continue;
            }
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
            if (v > 0) {
                minPositive = Math.min(minPositive, v);
            }
        }
        if (hi == Double.NEGATIVE_INFINITY) {
            return new Axis(false, 0, 1);
        }
        boolean canLog = Double.isFinite(minPositive) && hi > 0;
        if (canLog && allowLog && (forceLog || hi / minPositive > LOG_SPAN)) {
            double a = Math.pow(10, Math.floor(Math.log10(minPositive)));
            double b = Math.pow(10, Math.ceil(Math.log10(hi)));
            return new Axis(true, a, b > a ? b : a * 10);
        }
        double start = Math.min(0, lo);
        double end = Math.max(0, hi);
        if (end == start) {
            end = start + 1;
        }
        double step = niceStep((end - start) / 5);
        return new Axis(false, Math.floor(start / step) * step, Math.ceil(end / step) * step);
    }

    /** A step of 1, 2 or 5 times a power of ten near {@code raw}. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / p;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
    }

    /** The fraction 0..1 along the axis of a value; values outside are clamped (a log axis clamps values <= 0 to its start). */
    double fraction(double v) {
        double f;
        if (log) {
            f = v <= 0 ? 0 : (Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
        } else {
            f = (v - min) / (max - min);
        }
        return Math.max(0, Math.min(1, f));
    }

    /** Whether a value lies on the axis (not clamped). */
    boolean contains(double v) {
        return v >= min && v <= max && (!log || v > 0);
    }

    /** The pixel of a value on an axis drawn from pixel {@code from} to pixel {@code to}. */
    double pixel(double v, double from, double to) {
        return from + fraction(v) * (to - from);
    }

    /** Tick values: decades on a log axis (with 2 and 5 when there are few), about six steps on a linear one. */
    List<Double> ticks() {
        List<Double> t = new ArrayList<>();
        if (log) {
            int decades = (int) Math.round(Math.log10(max / min));
            for (double d = min; d <= max * 1.0001; d *= 10) {
                t.add(d);
                if (decades <= 2 && d * 2 < max) {
                    t.add(d * 2);
                    t.add(d * 5);
                }
            }
            t.removeIf(v -> v > max * 1.0001);
            return t;
        }
        double step = niceStep((max - min) / 6);
        for (double v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) {
            t.add(Math.abs(v) < step * 1e-9 ? 0.0 : v);
        }
        return t;
    }
}
