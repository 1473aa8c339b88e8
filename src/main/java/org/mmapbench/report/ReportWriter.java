package org.mmapbench.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mmapbench.report.chart.AnatomyCharts;
import org.mmapbench.report.chart.ChartOptions;
import org.mmapbench.report.chart.ChartWriter;
import org.mmapbench.report.chart.Charts;
import org.mmapbench.report.chart.NamedChart;
import org.mmapbench.report.chart.TimeSeriesCharts;
import org.mmapbench.report.csv.AnatomyCsv;
import org.mmapbench.report.csv.CeilingsCsv;
import org.mmapbench.report.csv.CrossoverCsv;
import org.mmapbench.report.csv.HintsCsv;
import org.mmapbench.report.csv.ResultsCsv;
import org.mmapbench.report.csv.SpeedupCsv;
import org.mmapbench.report.csv.TimeSeriesCsv;
import org.mmapbench.report.csv.TutorialCsv;
import org.mmapbench.report.csv.WritesCsv;
import org.mmapbench.report.html.AnatomyHtml;
import org.mmapbench.report.html.HtmlReport;
import org.mmapbench.report.html.HtmlSection;
import org.mmapbench.report.html.TimeSeriesHtml;
import org.mmapbench.results.CorpusSizes;
import org.mmapbench.results.CrashTable;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.results.RunResults;
import org.mmapbench.util.AtomicOutput;
import org.mmapbench.util.OwnedFolder;

/**
 * Writes a complete report folder from runs: {@code results.csv}, {@code speedup.csv},
 * {@code crossover.csv}, {@code tutorial.csv}, {@code anatomy.csv}, {@code hints.csv}, {@code ceilings.csv}, {@code timeseries.csv}
 * (when the runs measured from a cold start), {@code durability.csv} and
 * {@code write-modes.csv} (when the runs measured the write variants), charts as PNG and SVG, {@code index.html},
 * {@code summary.md} and copies of
 * each run's {@code jmh.json} and {@code environment.json}.
 *
 * <p>The folder is built in a temporary sibling and moved into place only when complete
 * ({@link AtomicOutput#writeDirectory}), so a failure leaves no half-written report.
 */
public final class ReportWriter {
    /** The report's entry page. */
    public static final String INDEX = "index.html";
    /** The folder name of the newest report under the reports root. */
    public static final String LATEST = "latest";
    /** The kind of folder a report is, as its {@link org.mmapbench.util.OwnedFolder} marker says. */
    public static final String KIND = "report";

    private ReportWriter() {
    }

    /** Writes the report of {@code runs} into {@code outDir} with default charts and no extra sections; returns index.html. */
    public static Path write(List<RunResults> runs, CorpusSizes sizes, Path outDir) throws IOException {
        return write(runs, sizes, outDir, ChartOptions.DEFAULT, List.of());
    }

    /**
     * Writes the report of {@code runs} into {@code outDir} (replacing it atomically) and returns the
     * path of its {@code index.html}.
     *
     * @param sizes corpus sizes for runs whose environment does not record them
     * @param extraSections sections added to index.html after the tutorial table (e.g. the gate's verdict)
     */
    public static Path write(List<RunResults> runs, CorpusSizes sizes, Path outDir, ChartOptions options,
            List<HtmlSection> extraSections) throws IOException {
        return write(runs, sizes, outDir, options, extraSections, tmp -> { });
    }

    /**
     * Writes the report like {@link #write(List, CorpusSizes, Path, ChartOptions, List)}, letting
     * {@code extraFiles} add files to the folder before it is published (e.g. the gate's files).
     */
    public static Path write(List<RunResults> runs, CorpusSizes sizes, Path outDir, ChartOptions options,
            List<HtmlSection> extraSections, AtomicOutput.Writer extraFiles) throws IOException {
        ReportData data = ReportData.of(runs, sizes);
        AtomicOutput.writeDirectory(outDir, KIND, tmp -> {
            fill(data, tmp, options, extraSections);
            extraFiles.write(tmp);
        });
        return outDir.resolve(INDEX);
    }

