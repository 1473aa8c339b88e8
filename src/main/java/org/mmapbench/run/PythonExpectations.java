package org.mmapbench.run;

import java.nio.charset.CharacterCodingException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mmapbench.verify.Reference;
import org.mmapbench.verify.TextReference;
import org.mmapbench.workload.Workload;

/**
 * What each of the Python article's ten functions ({@code src/main/python/mmap_article.py}) must
 * return on a file, each with the meaning it has in Python.
 *
 * <p>The mmap functions work on bytes: their answers are the byte-level {@link Reference}'s
 * (file size for read, byte offsets, the ASCII regex count, the replaced file's hash). The regular
 * functions read text ({@link TextReference#pythonStr}): read returns the number of code points
 * after universal-newline translation, find returns a code-point index, seek-find an index counted
 * from the seek offset, the regex runs with Unicode word boundaries, and replace writes the
 * translated text back, so a file with {@code \r\n} line ends comes out with {@code \n}.
 */
public final class PythonExpectations {

    private PythonExpectations() {
    }

    /**
     * The expected answer of every function by name, in the article's order; a regular function's
     * entry is absent when the file is not valid UTF-8 (Python raises, and so does the reference).
     */
    public static Map<String, Reference.Expected> of(byte[] bytes) {
        Reference ref = Reference.of(bytes);
        TextReference text = TextReference.pythonStr(bytes);
        long size = bytes.length;
        Map<String, Reference.Expected> m = new LinkedHashMap<>();
        putText(m, "regular_io", () -> new Reference.Expected(text.length(), null));
        m.put("mmap_io", new Reference.Expected(size, null));
        putText(m, "regular_io_find", () -> new Reference.Expected(text.find(0), null));
        m.put("mmap_io_find", ref.expected(Workload.FIND));
        putText(m, "regular_io_re", () -> new Reference.Expected(text.regexCount(), null));
        m.put("mmap_io_re", ref.expected(Workload.REGEX));
        putText(m, "regular_io_seek", () -> new Reference.Expected(text.find(Workload.SEEK_OFFSET), null));
        m.put("mmap_io_seek", ref.expected(Workload.SEEK_FIND));
        putText(m, "regular_io_find_and_replace", () -> {
            byte[] replaced = text.replaced();
            return new Reference.Expected(TextReference.pythonStr(replaced).length(), Reference.sha256(replaced));
        });
        m.put("mmap_io_find_and_replace", new Reference.Expected(size, ref.expected(Workload.REPLACE).sha256()));
        return m;
    }

    /** A reference answer that needs the file decoded as UTF-8. */
    @FunctionalInterface
    private interface TextAnswer {
        Reference.Expected get() throws CharacterCodingException;
    }

    private static void putText(Map<String, Reference.Expected> m, String name, TextAnswer answer) {
        try {
            m.put(name, answer.get());
        } catch (CharacterCodingException e) {
            // Not valid UTF-8 (from the seek offset on, for seek-find): Python raises, no answer to expect.
        }
    }
}
