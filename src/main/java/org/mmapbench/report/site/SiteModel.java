package org.mmapbench.report.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mmapbench.report.ReportData;
import org.mmapbench.report.ResultRow;
import org.mmapbench.report.ResultRows;
import org.mmapbench.report.SpeedupRow;
import org.mmapbench.report.Speedups;
import org.mmapbench.results.CorpusSizes;
import org.mmapbench.results.EnvironmentInfo;
import org.mmapbench.results.RunResults;

/**
 * What the history site shows, computed once: the runs in time order with their pages and
 * environment groups, each run's rows and speedups, and where every benchmark's trend lives.
 *
 * @param runs the runs, oldest first
 * @param environments the environments by grouping key ({@link ReportData#environmentKey}), in order of first run
 * @param trendPages for every workload, its trend page's path (relative to the site root)
 * @param benchmarks for every benchmark key, where its trend is drawn
 * @param pairs for every speedup pair, its anchor on the speedup page
 */
record SiteModel(List<RunView> runs, Map<String, EnvironmentInfo> environments, Map<String, String> trendPages,
        Map<String, Anchor> benchmarks, Map<String, String> pairs) {

    /** The speedup page's path. */
    static final String SPEEDUP_PAGE = "speedups.html";

    /** One run with everything its pages need. */
    record RunView(SiteRun site, int index, String name, int environment, List<ResultRow> rows, List<SpeedupRow> speedups) {
        RunResults run() {
            return site.run();
        }

        /** The run's page, relative to the site root. */
        String page() {
            return "runs/" + name + ".html";
        }

        /** The folder of the run's copied JSON files, relative to the site root. */
        String dataDir() {
            return "runs/" + name + "/";
        }

        String time() {
            String t = run().environment().get("time.start");
            return t == null ? "" : t;
        }

        /** {@code regressed} or {@code improved} when the gate marked this benchmark's primary metric, else null. */
        String mark(String benchmarkKey) {
            for (SiteRun.Change c : site.changes()) {
                if (c.benchmarkKey().equals(benchmarkKey) && c.metric().equals("primary")) {
                    return c.direction();
                }
            }
            return null;
        }
    }

    /** Where a benchmark's trend is: the page (relative to the site root), the anchor and a readable name. */
    record Anchor(String page, String id, String name, String workload) {
    }

    /** Computes the model; corpus sizes give throughput for runs whose environment lacks them. */
    static SiteModel of(List<SiteRun> sites, CorpusSizes sizes) {
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        List<SiteRun> sorted = new ArrayList<>(sites);
        sorted.sort(Comparator.comparing(SiteRun::run, SiteRun.TIME_ORDER));
        Map<String, EnvironmentInfo> envs = new LinkedHashMap<>();
        Map<String, Integer> envIndex = new HashMap<>();
        Set<String> names = new HashSet<>();
        List<RunView> runs = new ArrayList<>();
        Map<String, String> trendPages = new LinkedHashMap<>();
        Map<String, Anchor> benchmarks = new LinkedHashMap<>();
        Map<String, String> pairs = new LinkedHashMap<>();
        // Rows and speedups (bootstrap intervals) are the bulk of the work and independent per run.
        List<List<ResultRow>> rowsByRun = sorted.parallelStream().map(s -> ResultRows.primary(List.of(s.run()), sizes)).toList();
        List<List<SpeedupRow>> speedupsByRun = sorted.parallelStream().map(s -> Speedups.of(List.of(s.run()), sizes)).toList();
        for (int n = 0; n < sorted.size(); n++) {
            SiteRun s = sorted.get(n);
            String key = ReportData.environmentKey(s.run().environment());
            envs.putIfAbsent(key, s.run().environment());
            int env = envIndex.computeIfAbsent(key, k -> envIndex.size());
            String name = SitePage.fileName(s.run().runId());
            for (int i = 2; !names.add(name); i++) {
                name = SitePage.fileName(s.run().runId()) + "-" + i;
            }
            for (ResultRow r : rowsByRun.get(n)) {
                String page = trendPages.computeIfAbsent(r.workload(), w -> "trends/" + SitePage.fileName(w) + ".html");
                String k = r.result().key();
                if (!benchmarks.containsKey(k)) {
                    benchmarks.put(k, new Anchor(page, "b" + benchmarks.size(), displayName(r), r.workload()));
                }
            }
            for (SpeedupRow p : speedupsByRun.get(n)) {
                pairs.computeIfAbsent(pairKey(p), k -> "p" + pairs.size());
            }
            runs.add(new RunView(s, runs.size(), name, env, rowsByRun.get(n), speedupsByRun.get(n)));
        }
        return new SiteModel(List.copyOf(runs), envs, trendPages, benchmarks, pairs);
    }

    /** A benchmark's readable name: {@code FindBenchmark.fair corpus=don-quixote strategy=mappedSegment}. */
    static String displayName(ResultRow r) {
        StringBuilder sb = new StringBuilder(r.result().className().isEmpty() ? r.result().benchmark()
                : r.result().className() + "." + r.result().method());
        r.result().params().forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
        return sb.toString();
    }

    /** The identity of a speedup pair across runs. */
    static String pairKey(SpeedupRow p) {
        return String.join("|", p.workload(), p.variant(), p.mode().shortName(), p.corpus(), p.cache(), p.otherParams(),
                p.regularStrategy(), p.mappedStrategy());
    }

    /** A speedup pair's readable name. */
    static String pairName(SpeedupRow p) {
        StringBuilder sb = new StringBuilder(p.workload()).append('.').append(p.variant()).append(": ").append(p.mappedStrategy())
                .append(" over ").append(p.regularStrategy());
        if (!p.corpus().isEmpty()) {
            sb.append(", ").append(p.corpus());
        }
        if (!p.cache().isEmpty()) {
            sb.append(", ").append(p.cache());
        }
        if (!p.otherParams().isEmpty()) {
            sb.append(", ").append(p.otherParams());
        }
        return sb.toString();
    }

    /** The environment group number shown to readers: E1, E2, ... */
    static String envName(int index) {
        return "E" + (index + 1);
    }
}
