package io.kumo.engine;

import io.kumo.domain.Run;
import io.kumo.domain.Task;
import io.kumo.outputs.OutputSnapshot;
import io.kumo.supervisor.SupervisedProcess;
import java.util.concurrent.Future;

/** A run the dispatcher has started (or is starting), with why it may be ending early. */
final class ActiveRun {

    enum EndReason { NONE, STOPPED, TIMEOUT, SHUTDOWN, LEASE_LOST }

    final Run run;
    final Task task;
    /** Empty, or what the "started" log line adds (how long the run waited for its conditions). */
    final String note;
    final ResourceSeries series = new ResourceSeries();
    volatile SupervisedProcess process;
    volatile EndReason endReason = EndReason.NONE;
    volatile Future<?> timeout;
    /** OUTPUT_DIR as it was when the run was prepared (null: the run never got that far). */
    volatile OutputSnapshot outputsAtStart;
    /** Empty, or what the start line says of the project's checkout (its commit, a pull before the run). */
    volatile String checkoutNote = "";

    ActiveRun(Run run, Task task) {
        this(run, task, "");
    }

    ActiveRun(Run run, Task task, String note) {
        this.run = run;
        this.task = task;
        this.note = note;
    }

    long id() {
        return run.getId();
    }

    /** The first reason wins: a run stopped by the user and then hit by the timeout stays STOPPED. */
    synchronized boolean end(EndReason reason) {
        if (endReason != EndReason.NONE) {
            return false;
        }
        endReason = reason;
        return true;
    }
}
