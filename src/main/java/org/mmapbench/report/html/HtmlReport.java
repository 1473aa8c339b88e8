package org.mmapbench.report.html;

import static org.mmapbench.util.HtmlText.escape;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mmapbench.report.CeilingRow;
import org.mmapbench.report.CrossoverRow;
import org.mmapbench.report.FillEffects;
import org.mmapbench.report.HintRow;
import org.mmapbench.report.Numbers;
import org.mmapbench.report.ReportData;
import org.mmapbench.report.ResultRow;
import org.mmapbench.report.SpeedupRow;
import org.mmapbench.report.ThreadScaling;
import org.mmapbench.report.Tutorial;
import org.mmapbench.report.TutorialRow;
import org.mmapbench.report.chart.NamedChart;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.report.EnvironmentSideBySide;
import org.mmapbench.results.EnvironmentInfo;
import org.mmapbench.results.RunResults;
import org.mmapbench.stats.Crossover;
import org.mmapbench.util.Decimals;

/**
 * Writes {@code index.html}: one self-contained page (inline CSS and SVG, no fonts, no network
 * references, a Content-Security-Policy that forbids any request) that opens from {@code file://}.
 * One small inline script ({@link #SCRIPT}) sorts and filters the tables; without it the page is
 * complete, only static.
 *
 * <p>Order: headline findings, the tutorial reproduction table and speedup overview, the extra
 * {@link HtmlSection}s (e.g. the gate's verdict), one section per workload (charts and a table),
 * environment, methodology, files. All text from the results is escaped.
 */
public final class HtmlReport {
    static final String CSS = """
            body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0 auto;max-width:1100px;padding:1rem 1.5rem;color:#1a1a1a;line-height:1.45}
            h1{font-size:1.7rem;margin-bottom:.2rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.2rem}
            nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem 1rem}
            table{border-collapse:collapse;margin:.8rem 0;font-size:.86rem;width:100%}
            th,td{border:1px solid #ccc;padding:.25rem .45rem;text-align:left;vertical-align:top}
            th{background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            tr.low td{color:#666;font-style:italic}
            tr.unsteady td{background:#fff3cd}
            .faster{color:#0a6b2d;font-weight:600}.slower{color:#a11;font-weight:600}.unclear{color:#8a6d00}
            figure{margin:1rem 0}figcaption{font-size:.85rem;color:#444}
            svg.chart{width:100%;height:auto;max-width:900px;display:block}
            .headline li{margin:.35rem 0}.muted{color:#666;font-size:.85rem}
            code{background:#f4f4f4;padding:0 .2rem}
            input.filter{margin:.6rem 0 0;padding:.2rem .4rem;font:inherit;font-size:.85rem;width:16rem}
            th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
            """;
    /** Forbids every request from the page: a stray reference fails loudly in the browser's console. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";
    /** The inline script that sorts and filters tables of class {@code sortable}. */
    static final String SCRIPT = resource("tables.js");

    private HtmlReport() {
    }

    private static String resource(String name) {
        try (java.io.InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the mmapbench jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read resource " + name, e);
        }
    }

