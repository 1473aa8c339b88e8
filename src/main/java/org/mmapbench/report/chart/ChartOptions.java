package org.mmapbench.report.chart;

/**
 * How charts are drawn.
 *
 * @param logScale draw the per-workload bar charts with a logarithmic value axis. NOTE: XChart 3.8.8
 *     draws error bars wrongly on a logarithmic axis, so log-scale bar charts show no error bars (the
 *     tables beside them give the 95% intervals)
 * @param width chart width in pixels
 * @param height chart height in pixels
 */
public record ChartOptions(boolean logScale, int width, int height) {
    /** Linear bars with error bars, 900 x 500 pixels. */
    public static final ChartOptions DEFAULT = new ChartOptions(false, 900, 500);
}
