package org.mmapbench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mmapbench.util.HtmlText;

/**
 * The {@code reports/latest/} folder: a small page that sends the reader on to the newest report,
 * and a one-line file naming it, instead of a second full copy of the report (tens of megabytes).
 *
 * <p>A page rather than a symbolic link: it works on every platform and file system, survives being
 * zipped into a CI artifact or published as a static site, and stays an ordinary folder that the
 * owned-folder rules ({@link org.mmapbench.util.OwnedFolder}) can check and replace.
 */
public final class LatestPointer {
    /** The file in {@code latest/} holding the newest report's folder name (one line). */
    public static final String NEWEST = "newest.txt";

    private LatestPointer() {
    }

    /** Writes the page and {@value #NEWEST} into {@code dir}, pointing at the sibling folder {@code target}. */
    static void write(Path dir, String target, String reportId) throws IOException {
        String href = "../" + target + "/" + ReportWriter.INDEX;
        String page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + HtmlText.escape(href) + "\">\n"
                + "<title>mmapbench: newest report</title>\n</head>\n<body>\n<p>The newest mmapbench report is <a href=\""
                + HtmlText.escape(href) + "\">" + HtmlText.escape(reportId) + "</a>.</p>\n</body>\n</html>\n";
        Files.writeString(dir.resolve(ReportWriter.INDEX), page, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(NEWEST), target + "\n", StandardCharsets.UTF_8);
    }

    /** The folder of the newest report under {@code reportsRoot}, as {@code latest/} names it. */
    public static Path newest(Path reportsRoot) throws IOException {
        return reportsRoot.resolve(Files.readString(reportsRoot.resolve(ReportWriter.LATEST).resolve(NEWEST), StandardCharsets.UTF_8).strip());
    }
}
