package org.mmapbench.report;

import static org.mmapbench.report.AnatomyStep.COPY_TO_HEAP;
import static org.mmapbench.report.AnatomyStep.FIND_HEAP;
import static org.mmapbench.report.AnatomyStep.FIND_MAPPED;
import static org.mmapbench.report.AnatomyStep.FIRST_TOUCH;
import static org.mmapbench.report.AnatomyStep.FIRST_TOUCH_ONE_PAGE;
import static org.mmapbench.report.AnatomyStep.HEAP_ARRAY;
import static org.mmapbench.report.AnatomyStep.KERNEL_COPY;
import static org.mmapbench.report.AnatomyStep.MAP;
import static org.mmapbench.report.AnatomyStep.MAP_BUFFER;
import static org.mmapbench.report.AnatomyStep.OPEN_CLOSE;
import static org.mmapbench.report.AnatomyStep.READ_HEAP;
import static org.mmapbench.report.AnatomyStep.READ_MAPPED;
import static org.mmapbench.report.AnatomyStep.REGEX_HEAP;
import static org.mmapbench.report.AnatomyStep.REGEX_MAPPED;
import static org.mmapbench.report.AnatomyStep.SEEK_FIND_HEAP;
import static org.mmapbench.report.AnatomyStep.SEEK_FIND_MAPPED;
import static org.mmapbench.report.AnatomyStep.UNMAP_CONFINED;
import static org.mmapbench.report.AnatomyStep.UNMAP_CONFINED_ONE_PAGE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mmapbench.results.BenchMode;
import org.mmapbench.results.BenchmarkResult;
import org.mmapbench.results.Metric;
import org.mmapbench.results.RunResults;
import org.mmapbench.results.StrategyPairs;

/**
 * The cost anatomy of the article's five comparisons on don-quixote (fair variant: {@code readAllBytes}
 * against {@code mappedSegment} and {@code mappedBuffer}): each side's whole-operation time beside
 * the measured time of each step it is made of, and how much of the whole the steps explain.
 *
 * <p>Which steps make up which side is written down once, in {@link #COMPARISONS}, from what the
 * code does (JDK 25 and {@code org.mmapbench.access}):
 * <ul>
 *   <li>{@code readAllBytes}: opens the channel and asks its size; allocates a zeroed {@code byte[]}
 *       of that size; reads the whole file in one {@code read} into the JDK's cached temporary direct
 *       buffer ({@code IOUtil.read}) and copies it into the array; one more {@code read} finds the
 *       end of the file; closes; then the kernel runs over the heap array.</li>
 *   <li>{@code mappedSegment}: opens, asks the size, maps into a confined arena, closes the channel;
 *       the kernel faults in the pages it reads (every page for read and regex, the first page for
 *       find and seekFind, whose first match is near the start) and runs over the mapping; closing
 *       the arena unmaps.</li>
 *   <li>{@code mappedBuffer}: the same, mapped to a {@code MappedByteBuffer}, and no unmap: that
 *       happens after a later garbage collection, outside the measured time.</li>
 * </ul>
 * Replace also writes: the steps priced here are only its reading half, and the section says so.
 *
 * <p>Times are JMH scores (means), because means add up and medians do not. Every figure is taken
 * from the first run (in the order given) that has it; the CSV names the run of each.
 * A residual "other" (whole minus the sum of the steps, when positive) is shown but never counts as
 * explained. The measured steps must explain at least {@value #EXPLAINED_MIN} of the whole.
 */
public final class Anatomy {

    /** The corpus the comparisons are decomposed on. */
    public static final String CORPUS = "don-quixote";
    /** The share of the whole operation the measured steps must explain. */
    public static final double EXPLAINED_MIN = 0.8;
    /** Above this share the steps over-count the whole, and the section says so. */
    public static final double EXPLAINED_MAX = 1.2;
    /** The secondary metric with the largest number of live JDK mappings (bench.LiveMappings.JDK). */
    public static final String LIVE_MAPPINGS = "mappings.jdk";

