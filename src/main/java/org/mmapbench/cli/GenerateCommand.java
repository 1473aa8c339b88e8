package org.mmapbench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mmapbench.corpus.CorpusGenerator;
import org.mmapbench.corpus.CorpusKind;
import org.mmapbench.util.PathKind;
import org.mmapbench.util.Sizes;
import org.mmapbench.util.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mmapbench generate}: writes one generated corpus to a file, deterministically. */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Write one generated corpus: the same kind, size and seed give the same bytes on any machine.",
            "The file is written to a temporary name and moved into place when complete; its SHA-256 is printed."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:written",
            "3:usage or input error (bad kind, size, seed or output path; not enough space; a write that fails)"
        })
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "english, utf8-mixed, log or random-bytes.")
    String kind;

    @Option(names = "--size", required = true, paramLabel = "SIZE",
            description = "Exact size: bytes, or with a unit (4KiB, 64MiB, 4GiB; KB/MB/GB are powers of 1000).")
    String size;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed (a 64-bit integer; default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Output file: a new path or a regular file (replaced); a symbolic link is followed and the file it "
                    + "points to replaced. Devices, FIFOs and folders are refused. Its folder must exist.")
    Path out;

    @Option(names = "--threads", paramLabel = "N",
            description = "Generator threads (default: the available processors). The output does not depend on it.")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CorpusKind k = CorpusKind.parseGenerated(kind, "--kind");
        long bytes = Sizes.parse(size, "--size");
        if (bytes < 1) {
            throw new UserInputException("--size: '" + size + "' must be at least 1 byte");
        }
        if (bytes > CorpusGenerator.MAX_SIZE) {
            throw new UserInputException("--size: '" + size + "' is larger than the " + Sizes.formatExact(CorpusGenerator.MAX_SIZE)
                    + " that can be generated");
        }
        if (threads != null && threads < 1) {
            throw new UserInputException("--threads: must be at least 1, not " + threads);
        }
        Path target = out.toAbsolutePath().normalize();
        PathKind self = PathKind.ofLink(target);
        if (self == PathKind.SYMLINK) { // followed: the file it points to is replaced, the link stays
            PathKind pointed = PathKind.of(target);
            if (pointed != PathKind.REGULAR_FILE) {
                throw new UserInputException("--out: " + out + " is a symbolic link to "
                        + (pointed == PathKind.MISSING ? "nothing" : pointed.description()) + "; give a regular file or a new path");
            }
            target = target.toRealPath();
        } else if (self != PathKind.MISSING && self != PathKind.REGULAR_FILE) {
            throw new UserInputException("--out: " + out + " is " + self.description() + "; give a regular file or a new path");
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UserInputException("--out: folder " + (parent == null ? out : parent) + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new UserInputException("--out: folder " + parent + " is not writable");
        }
        long free = Files.getFileStore(parent).getUsableSpace();
        if (free < bytes) {
            throw new UserInputException("--out: folder " + parent + " has " + Sizes.format(free) + " free, "
                    + Sizes.format(bytes) + " needed");
        }
        CorpusGenerator.Result r = CorpusGenerator.generate(k, bytes, seed, target,
                threads == null ? CorpusGenerator.defaultThreads() : threads);
        PrintWriter pw = spec.commandLine().getOut();
        pw.printf(Locale.ROOT, "%s: %s-%s seed %d, %,d bytes, sha256 %s, %.2f s (%.0f MB/s)%n",
                out, k.id(), Sizes.formatExact(bytes), seed, r.bytes(), r.sha256(), r.nanos() / 1e9, r.megabytesPerSecond());
        pw.flush();
        return ExitCode.OK;
    }
}
