package io.kumo.engine;

import io.kumo.domain.Run;

/** Told about every change of a run record (queued, started, ended...), on an engine thread: hand off quickly. */
@FunctionalInterface
public interface EngineListener {
    void runChanged(Run run);
}
