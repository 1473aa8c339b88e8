package org.mmapbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README and {@code docs/} stay navigable: every relative Markdown link points to a file that
 * exists and, when it names an anchor, to a heading of that file; the README stays a short front
 * door of at most {@value #README_MAX_LINES} lines.
 */
class DocsLinksTest {

    static final int README_MAX_LINES = 220;

    /** An inline link or image, {@code [text](target)} or {@code ![alt](target)}; group 1 is the target. */
    private static final Pattern LINK = Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");

    private static Path projectDir() {
        return Path.of(System.getProperty("mmapbench.projectDir", ".")).toAbsolutePath().normalize();
    }

    /** README.md, every Markdown file under docs/, and the READMEs of results/ and reports/. */
    private static List<Path> documents(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        Path docs = root.resolve("docs");
        if (Files.isDirectory(docs)) {
            try (Stream<Path> s = Files.walk(docs)) {
                s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            }
        }
        for (String other : List.of("results/README.md", "reports/README.md")) {
            if (Files.exists(root.resolve(other))) {
                files.add(root.resolve(other));
            }
        }
        return files;
    }

    @Test
    void everyRelativeLinkInTheDocsResolves() throws IOException {
        Path root = projectDir();
        List<Path> files = documents(root);
        assertTrue(files.size() > 1, "expected README.md and docs/ under " + root);
        List<String> broken = brokenLinks(root, files);
        assertTrue(broken.isEmpty(), "broken links:\n" + String.join("\n", broken));
    }

    @Test
    void readmeIsAShortFrontDoor() throws IOException {
        List<String> lines = Files.readAllLines(projectDir().resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(lines.size() <= README_MAX_LINES,
                "README.md has " + lines.size() + " lines; at most " + README_MAX_LINES + ": move depth to docs/");
    }

    @Test
    void brokenFilesAndAnchorsAreReported(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(tmp.resolve("docs/a.md"), """
                # Page A
                ## Cache states
                See [b](b.md), [missing](nope.md), [here](#cache-states), [gone](#no-such-heading),
                [b's part](b.md#what-environmentjson-records) and [wrong part](b.md#absent).
                `[not a link](ignored.md)`
                ```
                [inside a fence](fenced.md)
                ```
                [web](https://example.org/x.md) ![image](pic.png)
                """);
        Files.writeString(tmp.resolve("docs/b.md"), "# What `environment.json` records\n");
        List<String> broken = brokenLinks(tmp, List.of(tmp.resolve("docs/a.md"), tmp.resolve("docs/b.md")));
        assertEquals(4, broken.size(), String.join("\n", broken));
        assertTrue(broken.get(0).contains("docs/a.md:3") && broken.get(0).contains("nope.md"), broken.get(0));
        assertTrue(broken.get(1).contains("#no-such-heading"), broken.get(1));
        assertTrue(broken.get(2).contains("b.md#absent"), broken.get(2));
        assertTrue(broken.get(3).contains("pic.png"), broken.get(3));
    }

    @Test
    void anchorsFollowGitHubsRules() {
        Set<String> anchors = anchors("""
                # What `environment.json` records
                ## CSV conventions (all three files)
                ## A/A gate with the quick profile
                ## Notes
                ## Notes
                ```
                # not a heading
                ```
                """);
        assertEquals(Set.of("what-environmentjson-records", "csv-conventions-all-three-files",
                "aa-gate-with-the-quick-profile", "notes", "notes-1"), anchors);
        assertFalse(anchors.contains("not-a-heading"));
    }

    /** One line per broken link: {@code file:line: target (reason)}, in file and line order. */
    static List<String> brokenLinks(Path root, List<Path> files) throws IOException {
        Map<Path, Set<String>> anchorCache = new HashMap<>();
        List<String> broken = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            boolean fenced = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.stripLeading().startsWith("```")) {
                    fenced = !fenced;
                    continue;
                }
                if (fenced) {
                    continue;
                }
                Matcher m = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
                while (m.find()) {
                    String problem = check(file, m.group(1), anchorCache);
                    if (problem != null) {
                        broken.add(root.relativize(file) + ":" + (i + 1) + ": " + m.group(1) + " (" + problem + ")");
                    }
                }
            }
        }
        return broken;
    }

    /** Why {@code target}, linked from {@code from}, does not resolve; null when it does or is not relative. */
    private static String check(Path from, String target, Map<Path, Set<String>> anchorCache) throws IOException {
        if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return null;
        }
        int hash = target.indexOf('#');
        String pathPart = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = pathPart.isEmpty() ? from : from.getParent().resolve(pathPart).normalize();
        if (!Files.exists(resolved)) {
            return "no such file: " + resolved;
        }
        if (anchor == null || anchor.isEmpty()) {
            return null;
        }
        if (!resolved.toString().endsWith(".md")) {
            return "an anchor into a file that is not Markdown";
        }
        Set<String> anchors = anchorCache.get(resolved);
        if (anchors == null) {
            anchors = anchors(Files.readString(resolved, StandardCharsets.UTF_8));
            anchorCache.put(resolved, anchors);
        }
        return anchors.contains(anchor) ? null : "no heading with anchor #" + anchor + " in " + resolved.getFileName();
    }

    /** The anchors GitHub gives the headings of a Markdown text (duplicates get -1, -2, ...). */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.stripLeading().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            Matcher m = HEADING.matcher(line);
            if (fenced || !m.matches()) {
                continue;
            }
            String slug = slug(m.group(1));
            int n = seen.merge(slug, 1, Integer::sum) - 1;
            anchors.add(n == 0 ? slug : slug + "-" + n);
        }
        return anchors;
    }

    /** GitHub's heading slug: lower case, punctuation dropped (hyphens and underscores kept), spaces to hyphens. */
    static String slug(String heading) {
        String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                sb.appendCodePoint(c);
            } else if (c == ' ') {
                sb.append('-');
            }
        });
        return sb.toString();
    }
}
