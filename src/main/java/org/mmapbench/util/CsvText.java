package org.mmapbench.util;

import java.util.regex.Pattern;

/**
 * Neutralises CSV cells that a spreadsheet would run as a formula (CSV injection), following OWASP's
 * guidance: a text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a leading apostrophe, so {@code =cmd|' /C calc'!A0} is shown as text. A cell that is a
 * number ({@code -0.25}, {@code +1e3}) stays a number; non-text values pass unchanged.
 */
public final class CsvText {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|[+-]?(inf|infinity)|nan",
            Pattern.CASE_INSENSITIVE);

    private CsvText() {
    }

    /** One cell, made safe. */
    public static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        return risky && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }

    /** A record's cells, each text cell made safe (for {@code CSVPrinter.printRecord}). */
    public static Object[] cells(Object... values) {
        Object[] out = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] instanceof String s ? safe(s) : values[i];
        }
        return out;
    }
}
