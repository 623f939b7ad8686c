package io.kumo.python;

import java.nio.file.Path;
import java.util.Optional;

/** A tool (pip, venv, conda) ended with an error; the message carries the tool's own error text. */
public final class ToolFailedException extends RuntimeException {

    private final transient Path logFile;

    public ToolFailedException(String message, Path logFile) {
        super(message);
        this.logFile = logFile;
    }

    /** Where the whole output of the failed operation was kept, when it was. */
    public Optional<Path> logFile() {
        return Optional.ofNullable(logFile);
    }
}
