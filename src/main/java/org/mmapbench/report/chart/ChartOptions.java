package org.mmapbench.report.chart;

/**
 * How charts are drawn.
 *
 * @param logScale draw every bar chart on a logarithmic value axis; without it, a chart uses one
 *     only when its values span more than 10x ({@link Axis#LOG_SPAN})
 * @param width chart width in pixels
 * @param height height of the size charts in pixels (bar charts grow with their number of bars)
 */
public record ChartOptions(boolean logScale, int width, int height) {
    /** Automatic axes, 900 pixels wide. */
    public static final ChartOptions DEFAULT = new ChartOptions(false, 900, 500);
}
