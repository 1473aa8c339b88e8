package org.mmapbench.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mmapbench.results.JmhJsonReader;
import org.mmapbench.results.RunResults;

/**
 * A baseline stored before the durability parameter (the write methods as {@code unsynced} and
 * {@code synced}) gates a run named as today ({@code durability} with {@code none} and {@code synced}):
 * every row is matched, none is new or missing, and the identical numbers are unchanged.
 */
class LegacyBaselineTest {

    private static RunResults read(String name) {
        try {
            return JmhJsonReader.read(Path.of(LegacyBaselineTest.class.getResource("/jmh/writes/" + name).toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anOldBaselineMatchesEveryRowOfTodaysRun() {
        RunResults before = read("writes-before-durability-param.json");
        RunResults today = read("writes-don-quixote.json");
        for (GateResult g : new GateResult[] {Gate.compare(before, today, GateOptions.defaults()),
                Gate.compare(today, before, GateOptions.defaults())}) {
            assertEquals(0, g.count(Verdict.MISSING), g.headline());
            assertEquals(0, g.count(Verdict.NEW), g.headline());
            assertEquals(0, g.count(Verdict.REGRESSED), g.headline());
            assertTrue(g.rows().stream().anyMatch(r -> r.key().contains("PatchBenchmark.durability") && r.key().contains("durability=none")),
                    g.rows().toString());
            assertEquals(g.rows().size(), g.count(Verdict.UNCHANGED) + g.count(Verdict.INCONCLUSIVE), g.headline());
        }
    }
}
