package org.mmapbench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.mmapbench.Needs;
import org.mmapbench.TestCorpora;
import org.mmapbench.access.Strategies;
import org.mmapbench.access.Tuning;
import org.mmapbench.util.AtomicOutput;
import org.mmapbench.verify.CrossCheck;
import org.mmapbench.verify.ReferenceAnswers;

/**
 * The contract every cell must meet (Lucene-style: one contract, every implementation): the same
 * answer as the reference on the five Gutenberg texts, on synthetic files of every kind at several
 * sizes, and on hand-made edge cases; once with the benchmark sizes and once with tiny mapping
 * chunks, read buffers and regex windows so that matches straddle every kind of edge.
 *
 * <p>The class runs beside other test classes (it is CPU-bound and shares no state with them), its
 * cells one after another: two tiny-chunk {@code mappedBuffer} cells at once could together exceed
 * {@code vm.max_map_count} before a collection unmaps them.
 */
@Execution(ExecutionMode.CONCURRENT)
class CellContractTest {

    private static Path dir;
    private static List<Path> small;
    /** Every factory checks the same files: each reference answer is computed once. */
    private static final ReferenceAnswers ANSWERS = new ReferenceAnswers();

    @BeforeAll
    static void files() throws IOException {
        dir = TestCorpora.inMemoryTempDir("mmapbench-cells-");
        small = new ArrayList<>(TestCorpora.synthetic(dir));
        small.addAll(TestCorpora.edgeCases(dir));
    }

    @AfterAll
    static void cleanup() throws IOException {
        AtomicOutput.deleteTree(dir);
    }

    @TestFactory
    @Execution(ExecutionMode.SAME_THREAD)
    @Needs.Corpus
    Stream<DynamicTest> everyCellAgreesWithTheReferenceOnGutenbergTexts() {
        return perCell(Cells.all(), TestCorpora.gutenberg(), false);
    }

    @TestFactory
    @Execution(ExecutionMode.SAME_THREAD)
    Stream<DynamicTest> everyCellAgreesWithTheReferenceOnSyntheticFilesAndEdgeCases() {
        return perCell(Cells.all(), small, false);
    }

    @TestFactory
    @Execution(ExecutionMode.SAME_THREAD)
    Stream<DynamicTest> everyCellAgreesWithTinyChunksBuffersAndWindows() {
        // 7-byte mappings, 5-byte read buffers (= needle length, so every window carries over), 13-char regex windows.
        // Only files up to 20 KB: one mapping per 7 bytes (and one msync each in replace) must stay far below vm.max_map_count.
        List<Path> tinyFiles = small.stream().filter(p -> size(p) <= 20_000).toList();
        return perCell(Cells.all(new Strategies(new Tuning(7, 5, 13))), tinyFiles, true);
    }

    @TestFactory
    @Execution(ExecutionMode.SAME_THREAD)
    @Needs.Corpus
    Stream<DynamicTest> everyCellAgreesWithOddChunkSizesOnAGutenbergText() {
        // A 4 KiB + 3 mapping chunk and 1000-byte buffers over a real text: hundreds of chunk edges.
        return perCell(Cells.all(new Strategies(new Tuning(4099, 1000, 777))), List.of(TestCorpora.gutenberg("pride")), false);
    }

    /**
     * One test per cell.
     *
     * @param collectFirst whether to collect garbage before each {@code mappedBuffer} cell: a
     *        MappedByteBuffer is unmapped only after the collector finds it unreachable; with 7-byte
     *        chunks one cell leaves thousands of mappings, and a test JVM with a large young generation
     *        could run every cell without a collection and hit vm.max_map_count (65,530). The other
     *        strategies unmap (or never map) before they return.
     */
    private static Stream<DynamicTest> perCell(List<Cell> cells, List<Path> files, boolean collectFirst) {
        return cells.stream().map(cell -> DynamicTest.dynamicTest(cell.name(), () -> {
            if (collectFirst && cell.strategy().equals("mappedBuffer")) {
                System.gc();
            }
            List<CrossCheck.Outcome> outcomes = CrossCheck.verify(files, List.of(cell), ANSWERS);
            assertEquals(files.size(), outcomes.size());
            List<CrossCheck.Outcome> bad = CrossCheck.bad(outcomes);
            assertTrue(bad.isEmpty(), () -> bad.stream().map(o -> o.name() + ": " + o.detail()).toList().toString());
            for (CrossCheck.Outcome o : outcomes) {
                if (o.status() == CrossCheck.Status.SKIPPED) {
                    // Below 2 GiB only a cell that decodes UTF-8 may skip, and only a file that is not UTF-8.
                    assertTrue(cell.input() != Cell.Input.ANY && o.detail().contains("not valid UTF-8"), o.name() + ": " + o.detail());
                } else {
                    assertEquals(CrossCheck.Status.PASS, o.status(), o.name());
                }
            }
            if (cell.input() != Cell.Input.ANY) {
                assertTrue(outcomes.stream().anyMatch(o -> o.status() == CrossCheck.Status.PASS), cell.name() + " never ran");
            }
        }));
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
