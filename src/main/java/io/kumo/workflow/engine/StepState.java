package io.kumo.workflow.engine;

import io.kumo.workflow.StepStatus;
import io.kumo.workflow.service.StepRunRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Where one step (or handler) of a running workflow stands; changed only on the workflow engine's thread. */
final class StepState {

    final String name;
    final String handler;
    final int position;
    long rowId;
    StepStatus status = StepStatus.WAITING;
    Long runId;
    int attempts;
    Instant startedAt;
    Instant endedAt;
    Integer exitCode;
    Map<String, String> outputs = new LinkedHashMap<>();
    String note;
    /** A failed attempt whose retry waits for its interval (the step counts as running meanwhile). */
    java.util.concurrent.Future<?> retry;
    /** The instant of its latest attempt: the next one gets a later one (the run key is per step and instant). */
    Instant lastScheduled;

    StepState(String name, String handler, int position) {
        this.name = name;
        this.handler = handler;
        this.position = position;
    }

    boolean isHandler() {
        return handler != null;
    }

    /** Its attempt is going on or its retry waits. */
    boolean isActive() {
        return status == StepStatus.RUNNING;
    }

    void end(StepStatus ended, Instant at, String why) {
        status = ended;
        endedAt = at;
        note = why;
        retry = null;
    }

    StepRunRecord record() {
        return new StepRunRecord(name, handler, status, startedAt, endedAt, exitCode, runId, attempts, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs)), note);
    }
}
