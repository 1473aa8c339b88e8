package org.mmapbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void csvUsesSixSignificantDigitsPlainNotation() {
        assertEquals("1234.57", Numbers.csv(1234.5678));
        assertEquals("0.00000036", Numbers.csv(3.6000000000000005E-7));
        assertEquals("1234570000", Numbers.csv(1.2345678e9));
        assertEquals("-2.5", Numbers.csv(-2.5));
        assertEquals("0", Numbers.csv(-0.0));
        assertEquals("", Numbers.csv(Double.NaN));
        assertEquals("inf", Numbers.csv(Double.POSITIVE_INFINITY));
        assertEquals("-inf", Numbers.csv(Double.NEGATIVE_INFINITY));
    }

    @Test
    void humanKeepsThreeSignificantDigits() {
        assertEquals("1.00", Numbers.human(1.00229));
        assertEquals("26.3", Numbers.human(26.319));
        assertEquals("2350000", Numbers.human(2347853));
        assertEquals("0.0565", Numbers.human(0.05649));
        assertEquals("n/a", Numbers.human(Double.NaN));
    }
}
