package io.kumo.instance;

import java.nio.file.Path;

/** Another Kumo process holds the data directory. */
public final class AlreadyRunningException extends RuntimeException {

    public AlreadyRunningException(Path dataDirectory, String ownerPid) {
        super("Kumo is already running with data directory " + dataDirectory
                + (ownerPid == null ? "" : " (pid " + ownerPid + ")")
                + "; use that instance, or start with another --data-dir");
    }
}
