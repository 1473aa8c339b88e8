package org.mmapbench.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.CorpusSizes;
import org.mmapbench.results.EnvironmentInfo;
import org.mmapbench.results.PythonJson;
import org.mmapbench.results.PythonResults;
import org.mmapbench.results.RunResults;

/**
 * Everything a report shows, computed once from the results model: rows, speedups, the tutorial
 * table, headlines and the environments. Every writer (CSV, charts, HTML, Markdown) reads this.
 *
 * @param reportId the report's id (the run id, or the run ids joined with {@code +})
 * @param runs the runs, in the order given
 * @param rows every metric of every benchmark
 * @param speedups mapped vs regular
 * @param tutorial the article's five comparisons
 * @param headlines plain-sentence findings
 * @param environments distinct environments by fingerprint (label when the fingerprint is empty), in first-seen order
 * @param python the article's Python functions timed beside the first run that has a {@code python.json}, or null
 * @param crossovers where mapped overtakes regular along each size sweep
 * @param threadScaling throughput of several reader threads against one
 */
public record ReportData(String reportId, List<RunResults> runs, List<ResultRow> rows, List<SpeedupRow> speedups,
        List<TutorialRow> tutorial, List<String> headlines, Map<String, EnvironmentInfo> environments, PythonResults python,
        List<CrossoverRow> crossovers, List<ThreadScaling.Row> threadScaling) {

    /** Computes the report's content from runs, with corpus sizes (for throughput) from {@code sizes}. */
    public static ReportData of(List<RunResults> runs, CorpusSizes sizes) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        List<ResultRow> rows = ResultRows.of(runs, sizes);
        List<SpeedupRow> speedups = Speedups.of(runs, sizes);
        PythonResults python = python(runs);
        List<TutorialRow> tutorial = Tutorial.of(speedups, runs, python, sizes);
        List<String> headlines = Headlines.of(tutorial, speedups, rows, python);
        Map<String, EnvironmentInfo> envs = new LinkedHashMap<>();
        for (RunResults run : runs) {
            envs.putIfAbsent(environmentKey(run.environment()), run.environment());
            for (BenchmarkResult r : run.results()) {
                envs.putIfAbsent(environmentKey(r.environment()), r.environment());
            }
        }
        return new ReportData(reportId(runs), List.copyOf(runs), rows, speedups, tutorial, headlines, envs, python,
                Crossovers.of(runs, sizes), ThreadScaling.of(runs, sizes));
    }

    /** The {@code python.json} beside the first run's JMH JSON that has one, or null. */
    static PythonResults python(List<RunResults> runs) {
        for (RunResults run : runs) {
            Path dir = run.source() == null ? null : run.source().toAbsolutePath().getParent();
            if (dir != null && Files.isRegularFile(dir.resolve(PythonResults.FILE_NAME))) {
                return PythonJson.read(dir.resolve(PythonResults.FILE_NAME));
            }
        }
        return null;
    }

    /** The grouping key of an environment: its fingerprint, or its label when it has none. */
    public static String environmentKey(EnvironmentInfo env) {
        String f = env.fingerprint();
        return f.isEmpty() ? env.label() : f;
    }

    /** Whether results come from more than one environment. */
    public boolean multipleEnvironments() {
        return environments.size() > 1;
    }

    /** The primary-metric rows only. */
    public List<ResultRow> primaryRows() {
        List<ResultRow> out = new ArrayList<>();
        for (ResultRow r : rows) {
            if (r.primary()) {
                out.add(r);
            }
        }
        return out;
    }

    /** The hint benchmarks beside their controls ({@link HintRows}). */
    public List<HintRow> hints() {
        return HintRows.of(runs, rows);
    }

    /** Every throughput as a percentage of its ceiling measured in the same run ({@link Ceilings}). */
    public List<CeilingRow> ceilings() {
        return Ceilings.of(rows);
    }

    /** Every measurement iteration of the cold-start benchmarks, in order ({@link TimeSeries}). */
    public List<IterationPoint> timeSeries() {
        return TimeSeries.of(rows);
    }

    /** The workloads in first-seen order. */
    public List<String> workloads() {
        List<String> out = new ArrayList<>();
        for (ResultRow r : rows) {
            if (!out.contains(r.workload())) {
                out.add(r.workload());
            }
        }
        return out;
    }

    static String reportId(List<RunResults> runs) {
        if (runs.size() == 1) {
            return runs.get(0).runId();
        }
        List<String> ids = new ArrayList<>();
        for (RunResults r : runs) {
            if (!ids.contains(r.runId())) {
                ids.add(r.runId());
            }
        }
        if (ids.size() == 1) {
            return ids.get(0);
        }
        if (ids.size() <= 3) {
            return String.join("+", ids);
        }
        return ids.get(0) + "+" + (ids.size() - 1) + "-more";
    }
}
