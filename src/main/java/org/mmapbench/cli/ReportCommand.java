package org.mmapbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mmapbench.report.ReportWriter;
import org.mmapbench.report.chart.ChartOptions;
import org.mmapbench.results.CorpusSizes;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.results.RunResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mmapbench report RUN_DIR_OR_JSON... [--out DIR]}: renders CSV tables, charts, index.html and
 * summary.md from one or more JMH runs.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {
            "Render a report from JMH results: results.csv, speedup.csv, tutorial.csv, anatomy.csv, charts (PNG and SVG), "
                    + "a self-contained index.html and summary.md.",
            "Each input is a run folder (results/<run-id>/ holding jmh.json, and optionally environment.json) or any JMH JSON file "
                    + "(-rf json). Several runs are merged into one report and grouped by environment.",
            "Without --out the report goes to <reports-dir>/<run-id>/ and <reports-dir>/latest/ points at it (a small page). "
                    + "The path of index.html is printed."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "3:unreadable, malformed or non-JMH input, or bad usage (nothing is written)"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR_OR_JSON", description = "Run folders or JMH JSON files.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the report into DIR only (latest/ is left alone).")
    Path out;

    @Option(names = "--reports-dir", paramLabel = "DIR", defaultValue = "reports",
            description = "Root of <run-id>/ and latest/ when --out is not given (default: ${DEFAULT-VALUE}).")
    Path reportsDir;

    @Option(names = "--log-scale", description = "Draw every bar chart on a logarithmic axis (without it, a chart whose values span more than 10x gets one by itself).")
    boolean logScale;

    @Override
    public Integer call() throws IOException {
        List<RunResults> runs = JmhJsonReader.readAll(inputs);
        ChartOptions options = new ChartOptions(logScale, ChartOptions.DEFAULT.width(), ChartOptions.DEFAULT.height());
        CorpusSizes sizes = ProjectCorpusSizes.of(RunCommand.projectDir());
        Path index = out != null
                ? ReportWriter.write(runs, sizes, out, options, List.of())
                : ReportWriter.writeToReports(runs, sizes, reportsDir, options, List.of());
        spec.commandLine().getOut().println(index.toAbsolutePath().normalize());
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
