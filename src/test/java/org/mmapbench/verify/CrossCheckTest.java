package org.mmapbench.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.TestCorpora;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Cells;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;

class CrossCheckTest {

    @TempDir
    Path dir;

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void referenceAnswersHandComputedExamples() {
        Reference r = Reference.of(ascii("0123456789 the the x the"));
        assertEquals(10, r.expected(Workload.FIND).answer());
        assertEquals(2, r.expected(Workload.COUNT).answer(), "overlapping ' the the ' counts twice; the final ' the' has no trailing space");
        assertEquals(-1, r.expected(Workload.SEEK_FIND).answer());
        assertEquals(Reference.sha256(ascii("0123456789 eht the x the")), r.expected(Workload.REPLACE).sha256(),
                "replace is left to right without overlaps, like String.replace");
        assertEquals(Reference.sha256(ascii("0123456789pythonhe x the")), r.expected(Workload.PATCH).sha256());
        assertEquals(0, Reference.of(ascii("abcd fghij_ klmnopq r2345")).expected(Workload.REGEX).answer());
        assertEquals(2, Reference.of(ascii("abcde, Fghij.")).expected(Workload.REGEX).answer());
        assertEquals(255 + 1, Reference.of(new byte[] {(byte) 0xFF, 1}).expected(Workload.READ).answer());
        Reference empty = Reference.of(new byte[0]);
        assertEquals(-1, empty.expected(Workload.FIND).answer());
        assertEquals(0, empty.expected(Workload.COUNT).answer());
        assertEquals(-1, empty.expected(Workload.PATCH).answer());
    }

    @Test
    void aWrongCellIsReportedByName() throws IOException {
        Path f = TestCorpora.write(dir, "f.txt", ascii("abc the def"));
        Cell good = Cells.get("find", "fair", "mappedSegment");
        Cell offByOne = new Cell(Workload.FIND, Variant.FAIR, "mappedSegment", Long.MAX_VALUE, p -> good.run(p) + 1);
        Cell throwing = new Cell(Workload.COUNT, Variant.FAIR, "readAllBytes", Long.MAX_VALUE, p -> {
            throw new IOException("disk on fire");
        });
        List<CrossCheck.Outcome> out = CrossCheck.verify(List.of(f), List.of(good, offByOne, throwing));
        assertEquals(CrossCheck.Status.PASS, out.get(0).status());
        assertEquals(CrossCheck.Status.FAIL, out.get(1).status());
        assertEquals(3, out.get(1).expected());
        assertEquals(4, out.get(1).actual());
        assertEquals("find/fair/mappedSegment on f.txt", out.get(1).name());
        assertEquals(CrossCheck.Status.ERROR, out.get(2).status());
        assertTrue(out.get(2).detail().contains("disk on fire"));
        assertEquals(2, CrossCheck.bad(out).size());
    }

    @Test
    void aReplaceThatWritesTheWrongBytesFailsOnItsHash() throws IOException {
        Path f = TestCorpora.write(dir, "g.txt", ascii("abc the the def"));
        Cell sloppy = new Cell(Workload.REPLACE, Variant.FAIR, "readAllBytes", Long.MAX_VALUE, p -> {
            Files.write(p, ascii("abc eht eht def"));
            return Files.size(p);
        });
        CrossCheck.Outcome o = CrossCheck.verify(List.of(f), List.of(sloppy)).get(0);
        assertEquals(CrossCheck.Status.FAIL, o.status());
        assertTrue(o.detail().contains("SHA-256"), o.detail());
    }

    @Test
    void mutatingCellsRunOnCopiesAndLeaveTheInputAlone() throws IOException {
        Path f = TestCorpora.write(dir, "h.txt", TestCorpora.english(30_000, 11));
        String before = Reference.sha256(f);
        List<CrossCheck.Outcome> out = CrossCheck.verify(List.of(f), c -> c.workload().mutates());
        assertEquals(Cells.all().stream().filter(c -> c.workload().mutates()).count(), out.size());
        assertTrue(CrossCheck.bad(out).isEmpty(), out.toString());
        assertEquals(before, Reference.sha256(f));
    }

    @Test
    void cellsThatCannotHoldTheFileAreSkippedNotFailed() throws IOException {
        Path f = TestCorpora.write(dir, "i.txt", ascii("x"));
        Cell tiny = new Cell(Workload.READ, Variant.FAIR, "readAllBytes", 0, p -> 0);
        CrossCheck.Outcome o = CrossCheck.verify(List.of(f), List.of(tiny)).get(0);
        assertEquals(CrossCheck.Status.SKIPPED, o.status());
    }
}