    /**
     * Writes the page.
     *
     * @param data the report content
     * @param charts the charts, with {@code svgs} holding each chart's SVG by stem
     * @param svgs SVG text by chart stem
     * @param extra extra sections (may be empty)
     * @param files the report's other files, relative link -> description, in display order
     */
    public static void write(ReportData data, List<NamedChart> charts, Map<String, String> svgs, List<HtmlSection> extra,
            Map<String, String> files, Writer w) throws IOException {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>mmapbench report: ").append(escape(data.reportId())).append("</title>\n<style>\n")
                .append(CSS).append("</style>\n</head>\n<body>\n");
        h.append("<header>\n<h1>mmapbench report: ").append(escape(data.reportId())).append("</h1>\n<p class=\"muted\">When does memory-mapped file I/O beat regular file I/O on the JVM? ")
                .append(data.runs().size()).append(" run").append(data.runs().size() == 1 ? "" : "s").append(", ")
                .append(data.primaryRows().size()).append(" benchmarks, ").append(data.environments().size())
                .append(" environment").append(data.environments().size() == 1 ? "" : "s").append(".</p>\n");
        List<String[]> toc = new ArrayList<>();
        toc.add(new String[] {"headlines", "Headline findings"});
        toc.add(new String[] {"tutorial", "The Python article, in Java"});
        for (HtmlSection s : extra) {
            toc.add(new String[] {s.id(), s.title()});
        }
        Map<String, String> workloadIds = new LinkedHashMap<>();
        for (String wl : data.workloads()) {
            String id = "workload-" + wl.replaceAll("[^A-Za-z0-9_-]", "-");
            workloadIds.put(wl, id);
            toc.add(new String[] {id, "Workload: " + wl});
        }
        List<FillEffects.Row> fillEffects = FillEffects.of(data.runs());
        if (!fillEffects.isEmpty()) {
            toc.add(new String[] {"cache-fill", "How the cache was filled"});
        }
        List<HintRow> hints = data.hints();
        if (!hints.isEmpty()) {
            toc.add(new String[] {"hints", "Kernel hints"});
        }
        List<CeilingRow> ceilings = data.ceilings();
        if (!ceilings.isEmpty()) {
            toc.add(new String[] {"ceilings", "Percent of ceilings"});
        }
        if (!data.threadScaling().isEmpty()) {
            toc.add(new String[] {"threads", "Thread scaling"});
        }
        toc.addAll(WritesHtml.toc(data));
        toc.add(new String[] {"environment", "Environment"});
        toc.add(new String[] {"methodology", "Methodology"});
        toc.add(new String[] {"files", "Files"});
        h.append("<nav><ul>");
        for (String[] t : toc) {
            h.append("<li><a href=\"#").append(escape(t[0])).append("\">").append(escape(t[1])).append("</a></li>");
        }
        h.append("</ul></nav>\n</header>\n");

        h.append("<section id=\"headlines\">\n<h2>Headline findings</h2>\n<ul class=\"headline\">\n");
        for (String s : data.headlines()) {
            h.append("<li>").append(escape(s)).append("</li>\n");
        }
        h.append("</ul>\n</section>\n");

        tutorial(h, data);
        for (NamedChart c : charts) {
            if (c.kind().equals("speedup") && c.section().isEmpty()) {
                figure(h, c, svgs);
            }
        }
        h.append("</section>\n");

        for (HtmlSection s : extra) {
            h.append("<section id=\"").append(escape(s.id())).append("\">\n<h2>").append(escape(s.title())).append("</h2>\n")
                    .append(s.bodyHtml()).append("\n</section>\n");
        }

        for (Map.Entry<String, String> wl : workloadIds.entrySet()) {
            h.append("<section id=\"").append(escape(wl.getValue())).append("\">\n<h2>Workload: ").append(escape(wl.getKey())).append("</h2>\n");
            for (NamedChart c : charts) {
                if (c.section().equals(wl.getKey())) {
                    figure(h, c, svgs);
                }
            }
            workloadTable(h, data, wl.getKey());
            speedupTable(h, data, wl.getKey());
            crossoverTable(h, data, wl.getKey());
            h.append("</section>\n");
        }

        if (!fillEffects.isEmpty()) {
            fillEffects(h, fillEffects);
        }
        if (!hints.isEmpty()) {
            hints(h, hints);
        }
        if (!ceilings.isEmpty()) {
            ceilings(h, ceilings);
        }
        if (!data.threadScaling().isEmpty()) {
            threadScaling(h, data.threadScaling());
        }
        WritesHtml.append(h, data);
        environment(h, data);
        methodology(h, data);
        h.append("<section id=\"files\">\n<h2>Files</h2>\n<ul>\n");
        for (Map.Entry<String, String> f : files.entrySet()) {
            h.append("<li><a href=\"").append(escape(f.getKey())).append("\">").append(escape(f.getKey())).append("</a>: ")
                    .append(escape(f.getValue())).append("</li>\n");
        }
        h.append("</ul>\n<p class=\"muted\">The CSV schemas are described in reports/README.md of the mmapbench repository.</p>\n</section>\n");
        h.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        w.write(h.toString());
    }

