package io.kumo.engine;

import io.kumo.common.Observable;

/** What the engine is doing right now, for the status bar, the tray and the CLI. */
public final class EngineStatus {

    private final Observable<EngineState> state = new Observable<>(EngineState.STARTING);
    private final Observable<Integer> runningRuns = new Observable<>(0);

    public Observable<EngineState> state() {
        return state;
    }

    public Observable<Integer> runningRuns() {
        return runningRuns;
    }
}
