package org.mmapbench.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.mmapbench.corpus.Corpora;
import org.mmapbench.corpus.CorpusCheck;
import org.mmapbench.corpus.CorpusMismatchException;
import org.mmapbench.corpus.CorpusMissingException;
import org.mmapbench.corpus.CorpusSpec;
import org.mmapbench.corpus.CorpusStatus;
import org.mmapbench.util.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mmapbench datasets}: lists every corpus of the manifest with its state on this machine,
 * preparing (downloading, generating) the ones asked for and verifying hashes on request.
 */
@Command(name = "datasets",
        mixinStandardHelpOptions = true,
        description = {
            "List every corpus (id, kind, bytes, status, SHA-256, file) of datasets/corpora.csv.",
            "Statuses: ok, missing, mismatch (public-domain texts, always hashed); generated, not-generated, mismatch (generated corpora).",
            "Public-domain texts come from datasets/gutenberg/, then the mirror, then their download URL; generated ones from datasets/generated/."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:listed (and prepared) without problems",
            "1:--verify found a mismatch or a missing public-domain text, or --prepare failed",
            "3:usage or input error (unknown profile or id, bad folder, bad manifest)"
        })
final class DatasetsCommand implements Callable<Integer> {

    @Option(names = "--mirror", paramLabel = "DIR",
            description = "Folder holding the public-domain texts (default: env " + Corpora.MIRROR_ENV + ", else ../shared/datasets/gutenberg beside the project when it exists).")
    Path mirror;

    @Option(names = "--prepare", arity = "1..*", paramLabel = "PROFILE|all|ID",
            description = "Resolve these corpora first: download public-domain texts into the cache, generate generated ones. A profile (smoke, quick, standard, depth, full, writes, huge), 'all', or corpus ids (also <kind>-<size> ids not in the manifest).")
    List<String> prepare;

    @Option(names = "--verify",
            description = "Re-hash every cached generated corpus too, and exit 1 on any mismatch or missing public-domain text.")
    boolean verify;

    @Option(names = "--project-dir", paramLabel = "DIR",
            description = "Project folder holding datasets/corpora.csv (default: system property " + Corpora.PROJECT_DIR_PROPERTY + ", else the working directory).")
    Path projectDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = projectDir != null ? projectDir : Corpora.projectDir();
        if (!Files.isDirectory(dir)) {
            throw new UserInputException("--project-dir: " + dir + " is not a folder");
        }
        Corpora corpora = Corpora.load(dir);
        if (mirror != null) {
            corpora = corpora.withMirror(Corpora.checkMirror(mirror, "--mirror"));
        }
        List<CorpusSpec> toPrepare = prepare == null ? List.of() : corpora.select(prepare);

        int failures = 0;
        Set<CorpusSpec> reported = new LinkedHashSet<>();
        for (CorpusSpec s : toPrepare) {
            try {
                corpora.resolve(s);
            } catch (CorpusMismatchException | CorpusMissingException e) {
                err.println("mmapbench: " + Main.oneLine(e.getMessage()));
                reported.add(s);
                failures++;
            }
        }

        Set<CorpusSpec> listed = new LinkedHashSet<>(corpora.all());
        listed.addAll(toPrepare);
        List<CorpusCheck> checks = new ArrayList<>();
        for (CorpusSpec s : listed) {
            checks.add(corpora.check(s, verify));
        }
        print(out, checks);
        out.println("mirror: " + corpora.mirror().map(Path::toString).orElse("none")
                + "; caches: " + corpora.gutenbergCache() + ", " + corpora.generatedCache());

        int problems = 0;
        for (CorpusCheck c : checks) {
            boolean missingText = c.status() == CorpusStatus.MISSING;
            if ((c.status() == CorpusStatus.MISMATCH || missingText) && !reported.contains(c.spec())) {
                problems++;
                if (verify || !missingText) { // a missing text may still be downloadable: only --verify calls it a problem
                    err.println("mmapbench: " + c.problem().orElse("corpus " + c.spec().id() + " is missing from the cache and the mirror"));
                }
            }
        }
        out.flush();
        err.flush();
        if (failures > 0 || (verify && problems > 0)) {
            return ExitCode.FAILED;
        }
        return ExitCode.OK;
    }

    private static void print(PrintWriter out, List<CorpusCheck> checks) {
        int idWidth = "ID".length();
        int kindWidth = "KIND".length();
        for (CorpusCheck c : checks) {
            idWidth = Math.max(idWidth, c.spec().id().length());
            kindWidth = Math.max(kindWidth, c.spec().kind().id().length());
        }
        String format = "%-" + idWidth + "s  %-" + kindWidth + "s  %13s  %-13s  %-64s  %s%n";
        out.printf(Locale.ROOT, format, "ID", "KIND", "BYTES", "STATUS", "SHA-256", "FILE");
        for (CorpusCheck c : checks) {
            CorpusSpec s = c.spec();
            String sha = c.sha256().or(s::sha256).orElse("-");
            out.printf(Locale.ROOT, format, s.id(), s.kind().id(), String.format(Locale.ROOT, "%,d", s.bytes()),
                    c.status().label(), sha, c.file().map(Path::toString).orElse("-"));
        }
    }
}
