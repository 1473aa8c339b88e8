package org.mmapbench.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.mmapbench.util.TempFolders;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Cells;

/**
 * Crash consistency of the replace methods: for each trial a child JVM ({@link CrashChild}) warms a
 * replace cell up, measures its operation, starts it on a fresh copy of a file and is killed with
 * SIGKILL at a seeded random moment within the measured duration, counted from the start the child
 * reported. The file left behind is classified by SHA-256 as the original, the complete result, or
 * torn (anything else, a missing file included).
 *
 * <p>Kills that landed after the operation ended (the child reported its end first, because the
 * parent learns of the start through a pipe and the kill takes time to arrive) and before it began
 * are counted apart and do not fill the table; trials repeat until the asked number of kills landed
 * inside the operation.
 *
 * <p>NOTE: this is a killed process, not a power cut: the page cache survives the kill, so every byte
 * the child wrote before it died reaches the file whether or not it was forced; the table says nothing
 * about {@code force()} or {@code fsync}. See docs/writing-and-sharing.md for what a power-cut test needs.
 */
public final class CrashRunner {
    /**
     * The replace methods, with what each does to the file: the fair regular method (read, replace,
     * write a temporary sibling, force it, move it into place atomically), the fair mapped one (replace in
     * place through a {@code READ_WRITE} mapping, then {@code force()}), and the article's regular code
     * (write a temporary sibling, then copy it over the original).
     */
    public static final List<Method> METHODS = List.of(
            new Method("replace/fair/readAllBytes", "temporary sibling, force, atomic move"),
            new Method("replace/fair/mappedSegment", "in place through a READ_WRITE mapping, then force()"),
            new Method("replace/literal/readString", "the article's: temporary sibling copied back over the original"));

    /** Largest number of trials per asked kill before the runner gives up on a method. */
    static final int MAX_TRIALS_PER_KILL = 8;

    /**
     * A replace method under test.
     *
     * @param cell the replace cell, {@code replace/variant/strategy}
     * @param description what it does to the file
     */
    public record Method(String cell, String description) {
    }

    /**
     * How the child JVMs start and how many kills a method needs.
     *
     * @param insideKills kills inside the operation per method
     * @param warmups operations each child runs on scratch copies before the measured one
     * @param seed seeds the kill moments
     * @param jvmArguments the children's JVM arguments (heap and native access)
     * @param timeout how long a child may take to start, warm up, or finish
     */
    public record Options(int insideKills, int warmups, long seed, List<String> jvmArguments, Duration timeout) {
        /** Copies the list. */
        public Options {
            jvmArguments = List.copyOf(jvmArguments);
        }
    }

    /**
     * The outcome for one method.
     *
     * @param method the method
     * @param operationMillis the median warmed-up operation time in the children, in ms (median over trials)
     * @param trials children started
     * @param beforeStart kills that landed before the operation started
     * @param afterEnd kills that landed after it ended
     * @param original files left as they were, among the kills inside
     * @param complete files fully replaced, among the kills inside
     * @param torn anything else, among the kills inside
     * @param leftovers trials (kills inside) that left another file beside the target (a temporary sibling)
     * @param killFractions each inside kill's moment as a fraction of the operation's measured duration, sorted
     */
    public record Tally(Method method, double operationMillis, int trials, int beforeStart, int afterEnd, int original,
                        int complete, int torn, int leftovers, List<Double> killFractions) {
        /** Copies the list. */
        public Tally {
            killFractions = List.copyOf(killFractions);
        }

        /** Kills that landed inside the operation. */
        public int inside() {
            return original + complete + torn;
        }
    }

    private enum Landing { BEFORE, INSIDE, AFTER }

    private final Options options;
    private final Consumer<String> progress;

    /** A runner with {@code options}, reporting each trial's outcome to {@code progress}. */
    public CrashRunner(Options options, Consumer<String> progress) {
        this.options = options;
        this.progress = progress;
    }

