package io.kumo.engine;

import io.kumo.domain.Run;

/** Told about every change of a run record (queued, started, ended...), on an engine thread: hand off quickly. */
@FunctionalInterface
public interface EngineListener {
    void runChanged(Run run);

    /** The engine recovered and scheduled its tasks ({@link Engine#prepare()} ended): runs may be launched from now. */
    default void engineStarted() {
    }

    /** The engine's timer thread started ({@link Engine#start()}; tests that tick by hand only {@code prepare}). */
    default void engineTimersStarted() {
    }

    /** All scheduling was paused or resumed ({@code SchedulingPause}); runs going on continue. */
    default void schedulingPaused(boolean paused) {
    }

    /** The engine is about to close: launch nothing more; its runs are stopped and recorded next. */
    default void engineClosing() {
    }
}
