package org.mmapbench.verify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import org.mmapbench.workload.Cell;
import org.mmapbench.workload.Variant;

/**
 * The {@link Reference} answers of the files a cross-check has seen, remembered so that checking
 * many cells one by one (as the contract tests do) computes each file's answer for a workload once.
 * A file is known by its path, size and modification time: if any of them changes, its answers are
 * computed again. Only the answers are kept; the bytes of the last file read are dropped when the
 * next file needs its own. Not thread-safe: one cross-check at a time.
 */
public final class ReferenceAnswers {

    private record FileKey(Path file, long size, FileTime modified) {
    }

    private final Map<FileKey, Map<String, Reference.Expected>> answers = new HashMap<>();
    private FileKey loadedKey;
    private Reference loaded;

    /** The reference's answer to {@code cell} on {@code file}. */
    Reference.Expected expected(Path file, Cell cell) throws IOException {
        FileKey key = new FileKey(file.toAbsolutePath(), Files.size(file), Files.getLastModifiedTime(file));
        Map<String, Reference.Expected> known = answers.computeIfAbsent(key, k -> new HashMap<>());
        String meaning = meaning(cell);
        Reference.Expected e = known.get(meaning);
        if (e == null) {
            if (!key.equals(loadedKey)) {
                loaded = Reference.of(file);
                loadedKey = key;
            }
            e = loaded.expected(cell);
            known.put(meaning, e);
        }
        return e;
    }

    /** Drops the bytes of the file read last; the answers stay. */
    void release() {
        loaded = null;
        loadedKey = null;
    }

    /** Cells with the same key have the same expected answer. */
    private static String meaning(Cell c) {
        return c.workload().id() + (c.variant() == Variant.LITERAL ? "/literal/" + c.input() : "");
    }
}