    /** Appends chart {@code c} inlined from {@code svgs} with its caption and file links; nothing when it was not rendered. */
    static void figure(StringBuilder h, NamedChart c, Map<String, String> svgs) {
        String svg = svgs.get(c.stem());
        if (svg == null) {
            return;
        }
        h.append("<figure>\n").append(Html.inlineSvg(svg, c.stem(), c.caption())).append("\n<figcaption>")
                .append(escape(c.caption())).append(" (<a href=\"").append(escape(c.stem())).append(".png\">PNG</a>, <a href=\"")
                .append(escape(c.stem())).append(".svg\">SVG</a>)</figcaption>\n</figure>\n");
    }

    private static String ratioCell(SpeedupRow s) {
        if (s == null) {
            return "<td class=\"n\">-</td><td>-</td>";
        }
        String cls = switch (s.verdict()) {
            case "mapped faster" -> "faster";
            case "mapped slower" -> "slower";
            default -> "unclear";
        };
        String ci = s.ci().known() ? Numbers.human(s.ci().low()) + " to " + Numbers.human(s.ci().high()) : "no interval";
        return "<td class=\"n " + cls + "\">" + escape(Numbers.human(s.ratio())) + "x</td><td>" + escape(ci) + " ("
                + escape(s.mappedStrategy()) + " vs " + escape(s.regularStrategy()) + ")</td>";
    }

