package org.mmapbench.corpus;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mmapbench.util.UserInputException;

/**
 * Reads the corpus manifest {@code datasets/corpora.csv}.
 *
 * <p>Columns: {@code id, kind, bytes, seed, profiles, sha256, gutenberg_ebook, title, author, language,
 * encoding, file, download_url}. Public-domain rows fill everything but {@code seed}; generated rows
 * fill {@code id} (which must be {@code <kind>-<bytes>} written canonically), {@code kind},
 * {@code bytes}, {@code seed}, {@code profiles}, and {@code sha256} only where a test pins it.
 * {@code profiles} is a space-separated list of {@link Profiles#NAMES}. Every problem is reported as
 * one line naming the file, the line and the column.
 */
public final class CorpusManifest {
    /** The manifest's place inside the project. */
    public static final String PATH = "datasets/corpora.csv";
    static final String[] HEADER = {"id", "kind", "bytes", "seed", "profiles", "sha256", "gutenberg_ebook",
        "title", "author", "language", "encoding", "file", "download_url"};
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private CorpusManifest() {
    }

    /** Reads and validates the manifest at {@code file}. */
    public static List<CorpusSpec> read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(r).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames();
            if (!header.equals(Arrays.asList(HEADER))) {
                throw new UserInputException(file + ": the header must be " + String.join(",", HEADER) + ", not " + String.join(",", header));
            }
            List<CorpusSpec> specs = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (CSVRecord rec : parser) {
                CorpusSpec spec = new Row(file, rec).spec();
                if (!ids.add(spec.id())) {
                    throw new UserInputException(file + ":" + (rec.getRecordNumber() + 1) + ": corpus id '" + spec.id() + "' appears twice");
                }
                specs.add(spec);
            }
            return List.copyOf(specs);
        } catch (NoSuchFileException e) {
            throw new UserInputException(file + ": corpus manifest not found (run from the project folder or set -Dmmapbench.projectDir)");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UserInputException(file + ": cannot read the corpus manifest: " + e.getMessage(), e);
        }
    }

    /** One record being turned into a spec, with errors that name file, line and column. */
    private record Row(Path file, CSVRecord rec) {

        CorpusSpec spec() {
            String id = required("id");
            CorpusKind kind = CorpusKind.find(required("kind"));
            if (kind == null) {
                throw error("kind", "'" + rec.get("kind") + "' is not a corpus kind (valid: public-domain, "
                        + String.join(", ", CorpusKind.generatedKinds().stream().map(CorpusKind::id).toList()) + ")");
            }
            long bytes = number("bytes");
            if (bytes < 1) {
                throw error("bytes", "must be at least 1");
            }
            Optional<String> sha = optional("sha256");
            if (sha.isPresent() && !Sha256.isHex(sha.get())) {
                throw error("sha256", "'" + sha.get() + "' is not 64 lower-case hex digits");
            }
            Set<String> profiles = new LinkedHashSet<>();
            for (String p : optional("profiles").orElse("").split("\\s+")) {
                if (p.isEmpty()) {
                    continue;
                }
                if (!Profiles.NAMES.contains(p)) {
                    throw error("profiles", "'" + p + "' is not a profile (valid: " + String.join(", ", Profiles.NAMES) + ")");
                }
                profiles.add(p);
            }
            if (kind.isGenerated()) {
                String canonical = GeneratedIds.idOf(kind, bytes);
                if (!canonical.equals(id)) {
                    throw error("id", "'" + id + "' must be '" + canonical + "' for kind " + kind + " and " + bytes + " bytes");
                }
                long seed = optional("seed").isPresent() ? number("seed") : CorpusSpec.DEFAULT_SEED;
                return new CorpusSpec(id, kind, bytes, seed, sha, profiles, Optional.empty());
            }
            if (sha.isEmpty()) {
                throw error("sha256", "a public-domain corpus needs its SHA-256");
            }
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*") || GeneratedIds.parse(id).isPresent()) {
                throw error("id", "'" + id + "' must be lower-case words joined by '-' and must not look like a generated id");
            }
            String fileName = required("file");
            if (fileName.contains("/") || fileName.contains("\\") || fileName.startsWith(".")) {
                throw error("file", "'" + fileName + "' must be a plain file name");
            }
            URI url;
            try {
                url = new URI(required("download_url"));
            } catch (URISyntaxException e) {
                throw error("download_url", "'" + rec.get("download_url") + "' is not a URL");
            }
            if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                throw error("download_url", "'" + url + "' is not an http(s) URL");
            }
            GutenbergText text = new GutenbergText((int) number("gutenberg_ebook"), required("title"),
                    required("author"), required("language"), required("encoding"), fileName, url);
            return new CorpusSpec(id, kind, bytes, 0, sha, profiles, Optional.of(text));
        }

        private String required(String column) {
            return optional(column).orElseThrow(() -> error(column, "is empty"));
        }

        private Optional<String> optional(String column) {
            String v = rec.isSet(column) ? rec.get(column).trim() : "";
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        }

        private long number(String column) {
            String v = required(column);
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw error(column, "'" + v + "' is not a whole number");
            }
        }

        private UserInputException error(String column, String problem) {
            return new UserInputException(file + ":" + (rec.getRecordNumber() + 1) + ": column " + column + ": " + problem);
        }
    }
}
