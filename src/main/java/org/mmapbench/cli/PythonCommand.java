package org.mmapbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mmapbench.corpus.Corpora;
import org.mmapbench.results.PythonJson;
import org.mmapbench.results.PythonResults;
import org.mmapbench.run.PythonBaseline;
import org.mmapbench.util.CannotRunException;
import org.mmapbench.util.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mmapbench python}: times the Python mmap article's ten functions on one corpus with
 * {@code python3} and writes {@code python.json}.
 */
@Command(name = "python",
        mixinStandardHelpOptions = true,
        description = {
            "Time the classic Python mmap article's ten functions (read, find, regex, seek-find, find-and-replace; "
                    + "regular and mmap) on one corpus with python3, and check every answer against the reference.",
            "Each function: one discarded call, then the median of --repetitions calls; replace works on a fresh copy "
                    + "each time. Prints a table and writes python.json (per function: median, min, max, samples, "
                    + "answer, expected answer, check; the Python version; the load average)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:measured, every answer agrees with the reference",
            "1:a function's answer disagrees with the reference, or python3 failed",
            "3:usage or input error (unknown corpus, --python not executable, bad --repetitions or --out)",
            "4:cannot run: python3 is not on the PATH"
        })
final class PythonCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "ID", defaultValue = "don-quixote",
            description = "The corpus to run on (default: ${DEFAULT-VALUE}, the article's text).")
    String corpus;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write python.json (default: <project>/results/python.json). Written atomically.")
    Path out;

    @Option(names = "--python", paramLabel = "PATH",
            description = "The interpreter (default: python3 on the PATH).")
    Path python;

    @Option(names = "--repetitions", paramLabel = "N", defaultValue = "" + PythonBaseline.DEFAULT_REPETITIONS,
            description = "Measured calls per function, at least " + PythonBaseline.MIN_REPETITIONS + " (default: ${DEFAULT-VALUE}).")
    int repetitions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (repetitions < PythonBaseline.MIN_REPETITIONS) {
            throw new UserInputException("--repetitions: must be at least " + PythonBaseline.MIN_REPETITIONS + ", not " + repetitions);
        }
        Path interpreter = python != null ? python : PythonBaseline.findPython3().orElseThrow(
                () -> new CannotRunException("python3 is not on the PATH; install it or give --python PATH"));
        if (!Files.isExecutable(interpreter)) {
            throw new UserInputException("--python: " + interpreter + " is not an executable file");
        }
        Path projectDir = RunCommand.projectDir();
        Path target = (out != null ? out : projectDir.resolve("results").resolve(PythonResults.FILE_NAME)).toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new UserInputException("--out: " + target + " is a folder, not a file");
        }
        Path file = Corpora.load(projectDir).resolve(corpus);
        PythonResults results;
        try {
            results = new PythonBaseline(interpreter, System.err).measure(corpus, file, repetitions);
        } catch (IOException e) {
            spec.commandLine().getErr().println("mmapbench: python: " + Main.oneLine(e.getMessage()));
            spec.commandLine().getErr().flush();
            return ExitCode.FAILED;
        }
        PythonJson.write(results, target);
        PrintWriter pw = spec.commandLine().getOut();
        print(pw, results);
        pw.println("wrote " + target);
        pw.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (PythonResults.Function f : results.failures()) {
            err.println("mmapbench: python: " + f.name() + " on " + corpus + ": "
                    + (f.error() != null ? f.error() : "answer " + f.answer() + ", reference " + f.expected().answer()
                    + (f.sha256After() == null ? "" : " (file SHA-256 " + f.sha256After() + ", reference "
                    + f.expected().sha256After() + ")")));
        }
        err.flush();
        return results.failures().isEmpty() ? ExitCode.OK : ExitCode.FAILED;
    }

    /** Prints one row per comparison: both medians, the ratio and the checks. */
    static void print(PrintWriter pw, PythonResults r) {
        pw.printf(Locale.ROOT, "%-17s %14s %14s %8s  %s%n", "comparison", "regular ms", "mmap ms", "ratio", "check (regular, mmap)");
        for (String c : PythonResults.COMPARISONS) {
            PythonResults.Function reg = r.function(c, "regular").orElse(null);
            PythonResults.Function map = r.function(c, "mmap").orElse(null);
            pw.printf(Locale.ROOT, "%-17s %14s %14s %8s  %s, %s%n", c, millis(reg), millis(map),
                    r.ratio(c).map(x -> String.format(Locale.ROOT, "%.2fx", x)).orElse("-"),
                    reg == null ? "missing" : reg.check(), map == null ? "missing" : map.check());
        }
        pw.printf(Locale.ROOT, "%s %s (%s) on %s; median of each function's measured calls after %d discarded; "
                        + "load average at the start %s%n",
                r.pythonImplementation(), r.pythonVersion(), r.pythonExecutable(), r.corpus(), r.discarded(),
                r.loadAverage().isEmpty() ? "unknown" : r.loadAverage());
    }

    private static String millis(PythonResults.Function f) {
        if (f == null || f.error() != null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.3f", f.medianNs() / 1e6);
    }
}
