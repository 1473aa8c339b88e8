package org.mmapbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mmapbench.gate.Gate;
import org.mmapbench.gate.GateFiles;
import org.mmapbench.gate.GateOptions;
import org.mmapbench.gate.GateResult;
import org.mmapbench.gate.GateTable;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.results.RunResults;
import org.mmapbench.util.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mmapbench gate}: compares a candidate run with a baseline run and fails on a confirmed,
 * statistically significant regression beyond a threshold.
 */
@Command(name = "gate",
        mixinStandardHelpOptions = true,
        description = {
            "Compare a candidate run with a baseline run: per benchmark (and gc.alloc.rate.norm), the ratio of "
                    + "geometric means of per-fork medians with a 95%% bootstrap CI, Welch's t-test on log fork medians, "
                    + "Holm correction over all rows. A row regresses only if its adjusted p < alpha AND its whole CI "
                    + "lies beyond the threshold in the bad direction.",
            "DIR is a results/<run-id>/ folder (with jmh.json and environment.json) or a JMH JSON file."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no regression",
            "1:a regression (significant and beyond the threshold)",
            "2:inconclusive (too few forks, no raw data, nothing comparable) or environments differ",
            "3:usage or input error (a file that cannot be read or parsed never passes)"
        })
final class GateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--baseline", required = true, paramLabel = "DIR", description = "The baseline run folder or JMH JSON file.")
    Path baseline;

    @Option(names = "--candidate", required = true, paramLabel = "DIR", description = "The candidate run folder or JMH JSON file.")
    Path candidate;

    @Option(names = "--threshold", paramLabel = "PCT", defaultValue = "5",
            description = "Smallest change that counts, in percent (default: ${DEFAULT-VALUE}).")
    String threshold;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = "Family-wise significance level, Holm-corrected over all rows (default: ${DEFAULT-VALUE}).")
    String alpha;

    @Option(names = "--relative",
            description = "Compare mapped-vs-regular speedup ratios instead of absolute values (meaningful across machines).")
    boolean relative;

    @Option(names = "--allow-env-mismatch",
            description = "Compare absolute values even when CPU, cores, kernel, JDK or corpus hashes differ.")
    boolean allowEnvMismatch;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write gate.csv, gate.md, gate.html (report fragment) and gate.txt into DIR (a folder or a new "
                    + "path; other files in it are left alone).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--resamples", paramLabel = "N", defaultValue = "2000",
            description = "Bootstrap resamples per row, 100 to 100000 (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Override
    public Integer call() throws IOException {
        GateOptions options = options();
        RunResults base = JmhJsonReader.read(baseline);
        RunResults cand = JmhJsonReader.read(candidate);
        GateResult result = Gate.compare(base, cand, options);
        PrintWriter w = spec.commandLine().getOut();
        w.print(GateTable.render(result));
        w.flush();
        if (out != null) {
            GateFiles.write(result, out);
        }
        return ExitCode.of(result.outcome());
    }

    private GateOptions options() {
        double t = number(threshold.endsWith("%") ? threshold.substring(0, threshold.length() - 1) : threshold, "--threshold");
        if (!(t >= 0 && t < 100)) {
            throw new UserInputException("--threshold: '" + threshold + "' must be a percentage in [0, 100)");
        }
        double a = number(alpha, "--alpha");
        if (!(a > 0 && a < 1)) {
            throw new UserInputException("--alpha: '" + alpha + "' must be in (0, 1), e.g. 0.05");
        }
        if (resamples < GateOptions.MIN_RESAMPLES || resamples > GateOptions.MAX_RESAMPLES) {
            throw new UserInputException("--resamples: " + resamples + " is outside " + GateOptions.MIN_RESAMPLES + ".."
                    + GateOptions.MAX_RESAMPLES);
        }
        return new GateOptions(t / 100, a, relative, allowEnvMismatch, resamples, seed);
    }

    private static double number(String text, String what) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new UserInputException(what + ": '" + text + "' is not a number");
        }
    }
}
