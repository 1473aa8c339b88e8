package org.mmapbench.verify;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mmapbench.workload.RegexCount;
import org.mmapbench.workload.Workload;

/**
 * Reference answers of code that decodes a file as UTF-8 text before searching it, as the Python
 * mmap article's regular functions do: indices count characters of the decoded text, not bytes.
 *
 * <p>Two kinds of text, because the article's code means different things in each language:
 * <ul>
 *   <li>{@link #javaString}: {@code Files.readString} (strict UTF-8); indices are UTF-16 code units
 *       ({@code String.indexOf}); line ends kept; the regex's {@code \b} is ASCII (Java's default),
 *       so its count equals the byte-level count;</li>
 *   <li>{@link #pythonStr}: {@code open(mode="r", encoding="utf-8").read()}: strict UTF-8 with
 *       universal newlines ({@code \r\n} and {@code \r} read as {@code \n}); indices are code
 *       points; a {@code str} pattern's {@code \b} is Unicode-aware (a word char is a letter, a
 *       number or {@code _}), which can give another count than the bytes pattern on non-ASCII text.</li>
 * </ul>
 * A match is located with a naive byte search first (the needle is ASCII and holds neither
 * {@code \r} nor {@code \n}, so text matches and byte matches are the same matches); only the prefix
 * before it is decoded to count characters.
 */
public final class TextReference {

    /** Python's {@code \w} for {@code str} patterns: {@code str.isalnum()} or {@code _}. */
    private static final Pattern PYTHON_STR_PATTERN =
            Pattern.compile("(?<![\\p{L}\\p{N}_])[a-zA-Z]{5}(?![\\p{L}\\p{N}_])");
    private static final String NEEDLE = " the ";
    private static final String REPLACEMENT = " eht ";

    private final byte[] bytes;
    private final boolean python;

    private TextReference(byte[] bytes, boolean python) {
        this.bytes = bytes;
        this.python = python;
    }

    /** The meanings of Java's {@code Files.readString} and {@code String} methods over {@code bytes}. */
    public static TextReference javaString(byte[] bytes) {
        return new TextReference(bytes, false);
    }

    /** The meanings of Python 3's text-mode file reading and {@code str} methods over {@code bytes}. */
    public static TextReference pythonStr(byte[] bytes) {
        return new TextReference(bytes, true);
    }

    /**
     * The length of the whole decoded text, in this kind's units.
     *
     * @throws CharacterCodingException if the file is not valid UTF-8 (the article's code fails too)
     */
    public long length() throws CharacterCodingException {
        return units(text(0, bytes.length));
    }

    /**
     * The index of the first {@code " the "} in the text decoded from byte {@code from} on (as after
     * {@code seek(from)} then {@code read()}), counted from {@code from}; -1 if none or if the file is
     * not longer than {@code from}.
     *
     * @throws CharacterCodingException if the bytes from {@code from} are not valid UTF-8 (also when
     *         {@code from} falls inside a multi-byte character)
     */
    public long find(long from) throws CharacterCodingException {
        if (from >= bytes.length) {
            return -1;
        }
        text((int) from, bytes.length);
        long p = Reference.of(bytes).indexOf(Workload.NEEDLE, from);
        return p < 0 ? -1 : units(text((int) from, (int) p));
    }

    /** The number of matches of {@code \b[a-zA-Z]{5}\b} in the whole text, with this kind's {@code \b}. */
    public long regexCount() throws CharacterCodingException {
        Matcher m = (python ? PYTHON_STR_PATTERN : RegexCount.PATTERN).matcher(text(0, bytes.length));
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The text after {@code replace(" the ", " eht ")}, encoded back to UTF-8 as the article writes it. */
    public byte[] replaced() throws CharacterCodingException {
        return text(0, bytes.length).replace(NEEDLE, REPLACEMENT).getBytes(StandardCharsets.UTF_8);
    }

    private String text(int from, int to) throws CharacterCodingException {
        String s = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Arrays.copyOfRange(bytes, from, to)))
                .toString();
        return python ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
    }

    private long units(String s) {
        return python ? s.codePointCount(0, s.length()) : s.length();
    }
}
