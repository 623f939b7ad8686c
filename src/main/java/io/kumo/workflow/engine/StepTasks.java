package io.kumo.workflow.engine;

import io.kumo.common.ValidationException;
import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.Task;
import io.kumo.service.TaskCopy;
import io.kumo.service.TaskVariables;
import io.kumo.workflow.StepDefinition;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The in-memory task an attempt of a step runs: its command through the shell (as Dagu runs commands), or a copy of
 * the task it names; its id is minus the step row's. Its variables, later ones winning: the workflow's {@code env},
 * the run's parameters, the outputs of the steps that succeeded so far, the named task's own, the step's {@code env},
 * and Kumo's ({@code KUMO_OUTPUT}, {@code KUMO_WORKFLOW}, {@code KUMO_WORKFLOW_RUN_ID}, {@code KUMO_STEP}). Overlap
 * ALLOW and no retries of its own: the workflow engine retries steps by their {@code retryPolicy}.
 */
final class StepTasks {

    private final StepLookups lookups;

    StepTasks(StepLookups lookups) {
        this.lookups = lookups;
    }

    /** @throws ValidationException a project, environment or task it names does not exist */
    Task build(WorkflowRunState run, StepState state, Path outputFile) {
        StepDefinition step = run.definitionOf(state.name);
        Task task = step.runsTask() ? copyOf(step.task()) : new Task(step.name(), step.command());
        if (!step.runsTask()) {
            task.setUseShell(true);
        }
        task.setId(-state.rowId);
        task.setName(run.definition.name() + " - " + step.name());
        if (step.project() != null) {
            task.setProjectId(lookups.projectId(step.project())
                    .orElseThrow(() -> new ValidationException("no project named " + step.project())));
        }
        if (step.environment() != null) {
            task.setEnvironmentId(lookups.environmentId(step.environment())
                    .orElseThrow(() -> new ValidationException("no Python environment named " + step.environment())));
        }
        if (step.dir() != null) {
            task.setWorkDir(step.dir());
        }
        if (step.timeoutSeconds() != null) {
            task.setTimeoutSeconds(step.timeoutSeconds());
        }
        task.setOverlapPolicy(OverlapPolicy.ALLOW);
        task.setRetries(0);
        task.setEnvironmentVariables(TaskVariables.encode(variables(run, state, step, task, outputFile)));
        return task;
    }

    private Task copyOf(String name) {
        return TaskCopy.of(lookups.task(name).orElseThrow(() -> new ValidationException("no task named " + name)));
    }

    private static Map<String, String> variables(WorkflowRunState run, StepState state, StepDefinition step, Task task,
                                                 Path outputFile) {
        Map<String, String> env = new LinkedHashMap<>(run.definition.env());
        env.putAll(run.params);
        env.putAll(run.outputsSoFar());
        if (step.runsTask()) {
            env.putAll(TaskVariables.decodeMap(task.getEnvironmentVariables()));
        }
        env.putAll(step.env());
        env.put("KUMO_OUTPUT", outputFile.toString());
        env.put("KUMO_WORKFLOW", run.definition.name());
        env.put("KUMO_WORKFLOW_RUN_ID", Long.toString(run.id));
        env.put("KUMO_STEP", state.name);
        return env;
    }
}
