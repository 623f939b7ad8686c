package io.kumo.workflow.engine;

import io.kumo.domain.RunStatus;
import io.kumo.domain.TriggerKind;
import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.WorkflowDefinition;
import io.kumo.workflow.WorkflowGraph;
import io.kumo.workflow.service.WorkflowRunRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;

/** One workflow run the engine is carrying out: its definition, parameters and every step's state. */
final class WorkflowRunState {

    /** Set once its row is inserted. */
    long id;
    final long workflowId;
    final WorkflowDefinition definition;
    final String yaml;
    final Map<String, String> params;
    final TriggerKind trigger;
    final Instant scheduledFor;
    final Long rerunOf;
    /** The webhook request's body every step reads through KUMO_PAYLOAD; null when no webhook started the run. */
    final String payloadPath;
    final Map<String, StepState> steps = new LinkedHashMap<>();
    final List<String> order;
    RunStatus status = RunStatus.RUNNING;
    Instant startedAt;
    Instant endedAt;
    String error;
    /** Why the run ends early: null while it goes on; STOPPED, TIMEOUT or INTERRUPTED once asked. */
    RunStatus endingAs;
    /** What the steps came to, fixed when the last of them ended; the handlers run for it. */
    RunStatus outcome;
    Future<?> timeout;

    WorkflowRunState(long id, long workflowId, WorkflowDefinition definition, String yaml, Map<String, String> params,
                     TriggerKind trigger, Instant scheduledFor, Long rerunOf) {
        this(id, workflowId, definition, yaml, params, trigger, scheduledFor, rerunOf, null);
    }

    WorkflowRunState(long id, long workflowId, WorkflowDefinition definition, String yaml, Map<String, String> params,
                     TriggerKind trigger, Instant scheduledFor, Long rerunOf, String payloadPath) {
        this.id = id;
        this.payloadPath = payloadPath;
        this.workflowId = workflowId;
        this.definition = definition;
        this.yaml = yaml;
        this.params = params;
        this.trigger = trigger;
        this.scheduledFor = scheduledFor;
        this.rerunOf = rerunOf;
        this.order = WorkflowGraph.of(definition).topologicalOrder();
        int position = 0;
        for (StepDefinition step : definition.steps()) {
            steps.put(step.name(), new StepState(step.name(), null, position++));
        }
        for (var handler : definition.handlers().present().entrySet()) {
            steps.put(handler.getValue().name(), new StepState(handler.getValue().name(), handler.getKey(), position++));
        }
    }

    StepState step(String name) {
        return steps.get(name);
    }

    /** The definition of a step or handler by name. */
    StepDefinition definitionOf(String name) {
        return definition.allSteps().stream().filter(step -> step.name().equals(name)).findFirst().orElseThrow();
    }

    List<StepState> mainSteps() {
        return steps.values().stream().filter(step -> !step.isHandler()).toList();
    }

    List<StepState> handlers() {
        return steps.values().stream().filter(StepState::isHandler).toList();
    }

    Optional<StepState> handler(String key) {
        return handlers().stream().filter(step -> step.handler.equals(key)).findFirst();
    }

    long activeMainSteps() {
        return mainSteps().stream().filter(StepState::isActive).count();
    }

    boolean anyActive() {
        return steps.values().stream().anyMatch(StepState::isActive);
    }

    boolean mainStepsEnded() {
        return mainSteps().stream().allMatch(step -> step.status.isTerminal());
    }

    /**
     * The outputs passed to a step: every succeeded step's, in dependency order (a later step's value of a key wins),
     * handlers last.
     */
    Map<String, String> outputsSoFar() {
        Map<String, String> outputs = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(order);
        handlers().forEach(handler -> names.add(handler.name));
        for (String name : names) {
            outputs.putAll(steps.get(name).outputs);
        }
        return outputs;
    }

    boolean isOver() {
        return status.isTerminal();
    }

    WorkflowRunRecord record() {
        return new WorkflowRunRecord(id, workflowId, definition.name(), trigger, status, scheduledFor, startedAt, endedAt,
                params, yaml, rerunOf, error, steps.values().stream().map(StepState::record).toList());
    }
}
