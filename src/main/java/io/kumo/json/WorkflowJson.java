package io.kumo.json;

import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.service.StepRunRecord;
import io.kumo.workflow.service.StoredWorkflow;
import io.kumo.workflow.service.WorkflowRunRecord;
import io.kumo.workflow.service.WorkflowSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Workflows and their runs as {@code kumo workflow list|runs --json} and the REST API write them. */
public final class WorkflowJson {

    private WorkflowJson() {
    }

    /** One line of {@code kumo workflow list --json}. */
    public static Map<String, Object> summary(WorkflowSummary workflow) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", workflow.id());
        json.put("name", workflow.name());
        json.put("description", workflow.description());
        json.put("schedule", workflow.schedule());
        json.put("enabled", workflow.enabled());
        json.put("steps", workflow.steps());
        json.put("last_status", workflow.lastStatus() == null ? null : workflow.lastStatus().name());
        json.put("last_run_at", Json.instant(workflow.lastRunAt()));
        json.put("next_run_at", Json.instant(workflow.nextRunAt()));
        return json;
    }

    /**
     * A workflow in full: its list line with the steps' count replaced by the steps themselves (handlers last, with
     * the event they run on), and its parameters' defaults. Never the file: a step's variables may hold secrets.
     */
    public static Map<String, Object> detail(WorkflowSummary summary, StoredWorkflow workflow) {
        Map<String, Object> json = summary(summary);
        json.put("params", workflow.definition().params());
        json.put("max_active_steps", workflow.definition().maxActiveSteps());
        List<Map<String, Object>> steps = new java.util.ArrayList<>();
        workflow.definition().steps().forEach(step -> steps.add(step(step, null)));
        workflow.definition().handlers().present().forEach((on, step) -> steps.add(step(step, on)));
        json.put("steps", steps);
        return json;
    }

    /** One run of {@code kumo workflow runs --json}: id, status, started_at, ended_at, steps[...]. */
    public static Map<String, Object> run(WorkflowRunRecord run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", run.id());
        json.put("status", run.status().name());
        json.put("started_at", Json.instant(run.startedAt()));
        json.put("ended_at", Json.instant(run.endedAt()));
        json.put("steps", run.steps().stream().map(WorkflowJson::stepRun).toList());
        return json;
    }

    private static Map<String, Object> stepRun(StepRunRecord step) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", step.name());
        json.put("status", step.status().name());
        json.put("started_at", Json.instant(step.startedAt()));
        json.put("ended_at", Json.instant(step.endedAt()));
        json.put("exit_code", step.exitCode());
        json.put("run_id", step.runId());
        return json;
    }

    private static Map<String, Object> step(StepDefinition step, String handlerOn) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", step.name());
        json.put("task", step.task());
        json.put("command", step.command());
        json.put("depends", step.depends());
        json.put("run_if", step.runIf().text());
        json.put("retries", step.retry().limit());
        json.put("continue_on_failure", step.continueOnFailure());
        json.put("handler_on", handlerOn);
        return json;
    }
}
