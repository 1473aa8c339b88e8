package org.mmapbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.mmapbench.corpus.Corpora;
import org.mmapbench.corpus.CorpusSpec;
import org.mmapbench.util.InputFiles;
import org.mmapbench.util.UserInputException;
import org.mmapbench.verify.CrossCheck;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Cells;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mmapbench check}: runs every (workload, variant, strategy) cell once on each corpus file and
 * compares the answers with a simple reference implementation; exit 1 naming the cells that disagree.
 */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Run every workload x variant x access strategy cell once on each file and compare with a simple reference",
            "(offsets, counts, checksums, SHA-256 of the file after replace/patch, on fresh copies in a temp folder).",
            "Prints one row per cell and file; exits 1 if any cell disagrees or fails, naming it."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every cell agrees with the reference",
            "1:a cell disagrees with the reference or fails",
            "3:usage or input error (unknown corpus; a missing, unreadable or non-regular file; a --cells regex that is bad or matches no cell; a file that changed while mapped)"
        })
public final class CheckCommand implements Callable<Integer> {

    /** Without --corpus or --file, every manifest corpus up to this size is checked. */
    static final long DEFAULT_MAX_BYTES = 4L << 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "ID", arity = "1..*",
            description = "Corpus ids, profiles or 'all' to check (e.g. don-quixote, english-4KiB, quick). "
                    + "Default, without --corpus and --file: every corpus of the manifest up to "
                    + "4 MiB (the five Gutenberg texts and each generated kind at small sizes).")
    List<String> corpora = new ArrayList<>();

    @Option(names = "--file", paramLabel = "PATH", arity = "1..*",
            description = "Files to check, any content.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--cells", paramLabel = "REGEX",
            description = "Only cells whose name workload/variant/strategy (with /none or /synced for the durability variant) contains a match of REGEX, e.g. 'find/.*/mapped.*'. Default: all.")
    String cells;

    @Option(names = "--failures-only", description = "Print only the rows that did not pass.")
    boolean failuresOnly;

    @Override
    public Integer call() throws IOException {
        List<Path> targets = new ArrayList<>();
        Corpora manifest = Corpora.load();
        List<CorpusSpec> specs = corpora.isEmpty() && files.isEmpty()
                ? manifest.all().stream().filter(c -> c.bytes() <= DEFAULT_MAX_BYTES).toList()
                : manifest.select(corpora);
        for (CorpusSpec c : specs) {
            targets.add(manifest.resolve(c));
        }
        for (Path f : files) {
            targets.add(InputFiles.requireRegularFile(f, "--file "));
        }
        if (targets.isEmpty()) {
            throw new UserInputException("check: give at least one --corpus ID or --file PATH");
        }
        Pattern filter = null;
        if (cells != null) {
            try {
                filter = Pattern.compile(cells);
            } catch (PatternSyntaxException e) {
                throw new UserInputException("--cells '" + cells + "': not a regular expression: " + e.getDescription());
            }
        }
        Pattern f = filter;
        List<Cell> selected = Cells.all().stream().filter(c -> f == null || f.matcher(c.name()).find()).toList();
        if (selected.isEmpty()) {
            throw new UserInputException("--cells '" + cells + "': matches no cell (names look like find/fair/mappedSegment)");
        }
        List<CrossCheck.Outcome> outcomes = CrossCheck.verify(targets, selected);
        PrintWriter out = spec.commandLine().getOut();
        CheckTable.print(out, outcomes, failuresOnly);
        out.flush();
        List<CrossCheck.Outcome> changed = CrossCheck.changed(outcomes);
        if (!changed.isEmpty()) {
            throw new UserInputException(CheckTable.printable(changed.get(0).detail()));
        }
        List<CrossCheck.Outcome> bad = CrossCheck.bad(outcomes);
        PrintWriter err = spec.commandLine().getErr();
        for (CrossCheck.Outcome o : bad) {
            err.println("mmapbench: check failed: " + CheckTable.printable(o.name() + ": " + o.detail()));
        }
        err.flush();
        return bad.isEmpty() ? ExitCode.OK : ExitCode.FAILED;
    }

}
