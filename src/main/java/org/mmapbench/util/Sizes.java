package org.mmapbench.util;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses and formats byte sizes written like {@code 4KiB}, {@code 64MiB}, {@code 4GiB} or plain bytes.
 *
 * <p>Binary units (KiB, MiB, GiB, TiB) are powers of 1024; decimal units (KB, MB, GB, TB) are
 * powers of 1000; {@code B} or no unit means bytes. Units are case-insensitive.
 */
public final class Sizes {
    private static final Pattern SIZE = Pattern.compile("\\s*(\\d+)\\s*([KMGT]i?B|B)?\\s*", Pattern.CASE_INSENSITIVE);

    private Sizes() {
    }

    /**
     * Parses a size; {@code what} names the argument in the error message.
     *
     * @throws UserInputException if the text is not a size or is too large
     */
    public static long parse(String text, String what) {
        Matcher m = text == null ? null : SIZE.matcher(text);
        if (m == null || !m.matches()) {
            throw new UserInputException(what + ": '" + text + "' is not a size (write e.g. 4096, 4KiB, 64MiB, 4GiB)");
        }
        long mult = multiplier(m.group(2));
        try {
            return Math.multiplyExact(Long.parseLong(m.group(1)), mult);
        } catch (ArithmeticException | NumberFormatException e) {
            throw new UserInputException(what + ": '" + text + "' is too large");
        }
    }

    private static long multiplier(String unit) {
        if (unit == null || unit.equalsIgnoreCase("B")) {
            return 1;
        }
        String u = unit.toUpperCase(Locale.ROOT);
        long base = u.contains("I") ? 1024 : 1000;
        int power = "KMGT".indexOf(u.charAt(0)) + 1;
        long m = 1;
        for (int i = 0; i < power; i++) {
            m *= base;
        }
        return m;
    }

    /** Formats a byte count with the largest binary unit that keeps it exact, e.g. {@code 64MiB}, or bytes. */
    public static String formatExact(long bytes) {
        String[] units = {"TiB", "GiB", "MiB", "KiB"};
        long[] mults = {1L << 40, 1L << 30, 1L << 20, 1L << 10};
        for (int i = 0; i < units.length; i++) {
            if (bytes >= mults[i] && bytes % mults[i] == 0) {
                return (bytes / mults[i]) + units[i];
            }
        }
        return Long.toString(bytes);
    }

    /** Formats a byte count for people, e.g. {@code 2.24 MiB}. */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int i = -1;
        while (v >= 1024 && i < units.length - 1) {
            v /= 1024;
            i++;
        }
        return String.format(Locale.ROOT, "%.2f %s", v, units[i]);
    }
}