    private static void tutorial(StringBuilder h, ReportData data) {
        h.append("<section id=\"tutorial\">\n<h2>The Python article's five comparisons, in Java</h2>\n")
                .append("<p>The classic Python <code>mmap</code> tutorial timed five tasks on Don Quixote and reported how many times faster ")
                .append("mmap was (regular time / mmap time). Beside it: the article's Python functions timed on this machine, ")
                .append("the article's code translated line by line into Java (literal), the idiomatic variant (a String first), ")
                .append("the fair variant (the same kernel over both kinds of bytes; regular allocates a whole-file buffer per ")
                .append("operation), and the fair mapped cell against the strongest regular contender, fixed in advance (")
                .append(escape(Tutorial.CONTENDER.label())).append(", one reused buffer), with 95% bootstrap intervals over forks.");
        // A plan without the idiomatic variant (quick) gets no column of five "not measured" notes.
        boolean idiomatic = data.tutorial().stream().anyMatch(t -> t.idiomatic() != null);
        if (!idiomatic) {
            h.append(" This run did not measure the idiomatic variant.");
        }
        h.append("</p>\n<table>\n<tr><th>comparison</th><th>article</th><th>Python here</th>")
                .append("<th>Java literal</th><th>literal 95% CI</th>")
                .append(idiomatic ? "<th>Java idiomatic</th><th>idiomatic 95% CI</th>" : "")
                .append("<th>Java fair</th><th>fair 95% CI</th><th>vs contender</th><th>contender 95% CI</th></tr>\n");
        for (TutorialRow t : data.tutorial()) {
            h.append("<tr><td>").append(escape(t.comparison())).append("</td><td class=\"n\">~")
                    .append(escape(Decimals.significant(t.articleRatio(), Numbers.HUMAN_DIGITS))).append("x</td>");
            h.append(t.python() == null ? "<td>" + escape(t.pythonNote()) + "</td>"
                    : "<td class=\"n\">" + escape(Numbers.human(t.python())) + "x</td>");
            h.append(t.literal() == null ? "<td class=\"n\">-</td><td>" + escape(t.literalNote()) + "</td>" : ratioCell(t.literal()));
            if (idiomatic) {
                h.append(t.idiomatic() == null ? "<td class=\"n\">-</td><td>" + escape(t.idiomaticNote()) + "</td>" : ratioCell(t.idiomatic()));
            }
            h.append(t.fair() == null ? "<td class=\"n\">-</td><td>" + escape(t.fairNote()) + "</td>" : ratioCell(t.fair()));
            h.append(t.contender() == null ? "<td class=\"n\">-</td><td>" + escape(t.contenderNote()) + "</td>" : ratioCell(t.contender()));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void workloadTable(StringBuilder h, ReportData data, String workload) {
        boolean envCol = data.multipleEnvironments();
        h.append("<table class=\"sortable\">\n<tr>").append(envCol ? "<th>environment</th>" : "")
                .append("<th>benchmark</th><th>mode</th><th>params</th><th>median</th><th>95% CI</th><th>unit</th>")
                .append("<th>GB/s</th><th>alloc B/op</th><th>forks x iterations</th><th>unsteady forks</th></tr>\n");
        for (ResultRow r : data.primaryRows()) {
            if (!r.workload().equals(workload)) {
                continue;
            }
            BenchmarkResult b = r.result();
            StringBuilder params = new StringBuilder();
            b.params().forEach((k, v) -> params.append(params.isEmpty() ? "" : ", ").append(k).append('=').append(v));
            h.append(r.lowerConfidence() ? "<tr class=\"low\">" : r.unsteady() ? "<tr class=\"unsteady\">" : "<tr>");
            if (envCol) {
                h.append("<td>").append(escape(r.environment())).append("</td>");
            }
            h.append("<td>").append(escape(b.method())).append("</td><td>").append(escape(b.mode().shortName())).append("</td><td>")
                    .append(escape(params.toString())).append("</td><td class=\"n\">").append(escape(Numbers.human(r.central())))
                    .append(r.lowerConfidence() ? " (score)" : "").append("</td><td class=\"n\">")
                    .append(r.ci().known() ? escape(Numbers.human(r.ci().low()) + " to " + Numbers.human(r.ci().high())) : "-")
                    .append("</td><td>").append(escape(r.unit())).append("</td><td class=\"n\">")
                    .append(Double.isNaN(r.gbPerSecond()) ? "-" : escape(Numbers.human(r.gbPerSecond())))
                    .append("</td><td class=\"n\">").append(Double.isNaN(r.allocBytesPerOp()) ? "-" : escape(Numbers.human(r.allocBytesPerOp())))
                    .append("</td><td class=\"n\">").append(r.forks()).append(" x ").append(r.iterations())
                    .append("</td><td class=\"n\">").append(escape(r.unsteadyLabel())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (data.primaryRows().stream().anyMatch(r -> r.workload().equals(workload) && r.unsteady())) {
            h.append("<p>Highlighted rows have unsteady forks (see <a href=\"#methodology\">Methodology</a>): their medians still count,"
                    + " but a lengthened warm-up in the profile is due.</p>\n");
        }
        if (data.primaryRows().stream().anyMatch(r -> r.workload().equals(workload) && r.lowerConfidence())) {
            h.append("<p class=\"muted\">Rows in italics were run without raw data: only JMH's score and error are known (lower confidence).</p>\n");
        }
    }

    private static void speedupTable(StringBuilder h, ReportData data, String workload) {
        List<SpeedupRow> rows = data.speedups().stream().filter(s -> s.workload().equals(workload)).toList();
        if (rows.isEmpty()) {
            return;
        }
        h.append("<table class=\"sortable\">\n<tr><th>variant</th><th>mode</th><th>corpus</th><th>cache</th><th>speedup</th><th>95% CI</th><th>verdict</th></tr>\n");
        for (SpeedupRow s : rows) {
            h.append("<tr><td>").append(escape(s.variantLabel())).append("</td><td>").append(escape(s.mode().shortName())).append("</td><td>")
                    .append(escape(s.corpus())).append("</td><td>").append(escape(s.cache().isEmpty() ? "-" : s.cache())).append("</td>")
                    .append(ratioCell(s)).append("<td>").append(escape(s.verdict())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void hints(StringBuilder h, List<HintRow> rows) {
        h.append("<section id=\"hints\">\n<h2>Kernel hints</h2>\n<p>Each strategy given one hint before it reads:"
                + " <code>madvise</code> on the <code>mappedSegment</code> mapping, <code>MappedByteBuffer.load()</code> on"
                + " <code>mappedBuffer</code>, <code>posix_fadvise</code> on each windowed <code>pread</code> descriptor. Ratio: time"
                + " with the hint / time of the same strategy's control hint (which changes nothing) in the same run, medians of"
                + " fork medians with a 95% bootstrap interval over forks. Read from device: the <code>os.read_bytes</code>"
                + " counter per operation, where the run measured it.</p>\n<table>\n<tr><th>run</th><th>workload</th><th>corpus</th>"
                + "<th>cache</th><th>strategy</th><th>hint</th><th>time</th><th>unit</th><th>vs control</th><th>95% CI</th>"
                + "<th>read from device per op</th></tr>\n");
        for (HintRow r : rows) {
            h.append("<tr><td>").append(escape(r.runId())).append("</td><td>").append(escape(r.workload())).append("</td><td>")
                    .append(escape(r.corpus())).append("</td><td>").append(escape(r.cache())).append("</td><td>")
                    .append(escape(r.strategy())).append("</td><td><code>").append(escape(r.call())).append("</code></td><td class=\"n\">")
                    .append(escape(Numbers.human(r.time()))).append("</td><td>").append(escape(r.unit())).append("</td><td class=\"n\">")
                    .append(Double.isNaN(r.ratio()) ? "no control" : escape(Numbers.human(r.ratio())) + "x").append("</td><td>")
                    .append(r.ratioCi().known() ? escape(Numbers.human(r.ratioCi().low()) + " to " + Numbers.human(r.ratioCi().high())) : "-")
                    .append("</td><td class=\"n\">").append(r.readBytesMeasured() ? escape(Numbers.human(r.readBytes())) + " B" : "not measured")
                    .append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private static void crossoverTable(StringBuilder h, ReportData data, String workload) {
        List<CrossoverRow> rows = data.crossovers().stream().filter(c -> c.workload().equals(workload)).toList();
        if (rows.isEmpty()) {
            return;
        }
        h.append("<p>Where mapped overtakes regular along the size sweep: log-log interpolation of the speedup between swept sizes,"
                + " with a 95% bootstrap interval over forks (cells of " + Crossover.MIN_FORKS + " or more forks).</p>\n")
                .append("<table>\n<tr><th>mode</th><th>cache</th><th>corpora</th><th>mapped</th><th>regular</th><th>sizes</th>")
                .append("<th>forks</th><th>mapped overtakes regular</th></tr>\n");
        for (CrossoverRow c : rows) {
            h.append("<tr><td>").append(escape(c.mode().shortName())).append("</td><td>").append(escape(c.cache().isEmpty() ? "-" : c.cache()))
                    .append("</td><td>").append(escape(c.corpora())).append("</td><td>").append(escape(c.mappedStrategy()))
                    .append("</td><td>").append(escape(c.regular())).append("</td><td class=\"n\">").append(c.sizes().size())
                    .append("</td><td class=\"n\">").append(c.forks()).append("</td><td>").append(escape(c.answer())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void threadScaling(StringBuilder h, List<ThreadScaling.Row> rows) {
        h.append("<section id=\"threads\">\n<h2>Thread scaling</h2>\n<p>Several JMH threads read one warm corpus at once: 16 KiB reads")
                .append(" at seeded random offsets (<code>random16k</code>) and whole-file scans in 64 KiB ranges (<code>scan</code>),")
                .append(" through one shared mapping, one shared <code>FileChannel</code>, a channel per thread, or <code>pread</code> on")
                .append(" one descriptor. GB/s is what all threads read together; scaling is that throughput against the same cell with")
                .append(" one thread, with a 95% bootstrap interval over forks.</p>\n<table>\n<tr><th>run</th><th>benchmark</th>")
                .append("<th>corpus</th><th>strategy</th><th>threads</th><th>forks</th><th>us/op per thread</th><th>GB/s</th>")
                .append("<th>scaling</th><th>95% CI</th></tr>\n");
        for (ThreadScaling.Row r : rows) {
            h.append("<tr><td>").append(escape(r.runId())).append("</td><td>").append(escape(r.method())).append("</td><td>")
                    .append(escape(r.corpus())).append("</td><td>").append(escape(r.strategy())).append("</td><td class=\"n\">")
                    .append(r.threads()).append("</td><td class=\"n\">").append(r.forks()).append("</td><td class=\"n\">")
                    .append(escape(Numbers.human(r.microsPerOp()))).append("</td><td class=\"n\">").append(escape(Numbers.human(r.gbPerSecond())))
                    .append("</td><td class=\"n\">").append(escape(Numbers.human(r.scaling()))).append("x</td><td>")
                    .append(r.ci().known() ? escape(Numbers.human(r.ci().low()) + " to " + Numbers.human(r.ci().high())) : "-")
                    .append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private static void ceilings(StringBuilder h, List<CeilingRow> rows) {
        h.append("<section id=\"ceilings\">\n<h2>Percent of ceilings</h2>\n<p>Each throughput (corpus bytes / median time per"
                + " operation) as a percentage of the machine limit that bounds it, measured in the same run: cold cells against a cold"
                + " sequential <code>pread</code>, warm mapped scans against a memory copy between two native buffers, warm regular"
                + " reads against a warm <code>pread</code> into a reused 1 MiB buffer (docs/methodology.md, \"Ceilings\").</p>\n"
                + "<table>\n<tr><th>run</th><th>benchmark</th><th>params</th><th>GB/s</th><th>ceiling</th><th>ceiling GB/s</th>"
                + "<th>percent</th></tr>\n");
        for (CeilingRow r : rows) {
            h.append("<tr><td>").append(escape(r.runId())).append("</td><td>").append(escape(r.benchmark())).append("</td><td>")
                    .append(escape(r.params())).append("</td><td class=\"n\">").append(escape(Numbers.human(r.gbPerSecond())))
                    .append("</td><td>").append(escape(r.ceiling().label())).append("</td><td class=\"n\">")
                    .append(escape(Numbers.human(r.ceilingGbPerSecond()))).append("</td><td class=\"n\">")
                    .append(escape(Numbers.human(r.percent()))).append("%</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private static void fillEffects(StringBuilder h, List<FillEffects.Row> rows) {
        h.append("<section id=\"cache-fill\">\n<h2>How the cache was filled</h2>\n<p>The same benchmarks with the corpus cached"
                + " two ways before each fork: <i>warm</i> (read sequentially, as by <code>cat</code> or a regular read) and"
                + " <i>warm-mapped</i> (one byte read per page through a mapping). Mapping cost depends on how the cache was"
                + " filled: read calls let the kernel cache the file in large folios, page faults in small ones (the folio"
                + " sizes each fork saw are in the environment's <code>folios.*</code> properties). Ratio: warm-mapped / warm"
                + " of the medians of fork medians, with a 95% bootstrap interval over forks.</p>\n<table>\n<tr><th>run</th>"
                + "<th>benchmark</th><th>params</th><th>warm</th><th>warm-mapped</th><th>unit</th><th>warm-mapped / warm</th>"
                + "<th>95% CI</th></tr>\n");
        for (FillEffects.Row r : rows) {
            h.append("<tr><td>").append(escape(r.runId())).append("</td><td>").append(escape(r.workload() + "." + r.variant()))
                    .append("</td><td>").append(escape(r.params())).append("</td><td class=\"n\">").append(escape(Numbers.human(r.warm())))
                    .append("</td><td class=\"n\">").append(escape(Numbers.human(r.warmMapped()))).append("</td><td>")
                    .append(escape(r.unit())).append("</td><td class=\"n\">").append(escape(Numbers.human(r.ratio()))).append("x</td><td>")
                    .append(r.ci().known() ? escape(Numbers.human(r.ci().low()) + " to " + Numbers.human(r.ci().high())) : "-")
                    .append("</td></tr>\n");
        }
        h.append("</table>\n</section>\n");
    }

    private static void environment(StringBuilder h, ReportData data) {
        h.append("<section id=\"environment\">\n<h2>Environment</h2>\n");
        h.append("<table>\n<tr><th>run</th><th>source</th><th>environment</th></tr>\n");
        for (RunResults run : data.runs()) {
            h.append("<tr><td>").append(escape(run.runId())).append("</td><td>").append(escape(String.valueOf(run.source().getFileName())))
                    .append("</td><td>").append(escape(run.environment().label())).append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (data.multipleEnvironments()) {
            List<EnvironmentInfo> envs = List.copyOf(data.environments().values());
            h.append(EnvironmentSideBySide.html(envs.stream().map(EnvironmentInfo::label).toList(), envs));
        }
        for (EnvironmentInfo env : data.environments().values()) {
            h.append("<h3>").append(escape(env.label())).append("</h3>\n<table>\n<tr><th>property</th><th>value</th></tr>\n");
            for (Map.Entry<String, String> e : env.properties().entrySet()) {
                h.append("<tr><td>").append(escape(e.getKey())).append("</td><td>").append(escape(e.getValue())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (data.multipleEnvironments()) {
            h.append("<p>Results come from ").append(data.environments().size())
                    .append(" environments (different CPU, cores, kernel, JDK or corpus checksums): compare absolute times only within one environment; speedups are computed within each run.</p>\n");
        }
        h.append("</section>\n");
    }

    private static void methodology(StringBuilder h, ReportData data) {
        h.append("<section id=\"methodology\">\n<h2>Methodology</h2>\n");
        Map<String, Integer> settings = new TreeMap<>();
        for (RunResults run : data.runs()) {
            for (BenchmarkResult b : run.results()) {
                EnvironmentInfo e = b.environment();
                String key = "mode " + b.mode().shortName() + ", " + b.forks() + " fork" + (b.forks() == 1 ? "" : "s") + ", "
                        + b.warmupIterations() + " warm-up iteration" + (b.warmupIterations() == 1 ? "" : "s")
                        + opt(" of ", e.get("jmh.warmup.time")) + ", " + b.measurementIterations() + " measurement iteration"
                        + (b.measurementIterations() == 1 ? "" : "s") + opt(" of ", e.get("jmh.measurement.time")) + ", "
                        + b.threads() + " thread" + (b.threads() == 1 ? "" : "s") + opt(", JVM options: ", e.get("jvm.args"));
                settings.merge(key, 1, Integer::sum);
            }
        }
        heapAndCache(h, data);
        h.append("<p>JMH settings, as read from the results:</p>\n<ul>\n");
        settings.forEach((k, n) -> h.append("<li>").append(escape(k)).append(" (").append(n).append(" benchmark")
                .append(n == 1 ? "" : "s").append(")</li>\n"));
        h.append("</ul>\n");
        h.append("""
                <ul>
                <li><b>Fork as the unit.</b> Each fork is a fresh JVM. The central value is the median of the fork medians; its 95% interval is a seeded percentile bootstrap over forks (2000 resamples), because iterations inside one JVM are not independent. JMH's own error (a 99.9% Student-t half-width pooling all iterations) is kept in results.csv. Without raw data, or with a single fork, the interval is JMH's error rescaled to 95% (lower confidence).</li>
                <li><b>Speedup.</b> Regular time / mapped time (for throughput modes, mapped / regular), so above 1 means mapped is faster. Each mapped strategy is compared with the first regular strategy present of readAllBytes, readString, channelHeap, bufferedStream, channelDirect, randomAccessFile, bufferedReader, within the same run, workload, variant, corpus and cache state. A finding is called faster or slower only when the 95% interval excludes 1.</li>
                <li><b>Fairness variants.</b> <i>fair</i>: the same search kernel runs over a byte view of the regular bytes and of the mapping, so only the I/O differs. <i>idiomatic</i>: code shaped like the tutorial's (read a String, then indexOf or a Pattern). <i>windowed</i>: the file is processed through a window of bounded size.</li>
                <li><b>Outside the timings.</b> By mmapbench's benchmark design, corpus generation and SHA-256 verification happen before measurement, and preparing the cache state (evicting the file's pages for cold runs) happens in JMH setup; opening, reading or mapping the file and the workload itself are timed. Check each benchmark class's setup methods for the details.</li>
                <li><b>Steady state.</b> One rule for every benchmark: a fork is <i>unsteady</i> when its first measurement iteration is more than 1.5x slower than the median of its other iterations, or when a Mann-Kendall trend test over its iterations in time order gives p &lt; 0.01 (it needs 6 or more iterations to reach that). Unsteady forks are flagged in the tables, in results.csv (unsteady_forks) and in the gate's table.</li>
                <li><b>GB/s</b> is corpus bytes divided by the time per operation. For workloads that stop early (find, seek-find) it is an equivalent rate, not bytes actually read.</li>
                </ul>
                """);
        h.append("</section>\n");
    }

    /** The heap and page-cache settings the forks recorded, and why they are what they are. */
    private static void heapAndCache(StringBuilder h, ReportData data) {
        Map<String, String> heaps = new TreeMap<>();
        Map<String, String> fills = new TreeMap<>();
        for (EnvironmentInfo e : data.environments().values()) {
            String max = e.get("fork.MaxHeapSize");
            if (max != null) {
                heaps.put(e.label(), "InitialHeapSize " + e.get("fork.InitialHeapSize") + " B, MaxHeapSize " + max
                        + " B, AlwaysPreTouch " + e.get("fork.AlwaysPreTouch") + opt("; fork start-up ", e.get("fork.startup_seconds")));
            }
            e.properties().forEach((k, v) -> {
                if (k.startsWith("cache.") && k.endsWith(".fill")) {
                    fills.put(k.substring("cache.".length(), k.length() - ".fill".length()), v);
                }
            });
        }
        h.append("<ul>\n<li><b>Heap.</b> ");
        if (heaps.isEmpty()) {
            h.append("These runs did not record the JVM flags their forks ran with (runs made before mmapbench recorded them"
                    + " inside each fork, or not made by mmapbench run).");
        } else {
            h.append("Every fork ran with a fixed heap (-Xms = -Xmx) that the JVM touched at start-up (-XX:+AlwaysPreTouch), and"
                    + " with exactly the profile's JVM arguments; each fork recorded what it ran with: ");
            heaps.forEach((env, v) -> h.append(escape(heaps.size() > 1 ? env + ": " + v + ". " : v + ".")));
            h.append(" Why: until a fresh heap has been touched once, allocations land on pages the kernel has never mapped and"
                    + " pay page faults and zeroing, a start-up transient of the JVM, not I/O, that made readAllBytes of"
                    + " don-quixote about 4x slower on the reference machine.");
        }
        h.append("</li>\n<li><b>Warm page cache.</b> ");
        if (fills.isEmpty()) {
            h.append("These runs did not record how the page cache was filled before their warm benchmarks.");
        } else {
            h.append("Before every trial (fork) of a warm benchmark the corpus's pages were dropped (posix_fadvise DONTNEED,"
                    + " verified with mincore) and the cache filled one fixed way; every page was resident before the first iteration"
                    + " and after the last (the run fails otherwise). How a file entered the cache decides the size of the folios"
                    + " holding it, and mapping cost depends on that size.");
            fills.forEach((state, how) -> h.append(" <i>").append(escape(state)).append("</i>: ").append(escape(how)).append('.'));
        }
        h.append("</li>\n</ul>\n");
    }

    private static String opt(String prefix, String v) {
        return v == null || v.isBlank() ? "" : prefix + v;
    }
}
