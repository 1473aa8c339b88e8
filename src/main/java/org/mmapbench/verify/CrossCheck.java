package org.mmapbench.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.mmapbench.access.FileChangedWhileMappedException;
import org.mmapbench.util.TempFolders;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Cells;

/**
 * Runs cells on files once each and compares every answer with the {@link Reference}: offsets,
 * counts and checksums, and for replace and patch the SHA-256 of the file afterwards. Mutating
 * cells run on a fresh copy of the file in a temporary folder, never on the original.
 */
public final class CrossCheck {

    /** How one cell did on one file. */
    public enum Status {
        /** The answer (and file hash) equal the reference. */
        PASS,
        /** The answer or the file hash differs from the reference. */
        FAIL,
        /** The cell threw an exception. */
        ERROR,
        /** The cell cannot handle the file: too large for it (or the reference), or not UTF-8 where it decodes UTF-8. */
        SKIPPED,
        /** The file was truncated or replaced while mapped: bad input, not a wrong answer. */
        CHANGED
    }

    /**
     * One cell's outcome on one file.
     *
     * @param file the file checked
     * @param cell the cell
     * @param status pass, fail, error or skipped
     * @param expected the reference answer (0 if skipped)
     * @param actual the cell's answer (0 unless it ran)
     * @param detail why it failed, errored or was skipped; empty on pass
     */
    public record Outcome(Path file, Cell cell, Status status, long expected, long actual, String detail) {
        /** Whether this outcome is a disagreement or an error. */
        public boolean bad() {
            return status == Status.FAIL || status == Status.ERROR;
        }

        /** {@code cell on file}, naming the cell for error messages. */
        public String name() {
            return cell.name() + " on " + file.getFileName();
        }
    }

    private CrossCheck() {
    }

    /**
     * Runs the standard cells selected by {@code which} on every file and compares with the reference.
     * The run command calls this before measuring and refuses to publish if any outcome is bad.
     */
    public static List<Outcome> verify(Collection<Path> files, Predicate<Cell> which) throws IOException {
        return verify(files, Cells.all().stream().filter(which).toList());
    }

    /** Runs the given cells (e.g. built with tiny chunk sizes) on every file and compares with the reference. */
    public static List<Outcome> verify(Collection<Path> files, List<Cell> cells) throws IOException {
        return verify(files, cells, new ReferenceAnswers());
    }

    /**
     * Runs the given cells on every file and compares with the reference answers in {@code answers},
     * computing those not yet known: a caller that checks cells one call at a time passes the same
     * {@code answers} to every call.
     */
    public static List<Outcome> verify(Collection<Path> files, List<Cell> cells, ReferenceAnswers answers) throws IOException {
        List<Outcome> out = new ArrayList<>();
        Path scratch = TempFolders.create("check"); // locked, and deleted even on SIGTERM
        try {
            for (Path file : files) {
                checkFile(file, cells, answers, scratch, out);
            }
        } finally {
            answers.release();
            TempFolders.delete(scratch);
        }
        return out;
    }

    /** The outcomes whose file changed while mapped. */
    public static List<Outcome> changed(List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.status() == Status.CHANGED).toList();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    /** The bad outcomes (failures and errors) among {@code outcomes}. */
    public static List<Outcome> bad(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::bad).toList();
    }

    private static void checkFile(Path file, List<Cell> cells, ReferenceAnswers answers, Path scratch, List<Outcome> out)
            throws IOException {
        long size = Files.size(file);
        if (size > Integer.MAX_VALUE - 8L) {
            StreamingReference large = null;
            for (Cell c : cells) {
                Optional<String> why = c.unsupported(file);
                if (why.isEmpty() && StreamingReference.answers(c)) {
                    large = large == null ? StreamingReference.of(file) : large;
                    out.add(runOne(file, c, large.expected(c), scratch));
                } else {
                    out.add(new Outcome(file, c, Status.SKIPPED, 0, 0,
                            why.orElse("file of " + size + " bytes is larger than the reference can hold in one array, and no streaming reference answers " + c.name())));
                }
            }
            return;
        }
        for (Cell c : cells) {
            Optional<String> why = c.unsupported(file);
            if (why.isPresent()) {
                out.add(new Outcome(file, c, Status.SKIPPED, 0, 0, why.get()));
            } else {
                out.add(runOne(file, c, answers.expected(file, c), scratch));
            }
        }
        answers.release();
    }

    private static Outcome runOne(Path file, Cell c, Reference.Expected e, Path scratch) {
        Path target = file;
        try {
            if (c.workload().mutates()) {
                target = scratch.resolve("copy-" + file.getFileName());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
            long actual = c.run(target);
            if (actual != e.answer()) {
                return new Outcome(file, c, Status.FAIL, e.answer(), actual, "answer " + actual + ", reference " + e.answer());
            }
            if (e.sha256() != null) {
                String sha = Reference.sha256(target);
                if (!sha.equals(e.sha256())) {
                    return new Outcome(file, c, Status.FAIL, e.answer(), actual,
                            "file SHA-256 " + sha.substring(0, 12) + "..., reference " + e.sha256().substring(0, 12) + "...");
                }
            }
            return new Outcome(file, c, Status.PASS, e.answer(), actual, "");
        } catch (FileChangedWhileMappedException e2) {
            return new Outcome(file, c, Status.CHANGED, e.answer(), 0, oneLine(e2.getMessage()));
        } catch (IOException | RuntimeException e2) {
            return new Outcome(file, c, Status.ERROR, e.answer(), 0, e2.toString());
        } finally {
            if (!target.equals(file)) {
                try {
                    Files.deleteIfExists(target);
                } catch (IOException ignored) {
                    // the scratch folder is deleted at the end anyway
                }
            }
        }
    }
}
