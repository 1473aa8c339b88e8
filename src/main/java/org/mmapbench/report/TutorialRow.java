package org.mmapbench.report;

/**
 * One line of {@code tutorial.csv}: one of the five comparisons of the classic Python mmap article
 * beside this run's Java ratios.
 *
 * @param comparison the article's name for it, e.g. {@code find}
 * @param workload mmapbench's workload, e.g. {@code find}
 * @param articleRatio the article's published ratio (regular time / mmap time)
 * @param idiomatic the measured idiomatic-variant speedup, or null when not measured
 * @param idiomaticNote why {@code idiomatic} is missing (empty when present)
 * @param fair the measured fair-variant speedup, or null when not measured
 * @param fairNote why {@code fair} is missing (empty when present)
 */
public record TutorialRow(String comparison, String workload, double articleRatio, SpeedupRow idiomatic,
        String idiomaticNote, SpeedupRow fair, String fairNote) {
}
