package io.kumo.ui.workflows.run;

import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.workflows.editor.StepPlacement;
import io.kumo.workflow.StepStatus;
import io.kumo.workflow.WorkflowDefinition;
import io.kumo.workflow.WorkflowYaml;
import io.kumo.workflow.service.StepRunRecord;
import io.kumo.workflow.service.WorkflowRunRecord;
import io.kumo.workflow.service.WorkflowService;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Run tab's state: which workflow it follows, the run it shows (the newest, or one chosen), that run's graph and
 * each step's status, updated from the batched run events; Run, Stop and Re-run from failed as commands.
 */
public final class WorkflowRunModel {

    private final WorkflowService workflows;
    private final BackgroundExecutor background;
    private final Consumer<Throwable> onError;
    private final StringProperty workflow = new SimpleStringProperty();
    private final ObjectProperty<WorkflowRunRecord> run = new SimpleObjectProperty<>();
    private final ObjectProperty<WorkflowDefinition> graph = new SimpleObjectProperty<>();
    private final ObjectProperty<Map<String, StepStatus>> statuses = new SimpleObjectProperty<>(Map.of());
    private final StringProperty message = new SimpleStringProperty("");
    private WorkflowDefinition current;

    public WorkflowRunModel(WorkflowService workflows, BackgroundExecutor background, Consumer<Throwable> onError) {
        this.workflows = workflows;
        this.background = background;
        this.onError = onError;
        run.addListener((obs, old, now) -> showRun(now));
    }

    /** Follows {@code name}'s runs; shows its newest, or {@code definition} with no status when it never ran. */
    public void follow(String name, WorkflowDefinition definition) {
        workflow.set(name);
        current = definition;
        run.set(null);
        graph.set(definition == null ? null : StepPlacement.placed(definition));
        statuses.set(Map.of());
        if (name == null) {
            return;
        }
        background.run(() -> workflows.runs(name, 1), runs -> {
            if (name.equals(workflow.get()) && !runs.isEmpty() && newer(runs.getFirst())) {
                run.set(runs.getFirst());
            }
        }, onError);
    }

    /** Shows one run (the History tab's choice). */
    public void show(WorkflowRunRecord chosen) {
        run.set(chosen);
    }

    /** A batch of run changes: the newest run of the followed workflow is shown. */
    public void runsChanged(Collection<WorkflowRunRecord> changed) {
        for (WorkflowRunRecord record : changed) {
            if (record.workflowName().equals(workflow.get()) && newer(record)) {
                run.set(record);
            }
        }
    }

    public void start() {
        String name = workflow.get();
        if (name == null) {
            return;
        }
        message.set("");
        background.run(() -> workflows.run(name, Map.of()), this::loadRun, this::refused);
    }

    public void stop() {
        WorkflowRunRecord shown = run.get();
        if (shown != null) {
            background.run(() -> workflows.stop(shown.id()), stopped -> { }, this::refused);
        }
    }

    public void rerunFromFailed() {
        WorkflowRunRecord shown = run.get();
        if (shown != null) {
            message.set("");
            background.run(() -> workflows.rerunFromFailed(shown.id()), this::loadRun, this::refused);
        }
    }

    public ReadOnlyObjectProperty<WorkflowRunRecord> runProperty() {
        return run;
    }

    /** The graph of the run shown: the file that run follows, else the workflow as saved. */
    public ReadOnlyObjectProperty<WorkflowDefinition> graphProperty() {
        return graph;
    }

    public ReadOnlyObjectProperty<Map<String, StepStatus>> statusesProperty() {
        return statuses;
    }

    /** Why Run, Stop or Re-run was refused, or empty. */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanBinding runningBinding() {
        return Bindings.createBooleanBinding(() -> run.get() != null && !run.get().status().isTerminal(), run);
    }

    public BooleanBinding rerunnableBinding() {
        return Bindings.createBooleanBinding(() -> run.get() != null && run.get().status().isTerminal()
                && run.get().steps().stream().anyMatch(step -> step.status().isFailure() || step.status() == StepStatus.WAITING), run);
    }

    /** The run record of a step's latest attempt in the run shown (its log), or null. */
    public Long stepRunId(String step) {
        WorkflowRunRecord shown = run.get();
        return shown == null ? null : shown.step(step).map(StepRunRecord::runId).orElse(null);
    }

    private void loadRun(long runId) {
        background.run(() -> workflows.findRun(runId), found -> found.filter(this::newer).ifPresent(run::set), onError);
    }

    private void refused(Throwable error) {
        message.set(error.getMessage() == null ? error.toString() : error.getMessage());
    }

    private boolean newer(WorkflowRunRecord record) {
        WorkflowRunRecord shown = run.get();
        return shown == null || record.id() >= shown.id();
    }

    private void showRun(WorkflowRunRecord shown) {
        if (shown == null) {
            statuses.set(Map.of());
            return;
        }
        WorkflowDefinition followed = current;
        try {
            followed = WorkflowYaml.parse(shown.yaml());
        } catch (RuntimeException e) {
            // a file an older Kumo wrote: the graph of the workflow as saved
        }
        WorkflowDefinition placed = followed == null ? null : StepPlacement.placed(followed);
        if (graph.get() == null || placed == null || !sameSteps(graph.get(), placed)) {
            graph.set(placed);
        }
        Map<String, StepStatus> byStep = new LinkedHashMap<>();
        shown.steps().forEach(step -> byStep.put(step.name(), step.status()));
        statuses.set(byStep);
    }

    private static boolean sameSteps(WorkflowDefinition a, WorkflowDefinition b) {
        return a.steps().equals(b.steps());
    }
}
