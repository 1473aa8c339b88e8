package org.mmapbench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mmapbench.access.Hint;

class HintCellsTest {

    @Test
    void everyHintHasAReadAndAFindCellNamedAfterItsStrategyAndHint() {
        assertEquals(HintCells.WORKLOADS.size() * Hint.values().length, HintCells.all().size());
        Set<String> names = new HashSet<>();
        for (Cell c : HintCells.all()) {
            assertTrue(names.add(c.name()), "twice: " + c.name());
            assertTrue(Cells.all().stream().noneMatch(o -> o.name().equals(c.name())), "clashes with a standard cell: " + c.name());
        }
        assertEquals("find/fair/mappedSegment+madvise-random", HintCells.get("find", "madvise-random").name());
        assertEquals("read/fair/mappedBuffer+load", HintCells.get("read", "load").name());
        assertEquals("find/windowed/pread+fadvise-noreuse", HintCells.get("find", "fadvise-noreuse").name());
    }

    @Test
    void eachStrategyHasOneControlThatItsHintsAreComparedWith() {
        assertEquals("madvise-normal", HintCells.controlOf("madvise-hugepage"));
        assertEquals("madvise-normal", HintCells.controlOf("madvise-normal"));
        assertEquals("no-load", HintCells.controlOf("load"));
        assertEquals("fadvise-normal", HintCells.controlOf("fadvise-random"));
        assertEquals(List.of("mappedSegment", "mappedBuffer", "pread"),
                Hint.ids().stream().map(HintCells::strategyOf).distinct().toList());
        assertEquals("madvise(MADV_WILLNEED)", HintCells.callOf("madvise-willneed"));
        assertEquals("posix_fadvise(POSIX_FADV_SEQUENTIAL)", HintCells.callOf("fadvise-sequential"));
        assertEquals("MappedByteBuffer.load()", HintCells.callOf("load"));
        assertEquals("none", HintCells.callOf("no-load"));
    }

    @Test
    void unknownHintsAndWorkloadsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HintCells.get("find", "madvise-dontneed"));
        assertTrue(e.getMessage().contains("'madvise-dontneed'") && e.getMessage().contains("madvise-random"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> HintCells.get("regex", "load"));
        assertTrue(e.getMessage().contains("'regex'"), e.getMessage());
    }
}
