package org.mmapbench.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Character indices, newline translation and word boundaries of the two text meanings, worked out by hand. */
class TextReferenceTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void javaCountsUtf16UnitsAndKeepsLineEnds() throws CharacterCodingException {
        // "é" is 2 bytes / 1 unit, the emoji 4 bytes / 2 units, "\r\n" 2 bytes / 2 units.
        byte[] b = utf8("é\uD83D\uDE00\r\nx the end");
        TextReference t = TextReference.javaString(b);
        assertEquals(1 + 2 + 2 + 1, t.find(0));
        assertEquals(Reference.of(b).indexOf(" the ".getBytes(StandardCharsets.US_ASCII), 0), 9);
        assertEquals(1 + 2 + 2 + 9, t.length());
    }

    @Test
    void pythonCountsCodePointsAfterUniversalNewlines() throws CharacterCodingException {
        // Python reads "\r\n" and a lone "\r" as one "\n"; the emoji is one code point.
        byte[] b = utf8("é\uD83D\uDE00\r\n\rx the end");
        TextReference t = TextReference.pythonStr(b);
        assertEquals(1 + 1 + 1 + 1 + 1, t.find(0));
        assertEquals(4 + 9, t.length());
    }

    @Test
    void findAfterSeekCountsFromTheSeekOffset() throws CharacterCodingException {
        byte[] b = utf8("ab\r\ncd the x");
        assertEquals(4, TextReference.javaString(b).find(2));
        assertEquals(3, TextReference.pythonStr(b).find(2));
        assertEquals(-1, TextReference.pythonStr(b).find(b.length));
        assertEquals(-1, TextReference.pythonStr(b).find(8));
    }

    @Test
    void seekingIntoAMultiByteCharacterIsAnError() {
        byte[] b = utf8("é the");
        assertThrows(CharacterCodingException.class, () -> TextReference.pythonStr(b).find(1));
    }

    @Test
    void pythonStrWordBoundariesAreUnicodeJavasAreAscii() throws CharacterCodingException {
        // "éabcde": to Python's str pattern é is a word char, so abcde has no \b before it;
        // to Java's default pattern (and to bytes patterns) it does. "abcde²": ² is a number in Unicode.
        byte[] b = utf8("éabcde abcde² hello ñandu world_ x");
        assertEquals(3, TextReference.javaString(b).regexCount());
        assertEquals(1, TextReference.pythonStr(b).regexCount());
        assertEquals(Reference.of(b).regexCount(), TextReference.javaString(b).regexCount());
    }

    @Test
    void replacedTextIsWrittenBackWithTranslatedLineEnds() throws CharacterCodingException {
        byte[] b = utf8("a the b\r\n the ");
        assertEquals("a eht b\n eht ", new String(TextReference.pythonStr(b).replaced(), StandardCharsets.UTF_8));
        assertEquals("a eht b\r\n eht ", new String(TextReference.javaString(b).replaced(), StandardCharsets.UTF_8));
    }

    @Test
    void invalidUtf8IsAnError() {
        byte[] latin1 = "canción the".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(CharacterCodingException.class, () -> TextReference.javaString(latin1).length());
        assertThrows(CharacterCodingException.class, () -> TextReference.pythonStr(latin1).find(0));
    }
}