    /**
     * Writes the report into {@code <reportsRoot>/<report-id>/} and points {@code <reportsRoot>/latest/}
     * at it ({@link LatestPointer}); returns the report's index.html.
     */
    public static Path writeToReports(List<RunResults> runs, CorpusSizes sizes, Path reportsRoot, ChartOptions options,
            List<HtmlSection> extraSections) throws IOException {
        return writeToReports(runs, sizes, reportsRoot, options, extraSections, tmp -> { });
    }

    /**
     * Writes the report like {@link #writeToReports(List, CorpusSizes, Path, ChartOptions, List)},
     * with {@code extraFiles} added to it. The report and the {@code latest/} pointer are both built
     * completely before either is moved into place, so a failure (a full disk) publishes neither.
     */
    public static Path writeToReports(List<RunResults> runs, CorpusSizes sizes, Path reportsRoot, ChartOptions options,
            List<HtmlSection> extraSections, AtomicOutput.Writer extraFiles) throws IOException {
        ReportData data = ReportData.of(runs, sizes);
        Path dir = reportsRoot.resolve(safeId(data.reportId()));
        Path latest = reportsRoot.resolve(LATEST);
        OwnedFolder.requireReplaceable(latest, KIND, null);
        AtomicOutput.Staged report = AtomicOutput.stageDirectory(dir, KIND, tmp -> {
            fill(data, tmp, options, extraSections);
            extraFiles.write(tmp);
        });
        AtomicOutput.Staged copy = null;
        try {
            String target = dir.getFileName().toString();
            copy = AtomicOutput.stageDirectory(latest, KIND, tmp -> LatestPointer.write(tmp, target, data.reportId()));
            report.commit();
            copy.commit();
        } finally {
            report.abort();
            if (copy != null) {
                copy.abort();
            }
        }
        return dir.resolve(INDEX);
    }

    /** A report id usable as a folder name. */
    static String safeId(String id) {
        String s = id.replaceAll("[^A-Za-z0-9._+-]", "_");
        return s.isEmpty() || s.equals(".") || s.equals("..") || s.equals(LATEST) ? "report-" + s.replace(".", "_") : s;
    }

    private static void fill(ReportData data, Path dir, ChartOptions options, List<HtmlSection> extra) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        writeText(dir.resolve("results.csv"), w -> ResultsCsv.write(data, w));
        files.put("results.csv", "every metric of every benchmark: median, mean, score, errors, 95% CI, GB/s, allocation");
        writeText(dir.resolve("speedup.csv"), w -> SpeedupCsv.write(data, w));
        files.put("speedup.csv", "mapped vs regular: ratio of medians with a 95% bootstrap CI over forks");
        writeText(dir.resolve("crossover.csv"), w -> CrossoverCsv.write(data, w));
        files.put("crossover.csv", "the file size where mapped overtakes regular along each size sweep, with a 95% bootstrap CI over forks");
        writeText(dir.resolve("tutorial.csv"), w -> TutorialCsv.write(data, w));
        files.put("tutorial.csv", "the Python article's five ratios beside this run's Java ratios");
        if (!WriteTables.durability(data).isEmpty()) {
            writeText(dir.resolve("durability.csv"), w -> WritesCsv.writeDurability(data, w));
            files.put("durability.csv", "the durability 2 x 2: each write method of patch and replace, none vs synced, with write counters");
        }
        if (!WriteTables.writeModes(data).isEmpty()) {
            writeText(dir.resolve("write-modes.csv"), w -> WritesCsv.writeModes(data, w));
            files.put("write-modes.csv", "READ_WRITE vs PRIVATE mappings for patch and replace, with write counters");
        }
        writeText(dir.resolve("hints.csv"), w -> HintsCsv.write(data, w));
        files.put("hints.csv", "kernel hints beside their controls: time, ratio with a 95% CI, bytes read from the device per operation");
        writeText(dir.resolve("ceilings.csv"), w -> CeilingsCsv.write(data, w));
        files.put("ceilings.csv", "every throughput as a percentage of the machine limit measured in the same run");
        List<IterationPoint> series = data.timeSeries();
        if (!series.isEmpty()) {
            writeText(dir.resolve("timeseries.csv"), w -> TimeSeriesCsv.write(series, w));
            files.put("timeseries.csv", "every iteration of every fork read from a cold start (profile huge): MB/s, major faults and device bytes per operation");
        }
        writeText(dir.resolve("summary.md"), w -> SummaryMarkdown.write(data, w));
        files.put("summary.md", "headline findings and the speedup table in Markdown");
        copyRunFiles(data, dir, files);