    private static final String REGULAR = "readAllBytes";
    private static final String BUFFER_UNMAP = "its unmap, which happens after a later garbage collection outside the measured time"
            + " (AnatomyUnmapBenchmark.leftToGc prices a System.gc() and the wait for it)";
    private static final String EOF_READ = "the second read call that finds the end of the file";

    /**
     * The steps of one side of a comparison.
     *
     * @param strategy the strategy of the whole operation ({@code strategy} parameter of the fair benchmark)
     * @param steps the measured steps it is made of, in the order the operation meets them
     * @param notPriced what the operation does that no step prices (empty when nothing)
     */
    public record SideSpec(String strategy, List<AnatomyStep> steps, String notPriced) {
        /** Copies the list. */
        public SideSpec {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One comparison: a workload's fair benchmark and its sides.
     *
     * @param workload the workload id, e.g. {@code seekFind}
     * @param benchmarkClass the simple name of its benchmark class, e.g. {@code SeekFindBenchmark}
     * @param sides the regular side first, then the mapped ones
     */
    public record ComparisonSpec(String workload, String benchmarkClass, List<SideSpec> sides) {
        /** Copies the list. */
        public ComparisonSpec {
            sides = List.copyOf(sides);
        }

        /** The fair benchmark's JMH name. */
        public String benchmark() {
            return AnatomyStep.PACKAGE + "." + benchmarkClass + ".fair";
        }
    }

    /** The article's five comparisons and the steps of each side. */
    public static final List<ComparisonSpec> COMPARISONS = List.of(
            wholeFile("read", "ReadBenchmark", READ_HEAP, READ_MAPPED),
            firstPage("find", "FindBenchmark", FIND_HEAP, FIND_MAPPED),
            wholeFile("regex", "RegexBenchmark", REGEX_HEAP, REGEX_MAPPED),
            firstPage("seekFind", "SeekFindBenchmark", SEEK_FIND_HEAP, SEEK_FIND_MAPPED),
            new ComparisonSpec("replace", "ReplaceBenchmark", List.of(
                    new SideSpec(REGULAR, List.of(OPEN_CLOSE, HEAP_ARRAY, KERNEL_COPY, COPY_TO_HEAP),
                            EOF_READ + "; the replace kernel; writing the temporary file, fsync and the atomic move"),
                    new SideSpec("mappedSegment", List.of(OPEN_CLOSE),
                            "a READ_WRITE map; the replace kernel with its write faults; msync (force); the unmap of dirty pages"),
                    new SideSpec("mappedBuffer", List.of(OPEN_CLOSE),
                            "a READ_WRITE map; the replace kernel with its write faults; msync (force); " + BUFFER_UNMAP))));

    private static ComparisonSpec wholeFile(String workload, String cls, AnatomyStep heapKernel, AnatomyStep mappedKernel) {
        return new ComparisonSpec(workload, cls, List.of(
                new SideSpec(REGULAR, List.of(OPEN_CLOSE, HEAP_ARRAY, KERNEL_COPY, COPY_TO_HEAP, heapKernel), EOF_READ),
                new SideSpec("mappedSegment", List.of(OPEN_CLOSE, MAP, FIRST_TOUCH, mappedKernel, UNMAP_CONFINED), ""),
                new SideSpec("mappedBuffer", List.of(OPEN_CLOSE, MAP_BUFFER, FIRST_TOUCH, mappedKernel), BUFFER_UNMAP)));
    }

    private static ComparisonSpec firstPage(String workload, String cls, AnatomyStep heapKernel, AnatomyStep mappedKernel) {
        return new ComparisonSpec(workload, cls, List.of(
                new SideSpec(REGULAR, List.of(OPEN_CLOSE, HEAP_ARRAY, KERNEL_COPY, COPY_TO_HEAP, heapKernel), EOF_READ),
                new SideSpec("mappedSegment", List.of(OPEN_CLOSE, MAP, FIRST_TOUCH_ONE_PAGE, mappedKernel, UNMAP_CONFINED_ONE_PAGE),
                        "faults beyond the first page's fault-around, if the first match lies past it"),
                new SideSpec("mappedBuffer", List.of(OPEN_CLOSE, MAP_BUFFER, FIRST_TOUCH_ONE_PAGE, mappedKernel),
                        BUFFER_UNMAP)));
    }

    /** What a side's figures say. */
    public enum Status {
        /** The steps explain between {@link #EXPLAINED_MIN} and {@link #EXPLAINED_MAX} of the whole. */
        EXPLAINED,
        /** The steps explain less than {@link #EXPLAINED_MIN}. */
        MISSING,
        /** The steps, measured one by one, add up to more than {@link #EXPLAINED_MAX} of the whole. */
        OVER,
        /** Some step was not measured. */
        INCOMPLETE,
        /** The whole operation was not measured. */
        NOT_MEASURED
    }

    /**
     * A measured time.
     *
     * @param micros microseconds per operation (JMH score)
     * @param runId the run it comes from
     */
    public record Measured(double micros, String runId) {
    }

    /**
     * One step of a side with its time.
     *
     * @param step the step
     * @param time its time, or null when not measured
     */
    public record Part(AnatomyStep step, Measured time) {
    }

    /**
     * One side, measured.
     *
     * @param spec its steps
     * @param whole the whole operation's time, or null when not measured
     * @param parts every step of the spec, measured or not
     * @param liveMappings the largest number of live JDK mappings at an iteration end of the whole
     *        operation's run ({@value #LIVE_MAPPINGS}), or -1 when not recorded
     */
    public record Side(SideSpec spec, Measured whole, List<Part> parts, long liveMappings) {
        /** Copies the list. */
        public Side {
            parts = List.copyOf(parts);
        }

        /** The sum of the measured steps in microseconds. */
        public double sumMicros() {
            return parts.stream().filter(p -> p.time() != null).mapToDouble(p -> p.time().micros()).sum();
        }

        /** The sum of the measured steps over the whole, or NaN when the whole was not measured. */
        public double explained() {
            return whole == null ? Double.NaN : sumMicros() / whole.micros();
        }

        /** The residual: whole minus the steps when positive, else 0 (NaN without the whole). Never explained. */
        public double otherMicros() {
            return whole == null ? Double.NaN : Math.max(0, whole.micros() - sumMicros());
        }

        /** The steps that were not measured. */
        public List<AnatomyStep> missingSteps() {
            return parts.stream().filter(p -> p.time() == null).map(Part::step).toList();
        }

        /** What the figures say. */
        public Status status() {
            if (whole == null) {
                return Status.NOT_MEASURED;
            }
            if (!missingSteps().isEmpty()) {
                return Status.INCOMPLETE;
            }
            double e = explained();
            return e < EXPLAINED_MIN ? Status.MISSING : e > EXPLAINED_MAX ? Status.OVER : Status.EXPLAINED;
        }

        /** One sentence for people, stating the status with its figures and, when short, what is missing. */
        public String sentence(ComparisonSpec c) {
            String who = c.workload() + " / " + spec.strategy();
            return switch (status()) {
                case NOT_MEASURED -> who + ": the whole operation was not measured: run " + c.benchmarkClass()
                        + ".fair with strategy " + spec.strategy() + " on " + CORPUS + ", warm (profiles quick and standard)";
                case INCOMPLETE -> who + ": not every step was measured: run " + String.join(", ",
                        missingSteps().stream().map(AnatomyStep::shortName).toList()) + " on " + CORPUS + " (profile depth)";
                case MISSING -> who + ": the measured steps explain " + percent(explained()) + " of the whole operation, less than "
                        + percent(EXPLAINED_MIN) + "; not priced by any step: "
                        + (spec.notPriced().isEmpty() ? "whatever else the operation does" : spec.notPriced());
                case OVER -> who + ": the steps, each measured on its own, add up to " + percent(explained())
                        + " of the whole operation, more than " + percent(EXPLAINED_MAX) + ": measured apart they over-count it";
                case EXPLAINED -> who + ": the measured steps explain " + percent(explained()) + " of the whole operation"
                        + (spec.notPriced().isEmpty() ? "" : "; not priced: " + spec.notPriced());
            };
        }
    }

    /**
     * One comparison, measured.
     *
     * @param spec the comparison
     * @param sides its sides, in the spec's order
     */
    public record Comparison(ComparisonSpec spec, List<Side> sides) {
        /** Copies the list. */
        public Comparison {
            sides = List.copyOf(sides);
        }

        /** Whether any whole operation or step of this comparison was measured. */
        public boolean anyMeasured() {
            return sides.stream().anyMatch(s -> s.whole() != null || s.parts().stream().anyMatch(p -> p.time() != null));
        }
    }

    private Anatomy() {
    }

    /** The five comparisons, measured from {@code runs}. */
    public static List<Comparison> of(List<RunResults> runs) {
        List<Comparison> out = new ArrayList<>();
        for (ComparisonSpec c : COMPARISONS) {
            List<Side> sides = new ArrayList<>();
            for (SideSpec s : c.sides()) {
                Found whole = find(runs, c.benchmark(), s.strategy());
                List<Part> parts = new ArrayList<>();
                for (AnatomyStep step : s.steps()) {
                    Found f = find(runs, step.benchmark(), null);
                    parts.add(new Part(step, f == null ? null : f.measured()));
                }
                long live = -1;
                if (whole != null && whole.result().secondary().containsKey(LIVE_MAPPINGS)) {
                    live = Math.round(whole.result().secondary().get(LIVE_MAPPINGS).score());
                }
                sides.add(new Side(s, whole == null ? null : whole.measured(), parts, live));
            }
            out.add(new Comparison(c, sides));
        }
        return out;
    }

    /** Whether any comparison has any measured figure. */
    public static boolean anyMeasured(List<Comparison> comparisons) {
        return comparisons.stream().anyMatch(Comparison::anyMeasured);
    }

    /** Every anatomy step's benchmark, for "run these" messages. */
    public static List<String> stepClasses() {
        List<String> out = new ArrayList<>();
        for (AnatomyStep s : AnatomyStep.values()) {
            if (!out.contains(s.benchmarkClass())) {
                out.add(s.benchmarkClass());
            }
        }
        return out;
    }

    /** A share as a whole percentage, e.g. {@code 83%}. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    /** A result with its time per operation and the run it came from. */
    private record Found(BenchmarkResult result, Measured measured) {
    }

    /**
     * The first average-time result of {@code benchmark} on {@link #CORPUS}, warm, with
     * {@code strategy} (null: any), whose score is a finite time per operation; null if none.
     */
    private static Found find(List<RunResults> runs, String benchmark, String strategy) {
        for (RunResults run : runs) {
            for (BenchmarkResult r : run.results()) {
                if (r.benchmark().equals(benchmark) && r.mode() == BenchMode.AVERAGE_TIME && CORPUS.equals(r.param(ResultRows.CORPUS))
                        && (strategy == null || strategy.equals(r.param(StrategyPairs.STRATEGY)))
                        && (r.param(Speedups.CACHE) == null || "warm".equals(r.param(Speedups.CACHE)))) {
                    Metric m = r.primary();
                    double micros = Units.secondsPerOp(m.unit(), m.score()) * 1e6;
                    if (Double.isFinite(micros)) {
                        return new Found(r, new Measured(micros, run.runId()));
                    }
                }
            }
        }
        return null;
    }
}
