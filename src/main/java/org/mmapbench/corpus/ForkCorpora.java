package org.mmapbench.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mmapbench.util.UserInputException;

/**
 * How a benchmark fork finds its corpora: {@code mmapbench run} resolves and verifies every corpus
 * before it starts JMH and hands the paths to the forks as system properties
 * ({@link #jvmArgs}); the fork reads them back ({@link #resolve}).
 *
 * <p>A fork started some other way ({@code mmapbench jmh ...}) has no such property and falls
 * back to {@link CorpusLocator#standard} in the project folder ({@value #PROJECT_DIR_PROPERTY},
 * default: the working directory). Either way a missing corpus stops the benchmark at once with a
 * message that says how to get it.
 */
public final class ForkCorpora {
    /** The system property prefix of a resolved corpus path: {@code mmapbench.corpus.<id>=PATH}. */
    public static final String PROPERTY_PREFIX = "mmapbench.corpus.";
    /** The system property naming the project folder. */
    public static final String PROJECT_DIR_PROPERTY = "mmapbench.projectDir";

    private ForkCorpora() {
    }

    /** The {@code -D} arguments that tell a fork the project folder and the resolved corpora. */
    public static List<String> jvmArgs(Path projectDir, Map<String, Path> corpora) {
        List<String> args = new ArrayList<>();
        args.add("-D" + PROJECT_DIR_PROPERTY + "=" + projectDir.toAbsolutePath().normalize());
        corpora.forEach((id, path) -> args.add("-D" + PROPERTY_PREFIX + id + "=" + path.toAbsolutePath()));
        return args;
    }

    /**
     * The readable file of corpus {@code id} inside a fork.
     *
     * @throws IllegalStateException saying how to get the corpus when it is missing
     */
    public static Path resolve(String id) {
        String given = System.getProperty(PROPERTY_PREFIX + id);
        if (given != null) {
            Path p = Path.of(given);
            if (!Files.isReadable(p)) {
                throw new IllegalStateException("corpus '" + id + "': " + p + " (from -D" + PROPERTY_PREFIX + id
                        + ") is missing or unreadable");
            }
            return p;
        }
        String dir = System.getProperty(PROJECT_DIR_PROPERTY);
        Path projectDir = Path.of(dir == null || dir.isBlank() ? "." : dir);
        try {
            return CorpusLocator.standard(projectDir).resolve(id);
        } catch (UserInputException e) {
            throw new IllegalStateException(e.getMessage() + ". Prepare it with 'mmapbench datasets --prepare " + id
                    + "', or pass -D" + PROPERTY_PREFIX + id + "=PATH (project folder: "
                    + projectDir.toAbsolutePath().normalize() + ", set with -D" + PROJECT_DIR_PROPERTY + ")", e);
        }
    }
}
