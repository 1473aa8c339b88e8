package org.mmapbench.report.chart;

import java.util.List;
import org.mmapbench.results.StrategyPairs;

/**
 * The fixed colours of access strategies: regular strategies in a blue-green family, mapped ones in
 * an orange-red family, so that regular and mapped can be told apart at a glance, and every strategy
 * has the same colour in every chart and legend of every report.
 *
 * <p>Known strategies have a colour of their own; an unknown strategy (a foreign benchmark's) gets a
 * shade of its family chosen by a stable hash of its id; rows without a strategy are grey.
 */
public final class Palette {
    /** Regular strategies with their own colour, in the documented strategy order. */
    static final List<String> REGULAR = List.of("readAllBytes", "bufferedStream", "channelHeap", "channelDirect",
            "randomAccessFile", "pread", "readString", "bufferedReader");
    /** Mapped strategies with their own colour. */
    static final List<String> MAPPED = List.of("mappedBuffer", "mappedSegment");

    private static final List<String> REGULAR_COLOURS = List.of("#1f4e9c", "#3a7bd5", "#5fa8e8", "#0f7f8c",
            "#2aa6a0", "#6f8fc7", "#123a6b", "#7bc4d9");
    private static final List<String> MAPPED_COLOURS = List.of("#e8590c", "#b3261e", "#f59f00", "#d6336c");
    /** The colour of rows without a strategy parameter. */
    public static final String NEUTRAL = "#7a7a7a";
    /** The colour of reference lines (1.0 = no difference) and crossover marks. */
    public static final String REFERENCE = "#c00000";

    private Palette() {
    }

    /** The colour of a strategy, as {@code #rrggbb}; {@link #NEUTRAL} for null. */
    public static String of(String strategy) {
        if (strategy == null || strategy.isEmpty()) {
            return NEUTRAL;
        }
        boolean mapped = StrategyPairs.isMapped(strategy);
        List<String> known = mapped ? MAPPED : REGULAR;
        List<String> colours = mapped ? MAPPED_COLOURS : REGULAR_COLOURS;
        int i = known.indexOf(strategy);
        if (i >= 0) {
            return colours.get(i);
        }
        return colours.get(Math.floorMod(strategy.hashCode(), colours.size()));
    }

    /** Whether a colour belongs to the mapped family. */
    public static boolean isMappedColour(String colour) {
        return MAPPED_COLOURS.contains(colour);
    }

    /** Whether a colour belongs to the regular family. */
    public static boolean isRegularColour(String colour) {
        return REGULAR_COLOURS.contains(colour);
    }
}
