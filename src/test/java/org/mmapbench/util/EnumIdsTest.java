package org.mmapbench.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnumIdsTest {

    /** A fixture whose ids differ from its constant names, so a lookup by name cannot pass. */
    private enum Fixture {
        FIRST("one"), SECOND("two"), THIRD("three");

        private final String id;

        Fixture(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }
    }

    @Test
    void listsIdsInDeclarationOrder() {
        assertEquals(List.of("one", "two", "three"), EnumIds.ids(Fixture.class, Fixture::id));
    }

    @Test
    void findsByIdNotByName() {
        assertEquals(Optional.of(Fixture.SECOND), EnumIds.find(Fixture.class, Fixture::id, "two"));
        assertEquals(Optional.empty(), EnumIds.find(Fixture.class, Fixture::id, "SECOND"));
        assertEquals(Optional.empty(), EnumIds.find(Fixture.class, Fixture::id, null));
        assertEquals(Fixture.THIRD, EnumIds.byId(Fixture.class, Fixture::id, "three", "fixture"));
    }

    @Test
    void anUnknownIdIsNamedBesideEveryKnownOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EnumIds.byId(Fixture.class, Fixture::id, "four", "fixture"));
        assertEquals("unknown fixture 'four' (known: one, two, three)", e.getMessage());
    }
}
