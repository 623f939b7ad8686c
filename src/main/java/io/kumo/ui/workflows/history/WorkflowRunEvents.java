package io.kumo.ui.workflows.history;

import io.kumo.ui.common.UiThread;
import io.kumo.workflow.service.WorkflowListener;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Workflow run changes, batched for the FX thread: the latest record per run waits and the waiting ones reach
 * {@code onBatch} at most once every {@value #BATCH_MILLIS} ms, however fast the steps change. Listening while a view
 * is shown, released when it is hidden (as {@link io.kumo.ui.runs.RunEvents} does for task runs).
 */
final class WorkflowRunEvents {

    static final int BATCH_MILLIS = 250;

    private final WorkflowRuns source;
    private final Consumer<List<WorkflowRunRecord>> onBatch;
    private final Map<Long, WorkflowRunRecord> pending = new LinkedHashMap<>();
    private final WorkflowListener listener = this::offer;
    private boolean scheduled;
    private boolean active;

    WorkflowRunEvents(WorkflowRuns source, Consumer<List<WorkflowRunRecord>> onBatch) {
        this.source = source;
        this.onBatch = onBatch;
    }

    void start() {
        if (!active) {
            active = true;
            source.addListener(listener);
        }
    }

    void stop() {
        if (active) {
            active = false;
            source.removeListener(listener);
            synchronized (pending) {
                pending.clear();
            }
        }
    }

    private void offer(WorkflowRunRecord run) {
        boolean schedule;
        synchronized (pending) {
            pending.put(run.id(), run);
            schedule = !scheduled;
            scheduled = true;
        }
        if (schedule) {
            UiThread.run(() -> {
                PauseTransition delay = new PauseTransition(Duration.millis(BATCH_MILLIS));
                delay.setOnFinished(event -> deliver());
                delay.play();
            });
        }
    }

    private void deliver() {
        List<WorkflowRunRecord> batch;
        synchronized (pending) {
            batch = new ArrayList<>(pending.values());
            pending.clear();
            scheduled = false;
        }
        if (active && !batch.isEmpty()) {
            onBatch.accept(batch);
        }
    }
}
