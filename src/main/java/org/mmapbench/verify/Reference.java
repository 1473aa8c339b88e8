package org.mmapbench.verify;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.RegexCount;
import org.mmapbench.workload.Variant;
import org.mmapbench.workload.Workload;

/**
 * Simple, obviously correct answers for every workload: the file as one {@code byte[]}, naive
 * nested loops for search, {@code Pattern} over the ISO-8859-1 decoded {@code String} for the regex,
 * and the expected file content (as SHA-256) after replace and patch. Nothing here is shared with
 * the kernels it checks except the compiled {@link RegexCount#PATTERN}.
 *
 * <p>NOTE: it holds the whole file in one array, so it handles files up to 2 GiB - 9 bytes; for larger ones
 * {@link StreamingReference} answers the scans (read, find, count, seekFind).
 */
public final class Reference {

    /**
     * What a workload should give for one file.
     *
     * @param answer the cell's expected return value
     * @param sha256 the expected SHA-256 of the file after a mutating workload, else {@code null}
     */
    public record Expected(long answer, String sha256) {
    }

    private final byte[] bytes;

    private Reference(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Reads the file once; answers are then computed per workload. */
    public static Reference of(Path file) throws IOException {
        return new Reference(Files.readAllBytes(file));
    }

    /** A reference over bytes already in memory. */
    public static Reference of(byte[] bytes) {
        return new Reference(bytes.clone());
    }

    /**
     * The expected answer of {@code cell}: the workload's answer ({@link #expected(Workload)}), except
     * for the literal variant, whose answers have the article's meanings (see
     * {@link org.mmapbench.workload.Literal}): on the regular side (a cell that needs UTF-8) UTF-16
     * lengths and indices of the decoded text ({@link TextReference#javaString}), seek-find counted
     * from the seek offset; on the mapped side read answers the number of bytes copied, the others
     * as {@link #expected(Workload)}. The copy-on-write variant leaves the file unchanged ({@link #copyOnWrite}).
     *
     * @throws CharacterCodingException if a regular literal cell's file is not valid UTF-8 (such
     *         cells do not support it)
     */
    public Expected expected(Cell cell) throws CharacterCodingException {
        Workload w = cell.workload();
        if (cell.variant() == Variant.COPY_ON_WRITE) {
            return copyOnWrite(w);
        }
        if (cell.variant() != Variant.LITERAL) {
            return expected(w);
        }
        if (cell.input() == Cell.Input.ANY) {
            return w == Workload.READ ? new Expected(bytes.length, null) : expected(w);
        }
        TextReference text = TextReference.javaString(bytes);
        return switch (w) {
            case READ -> new Expected(text.length(), null);
            case FIND -> new Expected(text.find(0), null);
            case REGEX -> new Expected(text.regexCount(), null);
            case SEEK_FIND -> new Expected(text.find(Workload.SEEK_OFFSET), null);
            case REPLACE -> {
                byte[] replaced = text.replaced();
                yield new Expected(TextReference.javaString(replaced).length(), sha256(replaced));
            }
            case COUNT, PATCH -> throw new IllegalArgumentException("no literal cell for " + w.id());
        };
    }

    /** The expected answer (and file hash after mutation) of {@code workload}. */
    public Expected expected(Workload workload) {
        return switch (workload) {
            case READ -> new Expected(checksum(), null);
            case FIND -> new Expected(indexOf(Workload.NEEDLE, 0), null);
            case COUNT -> new Expected(count(Workload.NEEDLE), null);
            case REGEX -> new Expected(regexCount(), null);
            case SEEK_FIND -> new Expected(indexOf(Workload.NEEDLE, Workload.SEEK_OFFSET), null);
            case REPLACE -> new Expected(bytes.length, sha256(replaced()));
            case PATCH -> bytes.length < Workload.PATCH_OFFSET + Workload.PATCH_BYTES.length
                    ? new Expected(-1, sha256(bytes))
                    : new Expected(bytes.length, sha256(patched()));
        };
    }

    /**
     * What a write through a PRIVATE mapping gives: the file unchanged, and for patch the six bytes at
     * offset 10 of the patched content as a big-endian number (-1 for a file shorter than 16 bytes),
     * for replace the number of matches replaced.
     */
    Expected copyOnWrite(Workload w) {
        String unchanged = sha256(bytes);
        return switch (w) {
            case PATCH -> {
                if (bytes.length < Workload.PATCH_OFFSET + Workload.PATCH_BYTES.length) {
                    yield new Expected(-1, unchanged);
                }
                byte[] p = patched();
                long v = 0;
                for (int i = 0; i < Workload.PATCH_BYTES.length; i++) {
                    v = v * 256 + (p[(int) Workload.PATCH_OFFSET + i] & 0xFF);
                }
                yield new Expected(v, unchanged);
            }
            case REPLACE -> new Expected(replacements(), unchanged);
            default -> throw new IllegalArgumentException("no copy-on-write cell for " + w.id());
        };
    }

    /** The number of non-overlapping matches replace replaces, left to right. */
    long replacements() {
        byte[] needle = Workload.NEEDLE;
        long n = 0;
        int i = 0;
        while (i + needle.length <= bytes.length) {
            if (matchesAt(i, needle)) {
                n++;
                i += needle.length;
            } else {
                i++;
            }
        }
        return n;
    }

    long checksum() {
        long sum = 0;
        for (byte b : bytes) {
            sum += b & 0xFF;
        }
        return sum;
    }

    long indexOf(byte[] needle, long from) {
        for (long i = from; i + needle.length <= bytes.length; i++) {
            if (matchesAt((int) i, needle)) {
                return i;
            }
        }
        return -1;
    }

    long count(byte[] needle) {
        long n = 0;
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            if (matchesAt(i, needle)) {
                n++;
            }
        }
        return n;
    }

    long regexCount() {
        Matcher m = RegexCount.PATTERN.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    byte[] replaced() {
        byte[] out = bytes.clone();
        byte[] needle = Workload.NEEDLE;
        int i = 0;
        while (i + needle.length <= out.length) {
            if (matchesAt(i, needle)) {
                System.arraycopy(Workload.REPLACEMENT, 0, out, i, needle.length);
                i += needle.length;
            } else {
                i++;
            }
        }
        return out;
    }

    byte[] patched() {
        byte[] out = bytes.clone();
        System.arraycopy(Workload.PATCH_BYTES, 0, out, (int) Workload.PATCH_OFFSET, Workload.PATCH_BYTES.length);
        return out;
    }

    private boolean matchesAt(int i, byte[] needle) {
        return matchesAt(bytes, i, needle);
    }

    /** Whether {@code needle} starts at {@code b[i]}, compared byte by byte (the naive check every reference answer uses). */
    static boolean matchesAt(byte[] b, int i, byte[] needle) {
        for (int j = 0; j < needle.length; j++) {
            if (b[i + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }

    /** The lower-case hex SHA-256 of {@code data}. */
    public static String sha256(byte[] data) {
        return HexFormat.of().formatHex(digest().digest(data));
    }

    /** The lower-case hex SHA-256 of a file's content, streamed. */
    public static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        try (var in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JDK", e);
        }
    }
}
