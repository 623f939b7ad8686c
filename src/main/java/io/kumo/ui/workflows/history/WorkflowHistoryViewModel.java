package io.kumo.ui.workflows.history;

import io.kumo.domain.RunStatus;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.LatestBatcher;
import io.kumo.workflow.service.StepRunRecord;
import io.kumo.workflow.service.WorkflowListener;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The runs history of one workflow: its runs newest first (a page at a time, "load more"), the selected run with its
 * steps (handlers last) for the timeline and the steps table, stop and re-run from the failed steps with errors shown
 * inline, and a step's log opened by its run id. Kept current by the workflow run events, batched, while shown.
 */
public final class WorkflowHistoryViewModel {

    static final int PAGE = 50;
    static final int BATCH_MILLIS = 250;

    private final WorkflowRuns runs;
    private final BackgroundExecutor background;
    private final Clock clock;
    private final LongConsumer openLog;
    private final LatestBatcher<Long, WorkflowRunRecord> changes;
    private final WorkflowListener listener;
    private final ObservableList<WorkflowRunRow> rows = FXCollections.observableArrayList();
    private final ObservableList<StepRunRecord> steps = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<WorkflowRunRecord> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanBinding canStop;
    private final BooleanBinding canRerun;
    private List<WorkflowRunRecord> loaded = List.of();
    private String workflow;
    private int limit = PAGE;

    public WorkflowHistoryViewModel(WorkflowRuns runs, BackgroundExecutor background, Clock clock, LongConsumer openLog) {
        this.runs = runs;
        this.background = background;
        this.clock = clock;
        this.openLog = openLog;
        this.changes = new LatestBatcher<>(BATCH_MILLIS, batch -> applyChanges(List.copyOf(batch.values())));
        this.listener = run -> changes.offer(run.id(), run);
        this.now.set(clock.instant());
        this.canStop = Bindings.createBooleanBinding(() -> selected.get() != null && isActive(selected.get().status()), selected);
        this.canRerun = Bindings.createBooleanBinding(() -> selected.get() != null && !isActive(selected.get().status())
                && selected.get().steps().stream().anyMatch(step -> step.status().isFailure()), selected);
    }

    private static boolean isActive(RunStatus status) {
        return status == RunStatus.RUNNING || status == RunStatus.QUEUED;
    }

    /** The pane shows the history: follow the run events and read the runs again. */
    public void activate() {
        changes.open();
        runs.addListener(listener);
        reload();
    }

    public void deactivate() {
        runs.removeListener(listener);
        changes.close();
    }

    /** Shows the runs of another workflow (null: none), from its newest page. */
    public void show(String workflowName) {
        if (Objects.equals(workflowName, workflow)) {
            return;
        }
        workflow = workflowName;
        limit = PAGE;
        loaded = List.of();
        rows.clear();
        select(null);
        reload();
    }

    public void loadMore() {
        limit += PAGE;
        reload();
    }

    public void reload() {
        load(null);
    }

    /** Reads the runs again, then selects {@code runId} when given (a re-run's new run). */
    private void load(Long runId) {
        String name = workflow;
        if (name == null) {
            more.set(false);
            return;
        }
        int asked = limit;
        background.run(() -> runs.runs(name, asked), found -> {
            if (name.equals(workflow)) {
                loaded = List.copyOf(found);
                more.set(found.size() >= asked);
                loaded.stream().filter(run -> runId != null && run.id() == runId).findFirst().ifPresent(this::showRun);
                refreshRows();
            }
        }, error -> message.set("Could not read the runs of " + name + ": " + error.getMessage()));
    }

    /** Run changes heard from the engine: runs of this workflow are updated in place or added on top. */
    public void applyChanges(List<WorkflowRunRecord> changed) {
        List<WorkflowRunRecord> mine = changed.stream().filter(run -> run.workflowName().equals(workflow)).toList();
        if (mine.isEmpty()) {
            return;
        }
        Map<Long, WorkflowRunRecord> byId = new LinkedHashMap<>();
        loaded.forEach(run -> byId.put(run.id(), run));
        mine.forEach(run -> byId.put(run.id(), run));
        loaded = byId.values().stream().sorted(Comparator.comparingLong(WorkflowRunRecord::id).reversed()).toList();
        refreshRows();
    }

    private void refreshRows() {
        rows.setAll(loaded.stream().map(WorkflowRunRow::of).toList());
        WorkflowRunRecord current = selected.get();
        if (current != null) {
            loaded.stream().filter(run -> run.id() == current.id()).findFirst().ifPresent(this::showRun);
        } else if (!loaded.isEmpty()) {
            showRun(loaded.getFirst());
        }
    }

    /** Selects a run of the table (null: none). */
    public void select(WorkflowRunRow row) {
        if (row == null || selected.get() == null || selected.get().id() != row.id()) {
            message.set("");
        }
        if (row == null) {
            showRun(null);
            return;
        }
        loaded.stream().filter(run -> run.id() == row.id()).findFirst().ifPresent(this::showRun);
    }

    private void showRun(WorkflowRunRecord run) {
        if (run != null && run.equals(selected.get())) {
            return;
        }
        selected.set(run);
        tick();
        steps.setAll(run == null ? List.of()
                : run.steps().stream().sorted(Comparator.comparing(step -> step.handler() != null)).toList());
    }

    /** The clock read again: a running step's bar and a running run's duration grow. */
    public void tick() {
        now.set(clock.instant());
    }

    public void stop() {
        WorkflowRunRecord run = selected.get();
        if (run == null) {
            return;
        }
        background.run(() -> runs.stop(run.id()), stopped -> {
            message.set(stopped ? "Stopping run #" + run.id() + "…" : "Run #" + run.id() + " is not running any more.");
            reload();
        }, error -> message.set("Could not stop run #" + run.id() + ": " + reason(error)));
    }

    public void rerunFromFailed() {
        WorkflowRunRecord run = selected.get();
        if (run == null) {
            return;
        }
        background.run(() -> runs.rerunFromFailed(run.id()), newId -> {
            message.set("Run #" + newId + " re-runs the failed steps of run #" + run.id() + ".");
            load(newId);
        }, error -> message.set("Could not re-run run #" + run.id() + ": " + reason(error)));
    }

    private static String reason(Throwable error) {
        return error.getMessage() != null ? error.getMessage() : error.toString();
    }

    /** Opens the log of a step's latest attempt; false when it never ran. */
    public boolean openLog(StepRunRecord step) {
        if (step == null || step.runId() == null) {
            if (step != null) {
                message.set(step.name() + " never ran: it has no log.");
            }
            return false;
        }
        openLog.accept(step.runId());
        return true;
    }

    public ObservableList<WorkflowRunRow> rows() { return rows; }
    public ObservableList<StepRunRecord> steps() { return steps; }
    public ReadOnlyObjectProperty<WorkflowRunRecord> selectedProperty() { return selected.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Instant> nowProperty() { return now.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty moreProperty() { return more.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public BooleanBinding canStopProperty() { return canStop; }
    public BooleanBinding canRerunProperty() { return canRerun; }
    public String workflow() { return workflow; }
}
