package org.mmapbench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mmapbench.gate.Gate;
import org.mmapbench.gate.GateOptions;
import org.mmapbench.gate.GateResult;
import org.mmapbench.gate.GateRow;
import org.mmapbench.gate.Verdict;
import org.mmapbench.report.ReportData;
import org.mmapbench.report.site.SiteRun;
import org.mmapbench.report.site.SiteWriter;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.results.RunResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mmapbench site RUN_DIR... [--out DIR]}: a static history site from any number of runs, with the
 * regression gate between consecutive runs on the same environment.
 */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = {
            "Build a static history site from run folders: index.html lists every run (date, commit, profile, environment, "
                    + "the gate's verdict against the previous run on the same environment) and every regression and improvement; "
                    + "runs/<run>.html is each run's report; trends/<workload>.html draws each benchmark's median and 95%% interval "
                    + "per run in time order, one line per environment (a change of machine starts a new line); speedups.html "
                    + "draws mapped over regular per run.",
            "Runs are ordered by their environment's time.start. The gate (defaults of 'mmapbench gate') compares each run "
                    + "with the previous run whose environment fingerprint is the same; runs on other environments are never compared.",
            "--out must be absent, empty or an earlier site; it is replaced as a whole, atomically. The path of index.html is printed."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:site written", "3:unreadable, malformed or non-JMH input, or an output folder that cannot be used (nothing is written)"})
final class SiteCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR_OR_JSON", description = "Run folders or JMH JSON files, in any order.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site", description = "The site's folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        List<RunResults> runs = new ArrayList<>(JmhJsonReader.readAll(inputs));
        Path index = SiteWriter.write(history(runs, GateOptions.defaults()), ProjectCorpusSizes.of(RunCommand.projectDir()), out);
        spec.commandLine().getOut().println(index.toAbsolutePath().normalize());
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }

    /** The runs in time order, each gated against the previous run on the same environment. */
    static List<SiteRun> history(List<RunResults> runs, GateOptions options) {
        List<RunResults> sorted = new ArrayList<>(runs);
        sorted.sort(SiteRun.TIME_ORDER);
        Map<String, RunResults> latest = new HashMap<>();
        List<RunResults> previous = new ArrayList<>();
        for (RunResults run : sorted) {
            previous.add(latest.put(ReportData.environmentKey(run.environment()), run));
        }
        // The gates (bootstrap intervals) are independent of each other.
        return java.util.stream.IntStream.range(0, sorted.size()).parallel().mapToObj(i -> {
            RunResults run = sorted.get(i);
            RunResults prev = previous.get(i);
            if (prev == null) {
                return SiteRun.first(run);
            }
            GateResult g = Gate.compare(prev, run, options);
            List<SiteRun.Change> changes = new ArrayList<>();
            for (GateRow r : g.rows()) {
                if (r.verdict() == Verdict.REGRESSED || r.verdict() == Verdict.IMPROVED) {
                    changes.add(new SiteRun.Change(r.key(), r.name(), r.metric(), r.verdict().label(), r.delta()));
                }
            }
            return new SiteRun(run, prev.runId(), word(g), g.headline(), changes);
        }).toList();
    }

    /** The verdict in one word, as the index and the PR comment use it. */
    static String word(GateResult g) {
        return switch (g.outcome()) {
            case REGRESSED -> "regressed";
            case INCONCLUSIVE -> "inconclusive";
            case PASS -> g.count(Verdict.IMPROVED) > 0 ? "improved" : "no change";
        };
    }
}
