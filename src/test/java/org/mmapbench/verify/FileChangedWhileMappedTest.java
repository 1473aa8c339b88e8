package org.mmapbench.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;

/**
 * Issue 8, item 7: a file truncated while mapped made {@code check} print a 22-line InternalError trace
 * and exit 1. Now the fault becomes one CHANGED outcome naming the file (the command exits 3).
 */
class FileChangedWhileMappedTest {

    /** A read cell that maps the file, then truncates it (as another process might), then reads past the new end. */
    private static final Cell TRUNCATING = new Cell(Workload.READ, Variant.FAIR, "mappedSegment", Long.MAX_VALUE, file -> {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
             Arena arena = Arena.ofConfined()) {
            MemorySegment m = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
            ch.truncate(0);
            long sum = 0;
            for (long i = 0; i < m.byteSize(); i += 4096) {
                sum += m.get(ValueLayout.JAVA_BYTE, i);
            }
            return sum;
        }
    });

    @Test
    void item7ATruncatedMappingIsOneChangedOutcomeNamingTheFile(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("victim.txt"), new byte[64 * 1024]);
        List<CrossCheck.Outcome> outcomes = CrossCheck.verify(List.of(file), List.of(TRUNCATING));
        assertEquals(1, outcomes.size());
        CrossCheck.Outcome o = outcomes.get(0);
        assertEquals(CrossCheck.Status.CHANGED, o.status(), o.detail());
        assertTrue(o.detail().startsWith(file + ": the file changed while it was mapped"), o.detail());
        assertTrue(!o.detail().contains("\n"));
        assertEquals(List.of(o), CrossCheck.changed(outcomes));
        assertEquals(List.of(), CrossCheck.bad(outcomes), "not a wrong answer: bad input");
    }
}
