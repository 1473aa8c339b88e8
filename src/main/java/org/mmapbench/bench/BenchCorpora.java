package org.mmapbench.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mmapbench.run.CorpusLocator;
import org.mmapbench.run.RunExecutor;
import org.mmapbench.util.UserInputException;

/**
 * Finds a corpus file inside a benchmark fork.
 *
 * <p>{@code mmapbench run} resolves and verifies every corpus before it starts JMH and hands the
 * paths to the forks as {@code -Dmmapbench.corpus.<id>=PATH}; a fork started some other way
 * ({@code mmapbench jmh ...}) falls back to the project's {@link CorpusLocator}. Either way a
 * missing corpus stops the benchmark at once with a message that says how to get it.
 */
final class BenchCorpora {
    private BenchCorpora() {
    }

    /** The readable file of corpus {@code id}. */
    static Path resolve(String id) {
        String given = System.getProperty(RunExecutor.CORPUS_PROPERTY_PREFIX + id);
        if (given != null) {
            Path p = Path.of(given);
            if (!Files.isReadable(p)) {
                throw new IllegalStateException("corpus '" + id + "': " + p + " (from -D" + RunExecutor.CORPUS_PROPERTY_PREFIX + id
                        + ") is missing or unreadable");
            }
            return p;
        }
        String dir = System.getProperty("mmapbench.projectDir");
        Path projectDir = Path.of(dir == null || dir.isBlank() ? "." : dir);
        try {
            return CorpusLocator.standard(projectDir).resolve(id);
        } catch (UserInputException e) {
            throw new IllegalStateException(e.getMessage() + ". Prepare it with 'mmapbench datasets --prepare " + id
                    + "', or pass -D" + RunExecutor.CORPUS_PROPERTY_PREFIX + id + "=PATH (project folder: "
                    + projectDir.toAbsolutePath().normalize() + ", set with -Dmmapbench.projectDir)", e);
        }
    }
}
