package io.kumo.ui.workflows.editor;

import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.OverlapPolicy;
import io.kumo.workflow.Handlers;
import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.WorkflowDefinition;
import io.kumo.workflow.WorkflowSchedule;
import java.util.List;
import java.util.Map;

/** A workflow's own fields as the side form changes them, one at a time, over an immutable definition. */
public final class WorkflowDraft {

    String name;
    String description;
    WorkflowSchedule schedule;
    Map<String, String> params;
    Map<String, String> env;
    List<StepDefinition> steps;
    Handlers handlers;
    int maxActiveSteps;
    OverlapPolicy overlap;
    MisfirePolicy misfire;
    Long timeoutSeconds;

    private WorkflowDraft(WorkflowDefinition d) {
        name = d.name();
        description = d.description();
        schedule = d.schedule();
        params = d.params();
        env = d.env();
        steps = d.steps();
        handlers = d.handlers();
        maxActiveSteps = d.maxActiveSteps();
        overlap = d.overlap();
        misfire = d.misfire();
        timeoutSeconds = d.timeoutSeconds();
    }

    public static WorkflowDraft of(WorkflowDefinition definition) {
        return new WorkflowDraft(definition);
    }

    public WorkflowDraft description(String value) {
        description = value == null || value.isBlank() ? null : value;
        return this;
    }

    public WorkflowDraft schedule(WorkflowSchedule value) {
        schedule = value;
        return this;
    }

    public WorkflowDraft params(Map<String, String> value) {
        params = value;
        return this;
    }

    public WorkflowDraft env(Map<String, String> value) {
        env = value;
        return this;
    }

    public WorkflowDraft handlers(Handlers value) {
        handlers = value;
        return this;
    }

    public WorkflowDraft maxActiveSteps(int value) {
        maxActiveSteps = value;
        return this;
    }

    public WorkflowDraft overlap(OverlapPolicy value) {
        overlap = value;
        return this;
    }

    public WorkflowDraft misfire(MisfirePolicy value) {
        misfire = value;
        return this;
    }

    public WorkflowDefinition build() {
        return new WorkflowDefinition(name, description, schedule, params, env, steps, handlers, maxActiveSteps, overlap,
                misfire, timeoutSeconds);
    }
}
