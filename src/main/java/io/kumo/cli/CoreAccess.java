package io.kumo.cli;

import io.kumo.app.KumoCore;
import io.kumo.engine.Engine;

/**
 * How a CLI command reaches Kumo: inside a running instance (through the local channel) it uses that instance's core
 * and engine; on its own it opens the data directory for the length of the command.
 */
public interface CoreAccess {

    KumoCore core();

    /** The running engine, or a private one that only runs what the command asks (no schedule). */
    Engine engine();
}
