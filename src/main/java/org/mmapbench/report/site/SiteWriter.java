package org.mmapbench.report.site;

import static org.mmapbench.report.site.SitePage.esc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mmapbench.report.EnvironmentSideBySide;
import org.mmapbench.report.Numbers;
import org.mmapbench.report.ResultRow;
import org.mmapbench.report.SpeedupRow;
import org.mmapbench.results.CorpusSizes;
import org.mmapbench.results.EnvironmentInfo;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.util.AtomicOutput;

/**
 * Writes the history site: a static folder of HTML pages built from any number of runs.
 *
 * <ul>
 *   <li>{@code index.html}: every run (date, commit, profile, environment, the gate's verdict against the
 *       previous run on the same environment), the environments side by side, and every regression and
 *       improvement the gate marked;</li>
 *   <li>{@code runs/<run>.html}: each run's report (results with intervals, speedups, environment), with its
 *       {@code jmh.json} and {@code environment.json} beside it in {@code runs/<run>/};</li>
 *   <li>{@code trends/<workload>.html}: per benchmark, the median and 95% interval of each run in time order,
 *       one line per environment, marked where the gate said regressed or improved;</li>
 *   <li>{@code speedups.html}: the speedup of mapped over regular per run, per pair.</li>
 * </ul>
 *
 * <p>The folder is built in a temporary sibling and moved into place when complete ({@link AtomicOutput}),
 * and only replaces an empty folder or an earlier site ({@link #KIND}).
 */
public final class SiteWriter {
    /** The kind of folder a site is, as its {@link org.mmapbench.util.OwnedFolder} marker says. */
    public static final String KIND = "site";
    /** The site's entry page. */
    public static final String INDEX = "index.html";

    private SiteWriter() {
    }

    /** Writes the site of {@code runs} into {@code outDir} (replacing an earlier site atomically); returns index.html. */
    public static Path write(List<SiteRun> runs, CorpusSizes sizes, Path outDir) throws IOException {
        SiteModel m = SiteModel.of(runs, sizes);
        AtomicOutput.writeDirectory(outDir, KIND, tmp -> fill(m, tmp));
        return outDir.resolve(INDEX);
    }

