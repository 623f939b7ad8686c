package io.kumo.cli;

import io.kumo.app.KumoCore;
import io.kumo.app.TaskReads;
import io.kumo.engine.Engine;

/**
 * How a CLI command reaches Kumo: inside a running instance (through the local channel) it uses that instance's core
 * and engine; on its own it opens the data directory for the length of the command.
 */
public interface CoreAccess {

    KumoCore core();

    /**
     * What a command that only reads tasks needs: the instance's core, or on its own only the store and the services
     * over it (no engine, launcher or Python services to build for a listing).
     */
    default TaskReads reads() {
        return core();
    }

    /** The running engine, or a private one that only runs what the command asks (no schedule). */
    Engine engine();
}
