package io.kumo.workflow;

import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.OverlapPolicy;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workflow as its file describes it: a named DAG of steps with an optional schedule, parameters (defaults, overridden
 * per run) and environment variables for every step, handlers, and limits. Immutable; {@code WorkflowYaml} reads and
 * writes it, {@code WorkflowValidator} says whether it may be stored.
 *
 * @param schedule        null: runs only when asked
 * @param params          parameter defaults in file order; a run's {@code --param K=V} overrides them; every step sees
 *                        them as environment variables
 * @param env             environment variables for every step, in file order (a step's own win)
 * @param handlers        steps run after the workflow's steps end: on success, on failure, on cancel, and always (exit)
 * @param maxActiveSteps  at most this many steps at once (0: no limit of its own; Kumo's global limit still applies)
 * @param timeoutSeconds  the whole run's limit (null: none); its steps are stopped when it passes
 */
public record WorkflowDefinition(String name, String description, WorkflowSchedule schedule, Map<String, String> params,
                                 Map<String, String> env, List<StepDefinition> steps, Handlers handlers, int maxActiveSteps,
                                 OverlapPolicy overlap, MisfirePolicy misfire, Long timeoutSeconds) {

    public WorkflowDefinition {
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
        env = env == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(env));
        steps = steps == null ? List.of() : List.copyOf(steps);
        handlers = handlers == null ? Handlers.NONE : handlers;
        overlap = overlap == null ? OverlapPolicy.SKIP : overlap;
        misfire = misfire == null ? MisfirePolicy.ONCE : misfire;
    }

    public Optional<StepDefinition> step(String stepName) {
        return steps.stream().filter(step -> step.name().equals(stepName)).findFirst();
    }

    /** The steps and the handlers that are set, handlers last (success, failure, cancel, exit). */
    public List<StepDefinition> allSteps() {
        List<StepDefinition> all = new java.util.ArrayList<>(steps);
        all.addAll(handlers.present().values());
        return all;
    }

    /** A copy with other steps (the editor changes one step at a time). */
    public WorkflowDefinition withSteps(List<StepDefinition> newSteps) {
        return new WorkflowDefinition(name, description, schedule, params, env, newSteps, handlers, maxActiveSteps, overlap,
                misfire, timeoutSeconds);
    }

    public WorkflowDefinition withName(String newName) {
        return new WorkflowDefinition(newName, description, schedule, params, env, steps, handlers, maxActiveSteps, overlap,
                misfire, timeoutSeconds);
    }
}
