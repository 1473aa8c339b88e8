package org.mmapbench.ipc;

import java.io.IOException;

/**
 * A message exchange that went wrong: a message lost, torn, duplicated or out of order, a peer that
 * died or stopped answering. The message names the transport and what was seen.
 */
public class IpcException extends IOException {
    private static final long serialVersionUID = 1L;

    /** An exception with {@code message}. */
    public IpcException(String message) {
        super(message);
    }

    /** An exception with {@code message} caused by {@code cause}. */
    public IpcException(String message, Throwable cause) {
        super(message, cause);
    }
}
