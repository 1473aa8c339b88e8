package org.mmapbench.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SizesTest {

    @Test
    void parsesBinaryDecimalAndPlainSizes() {
        assertEquals(4096, Sizes.parse("4KiB", "--size"));
        assertEquals(64L << 20, Sizes.parse("64MiB", "--size"));
        assertEquals(4L << 30, Sizes.parse("4GiB", "--size"));
        assertEquals(4L << 30, Sizes.parse("4gib", "--size"));
        assertEquals(5_000_000, Sizes.parse("5MB", "--size"));
        assertEquals(123, Sizes.parse("123", "--size"));
        assertEquals(123, Sizes.parse("123B", "--size"));
        assertEquals(0, Sizes.parse("0", "--size"));
    }

    @Test
    void rejectsNonSizesWithTheArgumentNamed() {
        UserInputException e = assertThrows(UserInputException.class, () -> Sizes.parse("4 parsecs", "--size"));
        assertTrue(e.getMessage().startsWith("--size: '4 parsecs' is not a size"), e.getMessage());
        assertThrows(UserInputException.class, () -> Sizes.parse("-1", "--size"));
        assertThrows(UserInputException.class, () -> Sizes.parse("", "--size"));
        assertThrows(UserInputException.class, () -> Sizes.parse(null, "--size"));
        UserInputException big = assertThrows(UserInputException.class, () -> Sizes.parse("99999999TiB", "--size"));
        assertTrue(big.getMessage().contains("too large"), big.getMessage());
    }

    @Test
    void formatsExactAndHumanSizes() {
        assertEquals("4KiB", Sizes.formatExact(4096));
        assertEquals("4GiB", Sizes.formatExact(4L << 30));
        assertEquals("1536KiB", Sizes.formatExact(1536 * 1024));
        assertEquals("1000", Sizes.formatExact(1000));
        assertEquals("2.24 MiB", Sizes.format(2_347_853));
        assertEquals("512 B", Sizes.format(512));
    }
}
