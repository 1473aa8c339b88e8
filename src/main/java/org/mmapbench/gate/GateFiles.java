package org.mmapbench.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mmapbench.util.AtomicOutput;
import org.mmapbench.util.PathKind;
import org.mmapbench.util.UserInputException;

/**
 * Writes the gate's files into a folder, each atomically: {@code gate.csv}, {@code gate.md} (Markdown
 * for a job summary or PR comment), {@code gate.html} (the report section fragment) and
 * {@code gate.txt} (the terminal table). Other files in the folder are left alone.
 */
public final class GateFiles {

    /** The CSV file name. */
    public static final String CSV = "gate.csv";
    /** The Markdown file name. */
    public static final String MARKDOWN = "gate.md";
    /** The HTML fragment file name. */
    public static final String HTML = "gate.html";
    /** The text table file name. */
    public static final String TEXT = "gate.txt";

    private GateFiles() {
    }

    /**
     * Writes all four files into {@code dir} (created if needed), each atomically. {@code dir} must be a
     * folder or a new path; if writing fails, the files written so far are removed again, and so is
     * {@code dir} when this call created it.
     */
    public static void write(GateResult result, Path dir) throws IOException {
        PathKind kind = PathKind.of(dir);
        if (kind != PathKind.FOLDER && kind != PathKind.MISSING) {
            throw new UserInputException("--out: " + dir + " is " + kind.description() + ", not a folder");
        }
        boolean created = kind == PathKind.MISSING;
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        boolean done = false;
        try {
            for (Map.Entry<String, String> f : render(result).entrySet()) {
                Path file = dir.resolve(f.getKey());
                AtomicOutput.writeFile(file, tmp -> Files.writeString(tmp, f.getValue(), StandardCharsets.UTF_8));
                written.add(file);
            }
            done = true;
        } finally {
            if (!done) {
                for (Path file : written) {
                    Files.deleteIfExists(file);
                }
                if (created) {
                    Files.deleteIfExists(dir);
                }
            }
        }
    }

    /** Writes the four files into a folder being built (e.g. a report's temporary folder). */
    public static void writeInto(GateResult result, Path folder) throws IOException {
        for (Map.Entry<String, String> f : render(result).entrySet()) {
            Files.writeString(folder.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
    }

    /** The four files' names and texts, in a fixed order. */
    static Map<String, String> render(GateResult result) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(CSV, GateCsv.render(result));
        files.put(MARKDOWN, GateMarkdown.render(result));
        files.put(HTML, GateHtml.section(result));
        files.put(TEXT, GateTable.render(result));
        return files;
    }
}
