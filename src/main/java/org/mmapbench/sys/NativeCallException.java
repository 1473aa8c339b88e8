package org.mmapbench.sys;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A C library call on a file that failed: names the file, the call and the error, e.g.
 * {@code /data/x: open(O_RDONLY) failed: No such file or directory (errno 2)}.
 */
public final class NativeCallException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int errno;

    NativeCallException(Path file, String call, int errno, String description) {
        super(file + ": " + call + " failed: " + description + " (errno " + errno + ")");
        this.errno = errno;
    }

    /** The C error number, e.g. 2 for {@code ENOENT}. */
    public int errno() {
        return errno;
    }
}
