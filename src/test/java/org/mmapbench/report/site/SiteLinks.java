package org.mmapbench.report.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Checks a static site's links: every {@code href} and {@code src} of every page names a file inside the site, and an anchor that file has. */
public final class SiteLinks {
    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    private SiteLinks() {
    }

    /** The broken links of the site under {@code root}, each as {@code page -> link: problem}; empty when every link resolves. */
    public static List<String> broken(Path root) throws IOException {
        List<String> problems = new ArrayList<>();
        Path base = root.toAbsolutePath().normalize();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(base)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            Matcher m = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                if (link.startsWith("http:") || link.startsWith("https:") || link.startsWith("mailto:")) {
                    problems.add(base.relativize(page) + " -> " + link + ": leaves the site");
                    continue;
                }
                int hash = link.indexOf('#');
                String file = hash < 0 ? link : link.substring(0, hash);
                String anchor = hash < 0 ? null : link.substring(hash + 1);
                Path target = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                if (!target.startsWith(base)) {
                    problems.add(base.relativize(page) + " -> " + link + ": outside the site");
                } else if (!Files.isRegularFile(target)) {
                    problems.add(base.relativize(page) + " -> " + link + ": no such file");
                } else if (anchor != null && !Files.readString(target, StandardCharsets.UTF_8).contains("id=\"" + anchor + "\"")) {
                    problems.add(base.relativize(page) + " -> " + link + ": no anchor " + anchor);
                }
            }
        }
        return problems;
    }

    /** How many links the site's pages hold. */
    public static int count(Path root) throws IOException {
        int n = 0;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path page : s.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    n++;
                }
            }
        }
        return n;
    }
}
