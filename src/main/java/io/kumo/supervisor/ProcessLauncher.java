package io.kumo.supervisor;

import java.io.IOException;

/** Starts run processes; the engine gets one injected so tests and platforms can differ. */
public interface ProcessLauncher {

    /**
     * Does everything that can be done before the process starts (resolving the program, opening the log), so that
     * {@link PreparedLaunch#start()} at the scheduled instant only spawns.
     *
     * @throws IOException when the program cannot be started (missing interpreter, bad working directory...)
     */
    PreparedLaunch prepare(LaunchSpec spec) throws IOException;

    /** Prepares and starts at once, with the output captured to {@code spec.logFile()}. */
    default SupervisedProcess launch(LaunchSpec spec) throws IOException {
        return prepare(spec).start();
    }

    /** A launch ready to go. */
    interface PreparedLaunch {
        SupervisedProcess start() throws IOException;

        /** Releases what {@code prepare} opened when the run will not start after all. */
        void cancel();
    }
}
