package org.mmapbench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mmapbench.access.Durability;
import org.mmapbench.access.Strategies;
import org.mmapbench.results.StrategyPairs;

class CellsTest {

    private static Set<String> strategies(Workload w, Variant v) {
        return Cells.all().stream().filter(c -> c.workload() == w && c.variant() == v).map(Cell::strategy)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static List<String> strategies(Workload w, Durability d) {
        return Cells.all().stream().filter(c -> c.workload() == w && c.variant() == Variant.DURABILITY && c.durability() == d)
                .map(Cell::strategy).toList();
    }

    @Test
    void theDocumentedCellsExistAndNoOthers() {
        List<String> bytes = List.of("readAllBytes", "bufferedStream", "channelHeap", "channelDirect", "randomAccessFile", "pread",
                "mappedBuffer", "mappedSegment");
        List<String> text = List.of("readString", "bufferedReader", "mappedBuffer");
        List<String> streaming = List.of("bufferedStream", "channelHeap", "channelDirect", "randomAccessFile", "pread");
        for (Workload w : List.of(Workload.READ, Workload.FIND, Workload.COUNT, Workload.REGEX, Workload.SEEK_FIND, Workload.REPLACE)) {
            assertEquals(List.copyOf(bytes), List.copyOf(strategies(w, Variant.FAIR)), w + " fair");
        }
        for (Workload w : List.of(Workload.READ, Workload.FIND, Workload.COUNT, Workload.REGEX, Workload.SEEK_FIND)) {
            assertEquals(text, List.copyOf(strategies(w, Variant.IDIOMATIC)), w + " idiomatic");
        }
        assertEquals(List.of("readString", "bufferedReader"), List.copyOf(strategies(Workload.REPLACE, Variant.IDIOMATIC)));
        assertEquals(List.of("channelHeap", "channelDirect", "randomAccessFile", "mappedBuffer", "mappedSegment"),
                List.copyOf(strategies(Workload.PATCH, Variant.FAIR)));
        assertTrue(strategies(Workload.PATCH, Variant.IDIOMATIC).isEmpty());
        for (Workload w : List.of(Workload.READ, Workload.FIND, Workload.COUNT, Workload.REGEX, Workload.SEEK_FIND, Workload.REPLACE)) {
            assertEquals(streaming, List.copyOf(strategies(w, Variant.WINDOWED)), w + " windowed");
        }
        assertTrue(strategies(Workload.PATCH, Variant.WINDOWED).isEmpty());
        for (Workload w : List.of(Workload.READ, Workload.FIND, Workload.REGEX, Workload.SEEK_FIND, Workload.REPLACE)) {
            assertEquals(List.of("readString", "mappedBuffer"), List.copyOf(strategies(w, Variant.LITERAL)), w + " literal");
        }
        assertTrue(strategies(Workload.COUNT, Variant.LITERAL).isEmpty());
        assertTrue(strategies(Workload.PATCH, Variant.LITERAL).isEmpty());
        List<String> writeMethods = List.of("channelDirect", "randomAccessFile", "mappedBuffer", "mappedSegment", "tempMove", "copyBack");
        for (Workload w : Workload.values()) {
            assertEquals(w.mutates() ? List.of("mappedBuffer", "mappedSegment") : List.of(),
                    List.copyOf(strategies(w, Variant.COPY_ON_WRITE)), w + " copyOnWrite");
            for (Durability d : Durability.values()) {
                assertEquals(w.mutates() ? writeMethods : List.of(), strategies(w, d), w + " durability " + d.id());
            }
        }
        assertEquals(6 * bytes.size() + 5 + 5 * 3 + 2 + 6 * streaming.size() + 5 * 2 + 2 * (2 * writeMethods.size() + 2),
                Cells.all().size());
    }

    @Test
    void regularLiteralCellsNeedUtf8AndEveryOtherCellTakesAnyBytes() {
        for (Cell c : Cells.all()) {
            Cell.Input expected = c.variant() != Variant.LITERAL || c.strategy().equals(Cells.LITERAL_MAPPED) ? Cell.Input.ANY
                    : c.workload() == Workload.SEEK_FIND ? Cell.Input.UTF8_FROM_SEEK : Cell.Input.UTF8;
            assertEquals(expected, c.input(), c.name());
        }
    }

    @Test
    void namesAreUniqueAndUseKnownIds() {
        Set<String> names = Cells.all().stream().map(Cell::name).collect(Collectors.toSet());
        assertEquals(Cells.all().size(), names.size());
        for (Cell c : Cells.all()) {
            if (Rewrite.byId(c.strategy()).isEmpty()) {
                Strategies.standard().byId(c.strategy());
            } else {
                assertEquals(Variant.DURABILITY, c.variant(), c.name() + ": rewrites are write methods of the durability variant only");
            }
            assertEquals(c.variant() == Variant.DURABILITY, c.durability() != null, c.name());
            String durability = c.durability() == null ? null : c.durability().id();
            assertEquals(c, Cells.get(c.workload().id(), c.variant().id(), c.strategy(), durability));
            assertTrue(c.name().endsWith(c.strategy() + (durability == null ? "" : "/" + durability)), c.name());
        }
    }

    @Test
    void windowedCellsAreRegularAndEveryFairGroupHasAMappedPair() {
        for (Cell c : Cells.all()) {
            if (c.variant() == Variant.WINDOWED) {
                assertFalse(StrategyPairs.isMapped(c.strategy()), c.name());
            }
        }
        for (Workload w : Workload.values()) {
            Set<String> fair = strategies(w, Variant.FAIR);
            for (Durability d : Durability.values()) {
                List<String> durable = strategies(w, d);
                assertEquals(w.mutates(), durable.stream().anyMatch(StrategyPairs::isMapped)
                        && durable.stream().anyMatch(s -> !StrategyPairs.isMapped(s)), w.id() + " " + d.id());
            }
            assertTrue(fair.stream().anyMatch(StrategyPairs::isMapped) && fair.stream().anyMatch(s -> !StrategyPairs.isMapped(s)), w.id());
        }
    }

    @Test
    void heapCellsRefuseFilesPastTwoGibibytesAndMappedOrWindowedOnesDoNot() {
        long big = 3L << 30;
        for (Cell c : Cells.all()) {
            boolean fairOrWrite = c.variant() == Variant.FAIR || c.variant().writesOnly();
            boolean positionalPatch = c.workload() == Workload.PATCH && Rewrite.byId(c.strategy()).isEmpty();
            boolean streamsOrMaps = c.variant() == Variant.WINDOWED || (fairOrWrite && StrategyPairs.isMapped(c.strategy()))
                    || (fairOrWrite && positionalPatch);
            assertEquals(streamsOrMaps, c.supports(big), c.name());
        }
    }

    @Test
    void unknownCellsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cells.get("find", "windowed", "mappedSegment"));
        assertTrue(e.getMessage().contains("find/windowed/mappedSegment"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Cells.get("grep", "fair", "readAllBytes"));
        e = assertThrows(IllegalArgumentException.class, () -> Cells.get("patch", "durability", "tempMove"));
        assertTrue(e.getMessage().contains("patch/durability/tempMove"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Cells.get("patch", "durability", "tempMove", "sometimes"));
        assertTrue(e.getMessage().contains("sometimes"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Cell(Workload.PATCH, Variant.DURABILITY, "tempMove", 1, p -> 0));
    }
}
