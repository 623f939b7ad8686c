package io.kumo.engine;

/** Whether the engine is taking fires. */
public enum EngineState {
    STARTING, RUNNING, PAUSED, STOPPING, STOPPED
}