        List<Anatomy.Comparison> anatomy = Anatomy.of(data.runs());
        writeText(dir.resolve("anatomy.csv"), w -> AnatomyCsv.write(anatomy, w));
        files.put("anatomy.csv", "cost anatomy: each step of the five comparisons on " + Anatomy.CORPUS + ", the whole and the share explained");

        List<NamedChart> charts = Charts.all(data, options);
        Map<String, String> svgs = renderAll(charts, dir);
        List<NamedChart> anatomyCharts = AnatomyCharts.of(anatomy, options);
        Map<String, String> anatomySvgs = renderAll(anatomyCharts, dir);
        List<HtmlSection> sections = new ArrayList<>(WritingSections.html(data));
        sections.addAll(extra);
        sections.add(AnatomyHtml.section(anatomy, anatomyCharts, anatomySvgs));
        if (!series.isEmpty()) {
            List<NamedChart> seriesCharts = TimeSeriesCharts.of(series, options);
            sections.add(TimeSeriesHtml.section(data, series, seriesCharts, renderAll(seriesCharts, dir)));
        }
        writeText(dir.resolve(INDEX), w -> HtmlReport.write(data, charts, svgs, sections, files, w));
    }

    /**
     * Renders every chart (PNG and SVG) on a small pool of threads, one chart per task: charts are
     * independent, and rendering dominates a report's run time. Returns the SVG text by stem, in chart order.
     */
    static Map<String, String> renderAll(List<NamedChart> charts, Path dir) throws IOException {
        ChartWriter.ensureHeadless();
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "mmapbench-chart");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<String>> futures = new java.util.ArrayList<>();
            for (NamedChart c : charts) {
                futures.add(pool.submit(() -> ChartWriter.write(c, dir)));
            }
            Map<String, String> svgs = new LinkedHashMap<>();
            for (int i = 0; i < charts.size(); i++) {
                try {
                    svgs.put(charts.get(i).stem(), futures.get(i).get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw io;
                    }
                    throw new IllegalStateException("rendering chart " + charts.get(i).stem() + " failed: " + e.getCause(), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while rendering charts", e);
                }
            }
            return svgs;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void copyRunFiles(ReportData data, Path dir, Map<String, String> files) throws IOException {
        boolean single = data.runs().size() == 1;
        for (RunResults run : data.runs()) {
            String prefix = single ? "" : "runs/" + safeId(run.runId()) + "/";
            Path target = dir.resolve(prefix.isEmpty() ? "." : prefix).normalize();
            Files.createDirectories(target);
            Path json = target.resolve(JmhJsonReader.JMH_JSON);
            if (Files.exists(json)) {
                continue; // the same run given twice
            }
            Files.copy(run.source(), json, StandardCopyOption.COPY_ATTRIBUTES);
            files.put(prefix + JmhJsonReader.JMH_JSON, "the JMH results of run " + run.runId() + " (standard JMH JSON)");
            Path crash = run.source().toAbsolutePath().getParent().resolve(CrashTable.FILE_NAME);
            if (Files.isRegularFile(crash)) {
                Files.copy(crash, target.resolve(CrashTable.FILE_NAME), StandardCopyOption.COPY_ATTRIBUTES);
                files.put(prefix + CrashTable.FILE_NAME, "the crash-consistency trials of run " + run.runId()
                        + ": what a SIGKILL inside each replace method left behind");
            }
            Path env = run.source().toAbsolutePath().getParent().resolve(JmhJsonReader.ENVIRONMENT_JSON);
            if (Files.isRegularFile(env)) {
                Files.copy(env, target.resolve(JmhJsonReader.ENVIRONMENT_JSON), StandardCopyOption.COPY_ATTRIBUTES);
                files.put(prefix + JmhJsonReader.ENVIRONMENT_JSON, "where run " + run.runId() + " ran");
            }
        }
    }

    @FunctionalInterface
    private interface TextWriter {
        void write(Writer w) throws IOException;
    }

    private static void writeText(Path file, TextWriter body) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            body.write(w);
        }
    }
}
