package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mmapbench.util.UserInputException;
import org.mmapbench.workload.Workload;

class BenchProfileTest {

    @ParameterizedTest
    @EnumSource(BenchProfile.class)
    void everyProfileForksAtLeastOnceAndMeasures(BenchProfile p) {
        assertTrue(p.forks() >= 1, p + " must never run with 0 forks");
        assertTrue(p.warmupIterations() >= 1 && p.measurementIterations() >= 1, p.id());
        assertTrue(p.warmupMillis() > 0 && p.measurementMillis() > 0, p.id());
        assertFalse(p.selections().isEmpty(), p.id());
        assertTrue(p.heap().matches("\\d+[gm]"), p.heap());
    }

    @Test
    void forkCountsMatchTheirPurpose() {
        assertEquals(1, BenchProfile.SMOKE.forks());
        assertEquals(5, BenchProfile.QUICK.forks(), "the gate needs 5 forks per benchmark");
        assertTrue(BenchProfile.STANDARD.forks() >= 3);
        assertTrue(BenchProfile.FULL.forks() >= 5);
    }

    @Test
    void quickMeasuresTheTutorialWorkloadsOnDonQuixote() {
        List<Workload> tutorial = List.of(Workload.READ, Workload.FIND, Workload.REGEX, Workload.SEEK_FIND, Workload.REPLACE);
        for (Selection s : BenchProfile.QUICK.selections()) {
            assertTrue(tutorial.contains(s.workload()), s.workload().id());
            assertEquals(java.util.List.of("don-quixote"), s.corpora());
            assertEquals(java.util.List.of("warm"), s.caches());
            assertTrue(s.strategies().containsAll(java.util.List.of("mappedBuffer", "mappedSegment", "readAllBytes")));
        }
        assertEquals(tutorial, BenchProfile.QUICK.selections().stream().map(Selection::workload).toList());
    }

    @Test
    void coldRunsOnlyInStandardAndFull() {
        for (BenchProfile p : new BenchProfile[] {BenchProfile.SMOKE, BenchProfile.QUICK}) {
            assertTrue(p.selections().stream().noneMatch(s -> s.caches().contains("cold")), p.id());
        }
        for (BenchProfile p : new BenchProfile[] {BenchProfile.STANDARD, BenchProfile.FULL}) {
            assertTrue(p.selections().stream().anyMatch(s -> s.caches().contains("cold")), p.id());
        }
    }

    @Test
    void fullReachesFourGibibytes() {
        assertTrue(BenchProfile.FULL.selections().stream().anyMatch(s -> s.corpora().contains("english-4GiB")));
        assertTrue(BenchProfile.FULL.selections().stream().anyMatch(s -> s.corpora().contains("english-1GiB")));
    }

    @Test
    void profilesAreFoundByNameIgnoringCase() {
        assertEquals(BenchProfile.QUICK, BenchProfile.byName("quick"));
        assertEquals(BenchProfile.STANDARD, BenchProfile.byName("Standard"));
        UserInputException e = assertThrows(UserInputException.class, () -> BenchProfile.byName("fast"));
        assertTrue(e.getMessage().contains("--profile") && e.getMessage().contains("'fast'")
                && e.getMessage().contains("smoke, quick, standard, full"), e.getMessage());
    }
}
