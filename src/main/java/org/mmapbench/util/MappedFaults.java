package org.mmapbench.util;

import java.nio.file.Path;

/**
 * The words for a mapped file that changed under the process (truncated or replaced while mapped),
 * shared by every package that maps files: access strategies and the IPC ring.
 *
 * <p>NOTE: on Linux touching a page past the file's new end raises SIGBUS, which HotSpot turns into an
 * {@link InternalError} whose message mentions "unsafe memory access"; {@link #isMappedFault} recognises it.
 */
public final class MappedFaults {
    /** The words every such message contains (forks' failures are recognised by them). */
    public static final String PHRASE = "changed while it was mapped";

    private MappedFaults() {
    }

    /** The one line that names {@code file} and says it changed while mapped. */
    public static String message(Path file) {
        return file + ": the file " + PHRASE + " (truncated or replaced by another process); its answer cannot be trusted";
    }

    /** Whether {@code e} is the JVM's report of a fault while accessing mapped memory. */
    public static boolean isMappedFault(InternalError e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("fault occurred") && m.contains("memory access");
    }
}
