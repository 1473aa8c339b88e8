package org.mmapbench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * What a test needs beyond the JVM and small in-process inputs; each annotation tags a test class or
 * method {@value #INTEGRATION}, so it runs in the integration phase (maven-failsafe, part of
 * {@code mvn verify}) and not in the unit loop ({@code mvn test}).
 *
 * <p>The split is by need, not by duration: a test that runs in-process on small inputs stays a unit
 * test however long it takes. The second tag names the need, e.g. {@code mvn verify -Dit.groups=corpus}.
 */
public final class Needs {

    /** The tag every integration test carries; surefire excludes it and failsafe runs only it. */
    public static final String INTEGRATION = "integration";

    private Needs() {
    }

    /** Reads the Gutenberg texts in {@code ../shared/datasets/gutenberg/} beside the project. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Tag(INTEGRATION)
    @Tag("corpus")
    public @interface Corpus {
    }

    /** Calls Linux's page-cache system calls ({@code posix_fadvise}, {@code mincore}) through the Linker. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Tag(INTEGRATION)
    @Tag("page-cache")
    public @interface PageCache {
    }

    /** Starts headless Chromium (skipped by an assumption when no {@code chromium} is installed). */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Tag(INTEGRATION)
    @Tag("chromium")
    public @interface Chromium {
    }

    /** Starts JMH benchmark forks (separate JVMs). */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Tag(INTEGRATION)
    @Tag("jmh-forks")
    public @interface JmhForks {
    }

    /** Runs the {@code python3} on the PATH (skipped by an assumption when there is none). */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Tag(INTEGRATION)
    @Tag("python3")
    public @interface Python {
    }

    /** Starts child JVMs (the CLI in a sandbox, a signal, a size limit) or mounts a small tmpfs as root. */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Tag(INTEGRATION)
    @Tag("child-processes")
    public @interface ChildProcesses {
    }

    /** Writes and reads a file larger than 2 GiB (sparse, but every byte of it is scanned). */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Tag(INTEGRATION)
    @Tag("large-file")
    public @interface LargeFile {
    }
}
