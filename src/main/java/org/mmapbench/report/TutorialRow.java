package org.mmapbench.report;

/**
 * One line of {@code tutorial.csv}: one of the five comparisons of the classic Python mmap article
 * beside this run's ratios (regular time / mapped time; above 1: mapped faster).
 *
 * @param comparison the article's name for it, e.g. {@code find}
 * @param workload mmapbench's workload, e.g. {@code find}
 * @param articleRatio the article's published ratio
 * @param python the article's Python functions timed on this machine (regular median / mmap median), or null
 * @param pythonNote why {@code python} is missing (empty when present)
 * @param literal the literal variant's speedup (the article's code translated line by line), or null
 * @param literalNote why {@code literal} is missing (empty when present)
 * @param idiomatic the measured idiomatic-variant speedup, or null when not measured
 * @param idiomaticNote why {@code idiomatic} is missing (empty when present)
 * @param fair the measured fair-variant speedup (mapped vs a whole-file read allocated per operation), or null
 * @param fairNote why {@code fair} is missing (empty when present)
 * @param contender the fair mapped cell against the strongest regular contender fixed in advance
 *                  ({@link Tutorial#CONTENDER}), or null
 * @param contenderNote why {@code contender} is missing (empty when present)
 */
public record TutorialRow(String comparison, String workload, double articleRatio, Double python, String pythonNote,
        SpeedupRow literal, String literalNote, SpeedupRow idiomatic, String idiomaticNote, SpeedupRow fair, String fairNote,
        SpeedupRow contender, String contenderNote) {
}
