package org.mmapbench.report.chart;

/**
 * A chart with the file stem it is saved under and the section it belongs to.
 *
 * @param stem file name without extension, e.g. {@code bars-find-avgt}
 * @param section the workload it illustrates, or {@code ""} for report-wide charts (speedup overview)
 * @param kind what it shows: {@code bars}, {@code speedup}, {@code size}, {@code alloc}
 * @param caption one sentence describing the chart, for alt text and figure captions
 * @param figure the laid-out drawing
 */
public record NamedChart(String stem, String section, String kind, String caption, Figure figure) {
}
