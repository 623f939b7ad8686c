package io.kumo.supervisor;

import java.io.IOException;

/** Starts run processes; the engine gets one injected so tests and platforms can differ. */
@FunctionalInterface
public interface ProcessLauncher {

    /**
     * Starts the process with its output captured to {@code spec.logFile()}.
     *
     * @throws IOException when the program cannot be started (missing interpreter, bad working directory...)
     */
    SupervisedProcess launch(LaunchSpec spec) throws IOException;
}