    private static void fill(SiteModel m, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("runs"));
        Files.createDirectories(dir.resolve("trends"));
        for (SiteModel.RunView r : m.runs()) {
            Path data = Files.createDirectories(dir.resolve(r.dataDir()));
            Files.copy(r.run().source(), data.resolve(JmhJsonReader.JMH_JSON));
            Path env = r.run().source().toAbsolutePath().getParent().resolve(JmhJsonReader.ENVIRONMENT_JSON);
            if (Files.isRegularFile(env)) {
                Files.copy(env, data.resolve(JmhJsonReader.ENVIRONMENT_JSON));
            }
            write(dir.resolve(r.page()), runPage(m, r, Files.isRegularFile(env)));
        }
        Map<String, List<String>> byWorkload = new LinkedHashMap<>();
        m.benchmarks().forEach((key, a) -> byWorkload.computeIfAbsent(a.workload(), w -> new ArrayList<>()).add(key));
        for (Map.Entry<String, List<String>> w : byWorkload.entrySet()) {
            write(dir.resolve(m.trendPages().get(w.getKey())), trendPage(m, w.getKey(), w.getValue()));
        }
        write(dir.resolve(SiteModel.SPEEDUP_PAGE), speedupPage(m));
        write(dir.resolve(INDEX), index(m));
    }

    private static void write(Path file, String html) throws IOException {
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    static String index(SiteModel m) {
        StringBuilder h = SitePage.start("mmapbench history", "");
        List<SiteModel.RunView> runs = m.runs();
        h.append("<p>").append(runs.size()).append(" run").append(runs.size() == 1 ? "" : "s").append(" on ")
                .append(m.environments().size()).append(" environment").append(m.environments().size() == 1 ? "" : "s")
                .append(", from ").append(esc(runs.get(0).time())).append(" to ").append(esc(runs.get(runs.size() - 1).time()))
                .append(". The gate compares each run with the previous run on the same environment; runs on different"
                        + " environments are never compared or joined on a trend line.</p>\n");
        h.append("<p>Trends by workload: ");
        m.trendPages().forEach((w, page) -> h.append("<a href=\"").append(page).append("\">").append(esc(w)).append("</a> "));
        h.append("| <a href=\"").append(SiteModel.SPEEDUP_PAGE).append("\">speedups (mapped over regular)</a></p>\n");

        h.append("<h2 id=\"environments\">Environments</h2>\n");
        List<String> names = new ArrayList<>();
        List<EnvironmentInfo> envs = new ArrayList<>(m.environments().values());
        for (int i = 0; i < envs.size(); i++) {
            names.add(SiteModel.envName(i) + " (" + envs.get(i).label() + ")");
        }
        if (envs.size() > 1) {
            h.append(EnvironmentSideBySide.html(names, envs));
        } else {
            h.append("<p>").append(esc(names.get(0))).append("</p>\n");
        }

        List<SiteModel.RunView> marked = runs.stream().filter(r -> !r.site().changes().isEmpty()).toList();
        h.append("<h2 id=\"changes\">Regressions and improvements</h2>\n");
        if (marked.isEmpty()) {
            h.append("<p>The gate marked no regression or improvement between consecutive runs of one environment.</p>\n");
        } else {
            h.append("<table>\n<tr><th>run</th><th>against</th><th>change</th><th>benchmark</th><th>metric</th><th>delta</th></tr>\n");
            for (int i = marked.size() - 1; i >= 0; i--) {
                SiteModel.RunView r = marked.get(i);
                for (SiteRun.Change c : r.site().changes()) {
                    h.append("<tr><td><a href=\"").append(r.page()).append("\">").append(esc(r.run().runId())).append("</a></td><td>")
                            .append(esc(r.site().previousRunId())).append("</td><td class=\"").append(esc(c.direction())).append("\">")
                            .append(esc(c.direction())).append("</td><td>").append(benchmarkLink(m, c.benchmarkKey(), c.name(), ""))
                            .append("</td><td>").append(esc(c.metric())).append("</td><td class=\"n\">").append(SitePage.percent(c.delta()))
                            .append("</td></tr>\n");
                }
            }
            h.append("</table>\n");
        }

        h.append("<h2 id=\"runs\">Runs, newest first</h2>\n<table>\n<tr><th>#</th><th>date</th><th>run</th><th>commit</th>"
                + "<th>profile</th><th>environment</th><th>benchmarks</th><th>gate against the previous run</th></tr>\n");
        for (int i = runs.size() - 1; i >= 0; i--) {
            SiteModel.RunView r = runs.get(i);
            EnvironmentInfo e = r.run().environment();
            h.append("<tr><td class=\"n\">").append(r.index() + 1).append("</td><td>").append(esc(r.time())).append("</td><td><a href=\"")
                    .append(r.page()).append("\">").append(esc(r.run().runId())).append("</a></td><td><code>")
                    .append(esc(SitePage.commit(e.get("git.commit")))).append("</code></td><td>").append(esc(orDash(e.get("profile"))))
                    .append("</td><td>").append(SiteModel.envName(r.environment())).append("</td><td class=\"n\">").append(r.rows().size())
                    .append("</td><td").append(verdictClass(r.site().verdict())).append(">").append(verdict(r.site()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        return SitePage.end(h);
    }

    private static String verdict(SiteRun s) {
        if (s.verdict() == null) {
            return "first run on this environment";
        }
        StringBuilder v = new StringBuilder(esc(s.verdict()));
        if (s.headline() != null) {
            v.append(" <span class=\"muted\" title=\"").append(esc(s.headline())).append("\">(vs ").append(esc(s.previousRunId())).append(")</span>");
        }
        return v.toString();
    }

    private static String verdictClass(String verdict) {
        return "regressed".equals(verdict) ? " class=\"regressed\"" : "";
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static String benchmarkLink(SiteModel m, String key, String name, String root) {
        SiteModel.Anchor a = m.benchmarks().get(key);
        if (a == null) {
            return esc(name);
        }
        return "<a href=\"" + root + a.page() + "#" + a.id() + "\">" + esc(name) + "</a>";
    }

    static String runPage(SiteModel m, SiteModel.RunView r, boolean hasEnvironmentFile) {
        EnvironmentInfo e = r.run().environment();
        StringBuilder h = SitePage.start("Run " + r.run().runId(), "../");
        h.append("<p>Run ").append(r.index() + 1).append(" of ").append(m.runs().size()).append(", started ").append(esc(r.time()))
                .append("; commit <code>").append(esc(orDash(e.get("git.commit")))).append("</code>; profile ").append(esc(orDash(e.get("profile"))))
                .append("; environment ").append(SiteModel.envName(r.environment())).append(" (").append(esc(e.label())).append(").</p>\n");
        h.append("<p>Data: <a href=\"").append(r.name()).append("/jmh.json\">jmh.json</a>");
        if (hasEnvironmentFile) {
            h.append(", <a href=\"").append(r.name()).append("/environment.json\">environment.json</a>");
        }
        h.append(". The full report with charts: <code>mmapbench report</code> on these files.</p>\n");
        h.append("<h2 id=\"gate\">Gate against the previous run on this environment</h2>\n");
        if (r.site().verdict() == null) {
            h.append("<p>None: this is the first run on its environment.</p>\n");
        } else {
            String prev = m.runs().stream().filter(o -> o.run().runId().equals(r.site().previousRunId())
                    && o.environment() == r.environment()).map(SiteModel.RunView::name).findFirst().orElse(null);
            h.append("<p>Against ").append(prev == null ? esc(r.site().previousRunId())
                    : "<a href=\"" + prev + ".html\">" + esc(r.site().previousRunId()) + "</a>").append(": <b>")
                    .append(esc(r.site().verdict())).append("</b>. ").append(esc(orDash(r.site().headline()))).append("</p>\n");
            if (!r.site().changes().isEmpty()) {
                h.append("<ul>\n");
                for (SiteRun.Change c : r.site().changes()) {
                    h.append("<li class=\"").append(esc(c.direction())).append("\">").append(esc(c.direction())).append(" ")
                            .append(SitePage.percent(c.delta())).append(": ").append(benchmarkLink(m, c.benchmarkKey(), c.name(), "../"))
                            .append(" [").append(esc(c.metric())).append("]</li>\n");
                }
                h.append("</ul>\n");
            }
        }
        h.append("<h2 id=\"results\">Results</h2>\n<table>\n<tr><th>benchmark</th><th>median</th><th>95% interval</th><th>unit</th>"
                + "<th>forks</th><th>GB/s</th><th>allocated per op (B)</th></tr>\n");
        for (ResultRow row : r.rows()) {
            h.append("<tr><td>").append(benchmarkLink(m, row.result().key(), SiteModel.displayName(row), "../")).append("</td><td class=\"n\">")
                    .append(Numbers.human(row.central())).append("</td><td class=\"n\">").append(SitePage.interval(row.ci()))
                    .append("</td><td>").append(esc(row.unit())).append("</td><td class=\"n\">").append(row.forks()).append("</td><td class=\"n\">")
                    .append(Double.isNaN(row.gbPerSecond()) ? "" : Numbers.human(row.gbPerSecond())).append("</td><td class=\"n\">")
                    .append(Double.isNaN(row.allocBytesPerOp()) ? "" : Numbers.human(row.allocBytesPerOp())).append("</td></tr>\n");
        }
        h.append("</table>\n<h2 id=\"speedups\">Speedups (mapped over regular)</h2>\n");
        if (r.speedups().isEmpty()) {
            h.append("<p>This run has no mapped/regular pair.</p>\n");
        } else {
            h.append("<table>\n<tr><th>pair</th><th>speedup</th><th>95% interval</th><th>verdict</th></tr>\n");
            for (SpeedupRow p : r.speedups()) {
                h.append("<tr><td><a href=\"../").append(SiteModel.SPEEDUP_PAGE).append('#').append(m.pairs().get(SiteModel.pairKey(p))).append("\">")
                        .append(esc(SiteModel.pairName(p))).append("</a></td><td class=\"n\">").append(Numbers.human(p.ratio()))
                        .append("x</td><td class=\"n\">").append(SitePage.interval(p.ci())).append("</td><td>").append(esc(p.verdict()))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("<h2 id=\"environment\">Environment</h2>\n<table>\n<tr><th>property</th><th>value</th></tr>\n");
        e.properties().forEach((k, v) -> h.append("<tr><td>").append(esc(k)).append("</td><td>").append(esc(v)).append("</td></tr>\n"));
        h.append("</table>\n");
        return SitePage.end(h);
    }

    static String trendPage(SiteModel m, String workload, List<String> keys) {
        StringBuilder h = SitePage.start("Trends: " + workload, "../");
        h.append("<p>Per benchmark, the median of fork medians of each run (dot) with its 95% interval (vertical line), in time order"
                + " (x axis: run number on the <a href=\"../index.html#runs\">index</a>). One colour per environment: ");
        appendLegend(h, m);
        h.append(". A red downward triangle marks a run the gate found slower than the previous run on the same environment, a green"
                + " upward one a run it found faster.</p>\n<ul>\n");
        for (String k : keys) {
            SiteModel.Anchor a = m.benchmarks().get(k);
            h.append("<li><a href=\"#").append(a.id()).append("\">").append(esc(a.name())).append("</a></li>\n");
        }
        h.append("</ul>\n");
        for (String k : keys) {
            SiteModel.Anchor a = m.benchmarks().get(k);
            Map<Integer, List<TrendSvg.Point>> byEnv = new LinkedHashMap<>();
            String unit = "";
            List<SiteModel.RunView> marked = new ArrayList<>();
            for (SiteModel.RunView r : m.runs()) {
                for (ResultRow row : r.rows()) {
                    if (row.result().key().equals(k)) {
                        String mark = r.mark(k);
                        if (mark != null) {
                            marked.add(r);
                        }
                        unit = row.unit();
                        byEnv.computeIfAbsent(r.environment(), x -> new ArrayList<>()).add(new TrendSvg.Point(r.index(), row.central(),
                                row.ci().low(), row.ci().high(), mark, "#" + (r.index() + 1) + " " + r.run().runId() + " ("
                                + SiteModel.envName(r.environment()) + "): " + Numbers.human(row.central()) + " " + row.unit() + ", 95% "
                                + SitePage.interval(row.ci()) + ", " + row.forks() + " forks" + (mark == null ? "" : ", " + mark)));
                        break;
                    }
                }
            }
            List<TrendSvg.Series> series = new ArrayList<>();
            byEnv.forEach((env, points) -> series.add(new TrendSvg.Series(env, points)));
            h.append("<h2 id=\"").append(a.id()).append("\">").append(esc(a.name())).append("</h2>\n")
                    .append(TrendSvg.render(m.runs().size(), series, unit, Double.NaN, a.name())).append('\n');
            if (!marked.isEmpty()) {
                h.append("<p>Marked: ");
                for (SiteModel.RunView r : marked) {
                    h.append("<a class=\"").append(esc(r.mark(k))).append("\" href=\"../").append(r.page()).append("#gate\">#")
                            .append(r.index() + 1).append(' ').append(esc(r.mark(k))).append("</a> ");
                }
                h.append("</p>\n");
            }
        }
        return SitePage.end(h);
    }

    static String speedupPage(SiteModel m) {
        StringBuilder h = SitePage.start("Speedups: mapped over regular", "");
        h.append("<p>Per pair, the speedup of the mapped strategy over its regular reference in each run (above the dashed line at 1:"
                + " mapped faster), with its 95% bootstrap interval over forks. One colour per environment: ");
        appendLegend(h, m);
        h.append(".</p>\n");
        Map<String, String> names = new LinkedHashMap<>();
        for (SiteModel.RunView r : m.runs()) {
            for (SpeedupRow p : r.speedups()) {
                names.putIfAbsent(SiteModel.pairKey(p), SiteModel.pairName(p));
            }
        }
        for (Map.Entry<String, String> pair : names.entrySet()) {
            Map<Integer, List<TrendSvg.Point>> byEnv = new LinkedHashMap<>();
            for (SiteModel.RunView r : m.runs()) {
                for (SpeedupRow p : r.speedups()) {
                    if (SiteModel.pairKey(p).equals(pair.getKey())) {
                        byEnv.computeIfAbsent(r.environment(), x -> new ArrayList<>()).add(new TrendSvg.Point(r.index(), p.ratio(),
                                p.ci().low(), p.ci().high(), null, "#" + (r.index() + 1) + " " + r.run().runId() + " ("
                                + SiteModel.envName(r.environment()) + "): " + Numbers.human(p.ratio()) + "x, 95% " + SitePage.interval(p.ci())
                                + ", " + p.verdict()));
                        break;
                    }
                }
            }
            List<TrendSvg.Series> series = new ArrayList<>();
            byEnv.forEach((env, points) -> series.add(new TrendSvg.Series(env, points)));
            h.append("<h2 id=\"").append(m.pairs().get(pair.getKey())).append("\">").append(esc(pair.getValue())).append("</h2>\n")
                    .append(TrendSvg.render(m.runs().size(), series, "speedup (x)", 1.0, pair.getValue())).append('\n');
        }
        return SitePage.end(h);
    }

    private static void appendLegend(StringBuilder h, SiteModel m) {
        List<EnvironmentInfo> envs = new ArrayList<>(m.environments().values());
        for (int i = 0; i < envs.size(); i++) {
            h.append(i == 0 ? "" : ", ").append("<span style=\"color:").append(TrendSvg.COLOURS[i % TrendSvg.COLOURS.length]).append("\">&#9679; ")
                    .append(SiteModel.envName(i)).append("</span> ").append(esc(envs.get(i).label()));
        }
    }
}
