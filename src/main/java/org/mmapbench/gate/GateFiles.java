package org.mmapbench.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mmapbench.util.AtomicOutput;

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

    /** Writes all four files into {@code dir} (created if needed). */
    public static void write(GateResult result, Path dir) throws IOException {
        write(dir.resolve(CSV), GateCsv.render(result));
        write(dir.resolve(MARKDOWN), GateMarkdown.render(result));
        write(dir.resolve(HTML), GateHtml.section(result));
        write(dir.resolve(TEXT), GateTable.render(result));
    }

    private static void write(Path file, String text) throws IOException {
        AtomicOutput.writeFile(file, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }
}