    /**
     * Runs trials of {@code method} on copies of {@code original} in folders under {@code work} until
     * enough kills landed inside the operation.
     *
     * @throws IllegalStateException if that takes more than {@value #MAX_TRIALS_PER_KILL} trials per kill
     */
    public Tally run(Method method, Path original, Path work) throws IOException {
        Cell cell = cellOf(method);
        Reference.Expected expected = Reference.of(original).expected(cell);
        String originalSha = Reference.sha256(original);
        SplittableRandom random = new SplittableRandom(options.seed() ^ method.cell().hashCode());
        int trials = 0;
        int before = 0;
        int after = 0;
        int[] states = new int[3];
        int leftovers = 0;
        List<Double> fractions = new ArrayList<>();
        List<Double> operationMillis = new ArrayList<>();
        while (states[0] + states[1] + states[2] < options.insideKills()) {
            if (trials >= MAX_TRIALS_PER_KILL * options.insideKills()) {
                throw new IllegalStateException(method.cell() + ": only " + (states[0] + states[1] + states[2]) + " of "
                        + trials + " kills landed inside the operation (" + before + " before its start, " + after
                        + " after its end); the operation may be too short to hit");
            }
            trials++;
            Path folder = TempFolders.create(work, "crash");
            try {
                Trial t = trial(cell, original, folder, random);
                operationMillis.add(t.operationNanos / 1e6);
                switch (t.landing) {
                    case BEFORE -> before++;
                    case AFTER -> after++;
                    case INSIDE -> {
                        Path target = folder.resolve("target").resolve(CrashChild.TARGET);
                        String sha = Files.exists(target) ? Reference.sha256(target) : "";
                        int state = sha.equals(originalSha) ? 0 : sha.equals(expected.sha256()) ? 1 : 2;
                        states[state]++;
                        if (otherFiles(target.getParent()) > 0) {
                            leftovers++;
                        }
                        fractions.add(t.killFraction);
                        progress.accept(String.format(Locale.ROOT, "%s: kill at %.0f%% of the operation: %s", method.cell(),
                                100 * t.killFraction, List.of("original", "complete", "torn").get(state)));
                    }
                }
            } finally {
                TempFolders.delete(folder);
            }
        }
        List<Double> f = fractions.stream().sorted().toList();
        double[] ms = operationMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Tally(method, ms[ms.length / 2], trials, before, after, states[0], states[1], states[2], leftovers, f);
    }

    private record Trial(Landing landing, long operationNanos, double killFraction) {
    }

    private Trial trial(Cell cell, Path original, Path folder, SplittableRandom random) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options.jvmArguments());
        cmd.add("-XX:+DisplayVMOutputToStderr");
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), cell.name(),
                original.toAbsolutePath().toString(), folder.toAbsolutePath().toString(), Integer.toString(options.warmups())));
        Process child = new ProcessBuilder(cmd).redirectError(folder.resolve("child.err").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII));
             OutputStream in = child.getOutputStream()) {
            long deadline = System.nanoTime() + options.timeout().toNanos();
            long duration = Long.parseLong(expectLine(out, child, folder, "READY", deadline, false));
            long delay = (long) (random.nextDouble() * duration);
            in.write("GO\n".getBytes(StandardCharsets.US_ASCII));
            in.flush();
            long start = Long.parseLong(expectLine(out, child, folder, "START", deadline, true));
            while (System.nanoTime() - (start + delay) < 0) {
                Thread.onSpinWait();
            }
            long kill = System.nanoTime();
            // SIGKILL through the handle: Process.destroyForcibly would also close the pipe still holding its last lines.
            child.toHandle().destroyForcibly();
            if (!child.waitFor(options.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IOException("crash child " + child.pid() + " did not die within " + options.timeout().toMillis() + " ms of SIGKILL");
            }
            String rest = drain(out);
            Landing landing = kill - start < 0 ? Landing.BEFORE : rest.contains("END ") ? Landing.AFTER : Landing.INSIDE;
            return new Trial(landing, duration, (kill - start) / (double) duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during a crash trial", e);
        } finally {
            child.destroyForcibly();
        }
    }

    /**
     * Waits for the line starting with {@code key} and returns its value; {@code spin}: busy-waits, so
     * the kill that follows is not delayed by a sleep (only for the start, which follows {@code GO} at once).
     */
    private static String expectLine(BufferedReader out, Process child, Path folder, String key, long deadline, boolean spin)
            throws IOException {
        while (!out.ready()) {
            if (!child.isAlive()) {
                throw new IOException("crash child " + child.pid() + " exited with " + child.exitValue() + " before " + key
                        + lastLine(folder.resolve("child.err")));
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IOException("crash child " + child.pid() + " did not report " + key + " in time");
            }
            if (spin) {
                Thread.onSpinWait();
            } else {
                LockSupport.parkNanos(1_000_000);
            }
        }
        String line = out.readLine();
        if (line == null || !line.startsWith(key + " ")) {
            throw new IOException("crash child " + child.pid() + ": expected " + key + ", got '" + line + "'"
                    + lastLine(folder.resolve("child.err")));
        }
        return line.substring(key.length() + 1).trim();
    }

    private static String drain(BufferedReader out) throws IOException {
        StringBuilder sb = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    private static String lastLine(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1).trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static long otherFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> !p.getFileName().toString().equals(CrashChild.TARGET)).count();
        }
    }

    private static Cell cellOf(Method m) {
        String[] n = m.cell().split("/");
        return Cells.get(n[0], n[1], n[2]);
    }

    /** A one-line summary of {@code t}. */
    public static String summary(Tally t) {
        return String.format(Locale.ROOT, "%s: %d kills inside (%d original, %d complete, %d torn), %d after the end, "
                        + "%d before the start, %d trials; operation %.2f ms; kills at %s of it",
                t.method().cell(), t.inside(), t.original(), t.complete(), t.torn(), t.afterEnd(), t.beforeStart(), t.trials(),
                t.operationMillis(), t.killFractions().isEmpty() ? "-" : String.format(Locale.ROOT, "%.0f%%..%.0f%%",
                        100 * t.killFractions().get(0), 100 * t.killFractions().get(t.killFractions().size() - 1)));
    }
}
