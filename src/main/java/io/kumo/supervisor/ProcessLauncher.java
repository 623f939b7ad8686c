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
        /** Spawns the process and starts supervising it (draining its output, waiting for its exit). */
        SupervisedProcess start() throws IOException;

        /**
         * Spawns the process only; its supervision begins with {@link Spawned#supervise()}. For many processes due at
         * one instant: spawned one after the other with nothing in between, then supervised, so that the threads
         * that drain and wait do not wake (and take the core) between two spawns. Until then the process may fill
         * its pipes' buffers and then waits; its exit is reaped once supervised.
         */
        default Spawned spawn() throws IOException {
            SupervisedProcess process = start();
            return () -> process;
        }

        /** Releases what {@code prepare} opened when the run will not start after all. */
        void cancel();
    }

    /** A spawned process not yet supervised. */
    interface Spawned {
        /** Starts draining its output and waiting for its exit; call once. */
        SupervisedProcess supervise();
    }
}
