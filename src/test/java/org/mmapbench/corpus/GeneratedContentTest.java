package org.mmapbench.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mmapbench.Needs;

/** What the generated kinds contain: valid UTF-8, real-English rates, increasing log timestamps, text layout. */
class GeneratedContentTest {

    static byte[] bytes(CorpusKind kind, long size) throws IOException {
        try (InputStream in = CorpusGenerator.stream(kind, size, 42)) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 5, 4096, 65_521, 1_048_575, 2_109_999})
    void utf8MixedIsValidUtf8AtEverySizeAndHasEveryScript(long size) throws IOException {
        byte[] b = bytes(CorpusKind.UTF8_MIXED, size);
        String text = decodeStrictly(b);
        if (size > 1_000_000) {
            assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC));
            assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
            assertTrue(text.codePoints().anyMatch(c -> c >= 0x10000), "4-byte characters");
            assertTrue(text.contains("é") && text.contains(" the "));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ENGLISH", "LOG"})
    void asciiKindsAreAsciiWithShortLines(String kindName) throws IOException {
        byte[] b = bytes(CorpusKind.valueOf(kindName), 2L * CorpusGenerator.BLOCK_SIZE + 99);
        int col = 0;
        for (byte x : b) {
            assertTrue(x >= 0, "ASCII only");
            col = x == '\n' ? 0 : col + 1;
            assertTrue(col <= (kindName.equals("LOG") ? 200 : ProseFiller.WIDTH), "line length");
        }
    }

    @Test
    void logTimestampsStrictlyIncreaseAcrossBlocks() throws IOException {
        String text = new String(bytes(CorpusKind.LOG, 3L * CorpusGenerator.BLOCK_SIZE), StandardCharsets.US_ASCII);
        Matcher m = Pattern.compile("(?m)^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z) (INFO |DEBUG|WARN |ERROR) \\[").matcher(text);
        Instant last = Instant.MIN;
        int lines = 0;
        while (m.find()) {
            Instant t = Instant.parse(m.group(1));
            assertTrue(t.isAfter(last), "timestamps increase at line " + lines);
            last = t;
            lines++;
        }
        assertEquals(text.lines().filter(l -> !l.isEmpty()).count(), lines, "every non-empty line is a log line");
        assertTrue(lines > 20_000);
    }

    @Test
    @Needs.Corpus
    void englishHasTheNaturalRatesOfDonQuixote() throws IOException {
        Path dq = Corpora.load().mirror().map(m -> m.resolve("don-quixote-996.txt")).orElse(null);
        Assumptions.assumeTrue(dq != null && Files.exists(dq), "needs the Gutenberg mirror beside the project");
        double[] real = rates(Files.readAllBytes(dq));
        double[] generated = rates(bytes(CorpusKind.ENGLISH, 8L * CorpusGenerator.BLOCK_SIZE));
        for (int i = 0; i < 2; i++) {
            double ratio = generated[i] / real[i];
            assertTrue(ratio > 0.75 && ratio < 1.33, (i == 0 ? "\" the \"" : "five-letter words") + " per KiB: generated "
                    + generated[i] + " vs don-quixote " + real[i]);
        }
    }

    /** Occurrences per KiB of " the " and of five-letter words ({@code \b[a-zA-Z]{5}\b}). */
    static double[] rates(byte[] b) {
        String text = new String(b, StandardCharsets.ISO_8859_1);
        long the = 0;
        for (int i = text.indexOf(" the "); i >= 0; i = text.indexOf(" the ", i + 1)) {
            the++;
        }
        long five = Pattern.compile("\\b[a-zA-Z]{5}\\b").matcher(text).results().count();
        double kib = b.length / 1024.0;
        return new double[] {the / kib, five / kib};
    }

    private static String decodeStrictly(byte[] b) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b)).toString();
    }
}
