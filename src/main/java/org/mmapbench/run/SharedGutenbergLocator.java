package org.mmapbench.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.mmapbench.util.UserInputException;

/**
 * A temporary {@link CorpusLocator} that knows only the five Gutenberg texts in
 * {@code <projectDir>/../shared/datasets/gutenberg/} and generates nothing.
 *
 * <p>INTEGRATION SEAM: to be deleted when {@code Corpora.resolve} is wired into
 * {@link CorpusLocator#standard(Path)}. Files are checked against the SHA-256 of the shared
 * {@code MANIFEST.csv} before use, so a damaged file is never measured.
 */
final class SharedGutenbergLocator implements CorpusLocator {

    /** Corpus id to file name and SHA-256, copied from {@code ../shared/datasets/gutenberg/MANIFEST.csv}. */
    private static final Map<String, List<String>> FILES = Map.of(
            "don-quixote", List.of("don-quixote-996.txt", "69ef241e632ef4fba882bde06ad31ecb395d865b11028cc046c4d253f4cf118e"),
            "pride-and-prejudice", List.of("pride-and-prejudice-1342.txt", "48e0522844402a86a3ea98f0947ba85ea54838db3c59022299298ed968a5a163"),
            "moby-dick", List.of("moby-dick-2701.txt", "baf9b04fcf6e0008f30eaaa6697277751448c1070b20175e0082f28cbb161fd3"),
            "war-and-peace", List.of("war-and-peace-2600.txt", "6cbcc5ca5e590fb9ace161a5b93e4ecf280d7118104be0d63b686c004cfa70ae"),
            "don-quijote-es", List.of("don-quijote-es-2000.txt", "4973737f16b7e8b8972c08e54a95b7bc43b5d93d6738bc08f9256f9c2c68a2ba"));

    private final Path folder;

    SharedGutenbergLocator(Path projectDir) {
        this.folder = projectDir.toAbsolutePath().normalize().resolve("../shared/datasets/gutenberg").normalize();
    }

    @Override
    public Path resolve(String id) {
        List<String> entry = FILES.get(id);
        if (entry == null) {
            throw new UserInputException("corpus '" + id + "': not available yet (this build resolves only "
                    + String.join(", ", FILES.keySet().stream().sorted().toList())
                    + "; generated corpora need the corpus package)");
        }
        Path file = folder.resolve(entry.get(0));
        if (!Files.isReadable(file)) {
            throw new UserInputException("corpus '" + id + "': " + file + " is missing or unreadable");
        }
        String actual = sha256(file);
        if (!actual.equals(entry.get(1))) {
            throw new UserInputException("corpus '" + id + "': " + file + " has SHA-256 " + actual + ", expected " + entry.get(1));
        }
        return file;
    }

    private static String sha256(Path file) {
        try {
            return FileDigest.sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
