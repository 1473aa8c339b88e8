package org.mmapbench.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.TestCorpora;
import org.mmapbench.access.AccessKind;
import org.mmapbench.access.Durability;
import org.mmapbench.access.FileBytes;
import org.mmapbench.access.FileChangedWhileMappedException;
import org.mmapbench.access.MappedStrategy;
import org.mmapbench.access.Strategies;
import org.mmapbench.access.WriteMode;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.PatchWorkload;
import org.mmapbench.workload.ReplaceWorkload;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;

/**
 * Issue 13, section 5: a file truncated by another thread while a write path has it mapped, on every
 * write path (READ_WRITE and PRIVATE mappings, both mapped strategies, patch and replace, with and
 * without a sync), ends as one {@link CrossCheck.Status#CHANGED} outcome that names the file and says
 * it changed while mapped: the outcome {@code check} and the run's cross-check turn into exit 3 with
 * nothing measured. The truncation is real: a second thread truncates the file to zero bytes after the
 * workload mapped it and before it writes, so the write faults (SIGBUS, which HotSpot reports as an
 * {@code InternalError}).
 */
class WriteTruncationTest {

    @TempDir
    Path dir;

    /** A mapped strategy that, once it has mapped a file writable, has another thread truncate it. */
    private record TruncatingAfterMapping(MappedStrategy real) implements MappedStrategy {
        @Override
        public String id() {
            return real.id();
        }

        @Override
        public AccessKind kind() {
            return real.kind();
        }

        @Override
        public FileBytes open(Path file, long from) throws IOException {
            return real.open(file, from);
        }

        @Override
        public FileBytes openWritable(Path file, WriteMode mode) throws IOException {
            FileBytes fb = real.openWritable(file, mode);
            truncateFromAnotherThread(file);
            return fb;
        }
    }

    private static void truncateFromAnotherThread(Path file) throws IOException {
        AtomicReference<IOException> failed = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                ch.truncate(0);
            } catch (IOException e) {
                failed.set(e);
            }
        }, "truncator");
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    /** Every mapped write path, each with a strategy that gets its file truncated under it. */
    private static List<Cell> writePaths() {
        List<Cell> cells = new ArrayList<>();
        for (String id : List.of("mappedBuffer", "mappedSegment")) {
            MappedStrategy m = new TruncatingAfterMapping((MappedStrategy) Strategies.standard().byId(id));
            for (Durability d : Durability.values()) {
                cells.add(new Cell(Workload.PATCH, Variant.DURABILITY, id, Long.MAX_VALUE, Cell.Input.ANY,
                        () -> f -> PatchWorkload.mapped(m, f, d), d));
                cells.add(new Cell(Workload.REPLACE, Variant.DURABILITY, id, Long.MAX_VALUE, Cell.Input.ANY,
                        () -> f -> ReplaceWorkload.mapped(m, f, d), d));
            }
            cells.add(new Cell(Workload.PATCH, Variant.COPY_ON_WRITE, id, Long.MAX_VALUE, f -> PatchWorkload.copyOnWrite(m, f)));
            cells.add(new Cell(Workload.REPLACE, Variant.COPY_ON_WRITE, id, Long.MAX_VALUE, f -> ReplaceWorkload.copyOnWrite(m, f)));
        }
        return cells;
    }

    @TestFactory
    Stream<DynamicTest> aTruncationUnderAnyMappedWriteIsOneChangedOutcomeNamingTheFile() {
        return writePaths().stream().map(cell -> DynamicTest.dynamicTest(cell.name(), () -> {
            Path file = TestCorpora.write(dir, "victim-" + cell.name().replace('/', '-') + ".txt", TestCorpora.english(256 * 1024, 7));
            List<CrossCheck.Outcome> outcomes = CrossCheck.verify(List.of(file), List.of(cell));
            assertEquals(1, outcomes.size());
            CrossCheck.Outcome o = outcomes.get(0);
            assertEquals(CrossCheck.Status.CHANGED, o.status(), o.detail());
            assertTrue(o.detail().contains("the file " + FileChangedWhileMappedException.PHRASE), o.detail());
            assertTrue(o.detail().contains("victim-"), "names the file: " + o.detail());
            assertEquals(List.of(), CrossCheck.bad(outcomes), "bad input, not a wrong answer");
        }));
    }

    @TestFactory
    Stream<DynamicTest> theBenchmarkBodyThrowsTheExceptionTheRunTurnsIntoExit3() {
        return writePaths().stream().map(cell -> DynamicTest.dynamicTest(cell.name(), () -> {
            Path file = TestCorpora.write(dir, "body-" + cell.name().replace('/', '-') + ".txt", TestCorpora.english(64 * 1024, 8));
            try (Cell.Body body = cell.prepare()) {
                FileChangedWhileMappedException e = assertThrows(FileChangedWhileMappedException.class, () -> body.run(file));
                assertTrue(e.getMessage().startsWith(file + ": the file " + FileChangedWhileMappedException.PHRASE), e.getMessage());
            }
            assertEquals(0, Files.size(file), "the truncation was real");
        }));
    }
}
