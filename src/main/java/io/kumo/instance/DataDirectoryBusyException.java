package io.kumo.instance;

import java.nio.file.Path;
import java.time.Duration;

/** Another kumo command kept the data directory longer than a waiter was willing to wait. */
public final class DataDirectoryBusyException extends RuntimeException {

    public DataDirectoryBusyException(Path dataDirectory, LockHolder holder, Duration waited) {
        super("another kumo " + (holder == null ? "process" : "command (pid " + holder.pid() + ")")
                + " has been using data directory " + dataDirectory + " for " + waited.toSeconds()
                + " s; try again when it has finished");
    }
}
