package io.kumo.ui.dashboard;

import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A run in progress as the running list shows it; its elapsed time is advanced every second by the view-model. */
public final class RunningItem {

    private final long runId;
    private final String taskName;
    private final Instant startedAt;
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper();

    RunningItem(long runId, String taskName, Instant startedAt, Instant now) {
        this.runId = runId;
        this.taskName = taskName;
        this.startedAt = startedAt;
        tick(now);
    }

    void tick(Instant now) {
        elapsed.set(DashboardFormat.elapsed(Duration.between(startedAt, now)));
    }

    public long runId() { return runId; }
    public String taskName() { return taskName; }
    public Instant startedAt() { return startedAt; }
    public ReadOnlyStringProperty elapsedProperty() { return elapsed.getReadOnlyProperty(); }
}
