package org.mmapbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mmapbench.util.UserInputException;

class RunIdsTest {

    @Test
    void defaultIdIsUtcTimestampAndProfile() {
        assertEquals("20261127T041500Z-quick", RunIds.defaultId(Instant.parse("2026-11-27T04:15:00.123Z"), BenchProfile.QUICK));
        assertEquals("20260102T030405Z-standard", RunIds.defaultId(Instant.parse("2026-01-02T03:04:05Z"), BenchProfile.STANDARD));
    }

    @Test
    void defaultIdPassesValidationUnchanged() {
        String id = RunIds.defaultId(Instant.now(), BenchProfile.FULL);
        assertEquals(id, RunIds.validate(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../escape", "a/b", ".hidden", "with space", "-dash"})
    void badIdsAreRefused(String id) {
        UserInputException e = assertThrows(UserInputException.class, () -> RunIds.validate(id));
        assertTrue(e.getMessage().startsWith("--run-id: '" + id + "'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"baseline", "pr-123_a.b", "20261127T041500Z-quick"})
    void goodIdsPass(String id) {
        assertEquals(id, RunIds.validate(id));
    }
}
