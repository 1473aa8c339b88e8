package org.mmapbench.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmapbench.Needs;
import org.mmapbench.TestCorpusSizes;
import org.mmapbench.report.Fixtures;
import org.mmapbench.report.ReportWriter;
import org.mmapbench.util.AtomicOutput;

/**
 * Opens index.html from file:// in headless Chromium as a reader would: takes a screenshot, dumps
 * the DOM, and fails on console errors.
 *
 * <p>NOTE: skipped (JUnit assumption) when no {@code chromium} binary is on the PATH; install the
 * Debian package {@code chromium}. The screenshot is kept at {@code target/report-screenshot.png}.
 */
@Needs.Chromium
class ChromiumRenderTest {

    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--no-first-run", "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0");

    static Path chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Runs Chromium on a page with extra arguments; returns stdout and stderr. */
    static String[] render(Path chromium, Path page, Path work, String... extra) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        List<String> cmd = new ArrayList<>();
        cmd.add(chromium.toString());
        cmd.addAll(FLAGS);
        cmd.add("--user-data-dir=" + profile);
        cmd.addAll(List.of(extra));
        cmd.add(page.toUri().toString());
        Path out = work.resolve("out-" + System.nanoTime() + ".txt");
        Path err = work.resolve("err-" + System.nanoTime() + ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 180 s");
        }
        AtomicOutput.deleteTree(profile);
        return new String[] {Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8)};
    }

    /**
     * Every console message in Chromium's log. Headless Chromium logs them as {@code INFO:CONSOLE}
     * lines whatever their level, and the report's script logs nothing, so any message (an error, a
     * failed resource load, a request blocked by the page's Content-Security-Policy) means something
     * is wrong.
     */
    static List<String> consoleErrors(String stderr) {
        List<String> bad = new ArrayList<>();
        for (String line : stderr.split("\\R")) {
            if (line.contains(":CONSOLE") || line.contains("Uncaught")) {
                bad.add(line);
            }
        }
        return bad;
    }

    @Test
    void reportRendersWithoutConsoleErrors(@TempDir Path tmp) throws Exception {
        Path chromium = chromium();
        assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium): skipping the browser check");
        Path index = ReportWriter.write(Fixtures.rich(), TestCorpusSizes.MANIFEST, tmp.resolve("report"));
        Path shot = tmp.resolve("shot.png");
        String[] r = render(chromium, index, tmp, "--window-size=1280,2400", "--screenshot=" + shot);
        assertEquals(List.of(), consoleErrors(r[1]));
        BufferedImage img = ImageIO.read(shot.toFile());
        assertEquals(1280, img.getWidth());
        assertTrue(distinctColours(img) > 20, "the screenshot shows content, not a blank page");
        Path keep = Path.of(System.getProperty("mmapbench.projectDir", "."), "target", "report-screenshot.png");
        Files.createDirectories(keep.getParent());
        Files.copy(shot, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        String dom = render(chromium, index, tmp, "--dump-dom")[0];
        assertTrue(dom.contains("Headline findings"), "DOM has the headlines");
        assertTrue(dom.contains("<svg"), "DOM has the inline charts");
        assertTrue(dom.contains("The Python article"), "DOM has the tutorial table");
        assertTrue(dom.contains("class=\"filter\""), "the inline script ran and added the table filters");

        // With scripts off the page is its static HTML, whose tables and charts HtmlReportTest checks (headless
        // Chromium with scriptEnabled=false captures neither a DOM nor a screenshot, so it cannot check that here).
    }

    @Test
    void theRequestCheckCatchesAnOutboundRequest(@TempDir Path tmp) throws Exception {
        Path chromium = chromium();
        assumeTrue(chromium != null, "chromium is not installed: skipping");
        // The report's Content-Security-Policy forbids every request; a blocked one is a console message.
        Path page = Files.writeString(tmp.resolve("leak.html"), "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\""
                + HtmlReport.CSP + "\"></head><body><p>x</p><img src=\"http://192.0.2.1/x.png\" alt=\"\"></body></html>");
        String[] r = render(chromium, page, tmp, "--dump-dom");
        assertFalse(consoleErrors(r[1]).isEmpty(), "a request leaving the page must be reported; stderr was:\n" + r[1]);
    }

    @Test
    void theConsoleCheckCatchesAnError(@TempDir Path tmp) throws Exception {
        Path chromium = chromium();
        assumeTrue(chromium != null, "chromium is not installed: skipping");
        Path page = Files.writeString(tmp.resolve("bad.html"),
                "<!DOCTYPE html><html><body><p>x</p><script>console.error('deliberate failure');</script></body></html>");
        String[] r = render(chromium, page, tmp, "--dump-dom");
        assertFalse(consoleErrors(r[1]).isEmpty(), "a console.error must be detected; stderr was:\n" + r[1]);
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                seen.add(img.getRGB(x, y));
                if (seen.size() > 100) {
                    return seen.size();
                }
            }
        }
        return seen.size();
    }
}
