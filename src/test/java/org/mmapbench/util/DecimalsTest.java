package org.mmapbench.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void roundsToSignificantDigitsInPlainNotation() {
        assertEquals("1234.57", Decimals.significant(1234.5678, 6));
        assertEquals("12.35", Decimals.significant(12.3456, 4));
        assertEquals("0.00000036", Decimals.significant(3.6000000000000005E-7, 6));
        assertEquals("1235000000", Decimals.significant(1.2345678e9, 4));
        assertEquals("-2.5", Decimals.significant(-2.5, 6));
    }

    @Test
    void exactTiesRoundHalfEven() {
        assertEquals("1234", Decimals.significant(1234.5, 4));
        assertEquals("1236", Decimals.significant(1235.5, 4));
        assertEquals("0.12", Decimals.significant(0.125, 2));
    }

    @Test
    void specialValues() {
        assertEquals("", Decimals.significant(Double.NaN, 4));
        assertEquals("inf", Decimals.significant(Double.POSITIVE_INFINITY, 4));
        assertEquals("-inf", Decimals.significant(Double.NEGATIVE_INFINITY, 4));
        assertEquals("0", Decimals.significant(-0.0, 4));
        assertEquals("0", Decimals.significant(0, 4));
    }
}
