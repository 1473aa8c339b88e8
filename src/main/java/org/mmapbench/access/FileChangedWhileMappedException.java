package org.mmapbench.access;

import java.nio.file.Path;
import org.mmapbench.util.MappedFaults;
import org.mmapbench.util.UserInputException;

/**
 * A mapped file changed under a reader: it was truncated (or replaced) while mapped, so touching a page
 * past its new end faulted. The answer read from it cannot be trusted; this is bad input, not a bug.
 *
 * <p>NOTE: on Linux the access raises SIGBUS, which HotSpot turns into an {@link InternalError}
 * ({@link MappedFaults}).
 */
public final class FileChangedWhileMappedException extends UserInputException {
    private static final long serialVersionUID = 1L;
    /** The words every message of this exception contains (forks' failures are recognised by them). */
    public static final String PHRASE = MappedFaults.PHRASE;

    /** The exception for {@code file}, keeping the JVM's error as the cause. */
    public FileChangedWhileMappedException(Path file, Throwable cause) {
        super(MappedFaults.message(file), cause);
    }

    /** Whether {@code e} is the JVM's report of a fault while accessing mapped memory. */
    public static boolean isMappedFault(InternalError e) {
        return MappedFaults.isMappedFault(e);
    }
}
