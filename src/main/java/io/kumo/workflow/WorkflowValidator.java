package io.kumo.workflow;

import io.kumo.common.NameRule;
import io.kumo.common.ValidationException;
import io.kumo.schedule.Triggers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules a workflow must follow to be stored: a valid name, at least one step, unique step names, known
 * dependencies, no cycle, valid conditions, retries, timeouts and schedule.
 */
public final class WorkflowValidator {

    /** Like a task's name. */
    public static final int NAME_MAX = 100;
    public static final int STEP_NAME_MAX = 100;
    public static final int RETRY_LIMIT_MAX = 100;

    /** One problem; {@code step} is null when it is the workflow's own. */
    public record Problem(String step, String message) {
        @Override
        public String toString() {
            return step == null ? message : "step " + step + ": " + message;
        }
    }

    /**
     * A problem and where it sits: {@code stepIndex} in {@link WorkflowDefinition#allSteps()} (-1: the workflow's own)
     * and the file key it is about ({@code depends}, {@code retryPolicy}, {@code schedule}...), so a file reader can
     * name the line.
     */
    record Located(int stepIndex, String key, Problem problem) {
    }

    private WorkflowValidator() {
    }

    /** Every problem, for the editor to show as the user edits; empty when it may be stored. */
    public static List<Problem> problems(WorkflowDefinition definition) {
        return located(definition).stream().map(Located::problem).toList();
    }

    /** @throws WorkflowFileException the first problem */
    public static void validate(WorkflowDefinition definition) {
        List<Problem> problems = problems(definition);
        if (!problems.isEmpty()) {
            throw new WorkflowFileException(problems.getFirst().toString());
        }
    }

    static List<Located> located(WorkflowDefinition definition) {
        List<Located> found = new ArrayList<>();
        checkWorkflow(definition, found);
        List<StepDefinition> all = definition.allSteps();
        int plainSteps = definition.steps().size();
        Set<String> stepNames = new HashSet<>();
        definition.steps().forEach(step -> stepNames.add(step.name()));
        Set<String> handlerNames = new HashSet<>();
        definition.handlers().present().values().forEach(handler -> handlerNames.add(handler.name()));
        Set<String> seen = new HashSet<>();
        WorkflowGraph graph = WorkflowGraph.of(definition);
        for (int i = 0; i < all.size(); i++) {
            StepDefinition step = all.get(i);
            StepChecks checks = new StepChecks(i, step, found);
            checks.name(seen);
            checks.work();
            checks.limits();
            if (step.runIf() instanceof RunCondition.Expression expression) {
                checks.condition(expression, i < plainSteps ? graph.ancestors(step.name()) : stepNames, stepNames);
            }
            if (i < plainSteps) {
                checks.dependencies(stepNames, handlerNames);
            } else if (!step.depends().isEmpty()) {
                checks.add("depends", "a handler runs after the steps; it may not have depends");
            }
        }
        graph.cycle().ifPresent(cycle -> {
            List<String> shown = new ArrayList<>(cycle);
            shown.add(cycle.getFirst());
            int index = indexOf(definition.steps(), cycle.getFirst());
            found.add(new Located(index, "depends", new Problem(null, "the steps " + String.join(" -> ", shown) + " form a cycle")));
        });
        return found;
    }

    private static int indexOf(List<StepDefinition> steps, String name) {
        for (int i = 0; i < steps.size(); i++) {
            if (name.equals(steps.get(i).name())) {
                return i;
            }
        }
        return -1;
    }

    private static void checkWorkflow(WorkflowDefinition definition, List<Located> found) {
        try {
            NameRule.check(definition.name(), NAME_MAX);
        } catch (ValidationException e) {
            found.add(workflowProblem("name", e.getMessage()));
        }
        if (definition.steps().isEmpty()) {
            found.add(workflowProblem("steps", "steps: a workflow needs at least one step"));
        }
        if (definition.maxActiveSteps() < 0) {
            found.add(workflowProblem("maxActiveSteps", "maxActiveSteps: must be 0 (no limit) or more, not " + definition.maxActiveSteps()));
        }
        if (definition.timeoutSeconds() != null && definition.timeoutSeconds() <= 0) {
            found.add(workflowProblem("timeout", "timeout: must be more than 0 seconds"));
        }
        variables("params", definition.params(), -1, null, found);
        variables("env", definition.env(), -1, null, found);
        if (definition.schedule() != null) {
            try {
                checkSchedule(definition.schedule());
            } catch (ValidationException e) {
                found.add(workflowProblem(e.getMessage().startsWith("zone:") ? "zone" : "schedule", e.getMessage()));
            }
        }
    }

    private static void checkSchedule(WorkflowSchedule schedule) {
        if (schedule.timeZone() != null) {
            Triggers.zone(schedule.timeZone());
        }
        if (schedule.type() == null) {
            throw new ValidationException("schedule: has no type");
        }
        switch (schedule.type()) {
            case CRON -> Triggers.cron(schedule.cron());
            case INTERVAL -> {
                if (schedule.intervalSeconds() == null || schedule.intervalSeconds() <= 0) {
                    throw new ValidationException("every: must be more than 0 seconds");
                }
            }
            case ONCE -> {
                if (schedule.runAt() == null) {
                    throw new ValidationException("at: needs a date and time");
                }
            }
            case MANUAL -> {
            }
        }
    }

    private static Located workflowProblem(String key, String message) {
        return new Located(-1, key, new Problem(null, message));
    }

    /** Environment variable names: not empty, no '=', no NUL or line break. */
    private static void variables(String key, Map<String, String> variables, int stepIndex, String step, List<Located> found) {
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            String name = variable.getKey();
            if (name == null || name.isBlank() || name.contains("=") || name.codePoints().anyMatch(NameRule::isControl)) {
                found.add(new Located(stepIndex, key, new Problem(step, key + ": '" + (name == null ? "" : NameRule.escaped(name))
                        + "' is not a variable name")));
            } else if (variable.getValue() == null || variable.getValue().indexOf('\0') >= 0) {
                found.add(new Located(stepIndex, key, new Problem(step, key + ": " + name + " has no value")));
            }
        }
    }

    /** The checks of one step (or handler), collecting into {@code found}. */
    private record StepChecks(int index, StepDefinition step, List<Located> found) {

        void add(String key, String message) {
            found.add(new Located(index, key, new Problem(shownName(), message)));
        }

        private String shownName() {
            return step.name() == null || step.name().isBlank() ? "#" + (index + 1) : step.name();
        }

        void name(Set<String> seen) {
            String name = step.name();
            if (name == null || name.isBlank()) {
                add("name", "name: every step needs a name");
            } else if (name.length() > STEP_NAME_MAX) {
                add("name", "name: at most " + STEP_NAME_MAX + " characters");
            } else if (name.codePoints().anyMatch(NameRule::isControl)) {
                add("name", "name: '" + NameRule.escaped(name) + "' has a line break or control character");
            } else if (!name.equals(name.strip())) {
                add("name", "name: '" + name + "' starts or ends with a space");
            } else if (!seen.add(name)) {
                add("name", "name: '" + name + "' is used by another step; step names must be unique");
            }
        }

        void work() {
            boolean command = step.command() != null && !step.command().isBlank();
            boolean task = step.task() != null && !step.task().isBlank();
            if (command && task) {
                add("task", "has both a command and a task; give one");
            } else if (!command && !task) {
                add("command", "needs a command or a task to run");
            }
            for (Precondition precondition : step.preconditions()) {
                if (precondition.condition() == null || precondition.condition().isBlank()) {
                    add("preconditions", "preconditions: a precondition needs a condition");
                }
                regularExpression(precondition.expected());
            }
            variables("env", step.env(), index, shownName(), found);
        }

        /** An {@code expected: "re:..."} compiles (checked here, not first when the step is about to start). */
        private void regularExpression(String expected) {
            if (expected == null || !expected.startsWith("re:")) {
                return;
            }
            try {
                java.util.regex.Pattern.compile(expected.substring(3));
            } catch (java.util.regex.PatternSyntaxException e) {
                add("preconditions", "preconditions: expected '" + expected + "' is not a valid regular expression: "
                        + e.getDescription());
            }
        }

        void limits() {
            RetryPolicy retry = step.retry();
            if (retry.limit() < 0 || retry.limit() > RETRY_LIMIT_MAX) {
                add("retryPolicy", "retryPolicy: limit must be 0 to " + RETRY_LIMIT_MAX + ", not " + retry.limit());
            }
            if (retry.intervalSeconds() < 0) {
                add("retryPolicy", "retryPolicy: intervalSec must be 0 or more, not " + retry.intervalSeconds());
            }
            if (step.timeoutSeconds() != null && step.timeoutSeconds() <= 0) {
                add("timeout", "timeout: must be more than 0 seconds");
            }
        }

        /** The expression parses and reads only steps of the workflow that end before this one ({@code earlier}). */
        void condition(RunCondition.Expression expression, Set<String> earlier, Set<String> stepNames) {
            List<String> read;
            try {
                read = ConditionParser.stepsRead(ConditionParser.parse(expression.text(), "runIf"));
            } catch (WorkflowFileException e) {
                add("runIf", e.getMessage());
                return;
            }
            for (String name : new LinkedHashSet<>(read)) {
                if (name.equals(step.name())) {
                    add("runIf", "runIf reads step '" + name + "', which is this step itself");
                } else if (!stepNames.contains(name)) {
                    add("runIf", "runIf reads step '" + name + "', which is not a step of this workflow");
                } else if (!earlier.contains(name)) {
                    add("runIf", "runIf reads step '" + name + "', which does not end before this step; add it to depends "
                            + "(directly or through a step it depends on)");
                }
            }
        }

        void dependencies(Set<String> stepNames, Set<String> handlerNames) {
            Set<String> listed = new HashSet<>();
            for (String dependency : step.depends()) {
                if (dependency.equals(step.name())) {
                    add("depends", "depends on itself");
                } else if (handlerNames.contains(dependency) && !stepNames.contains(dependency)) {
                    add("depends", "depends on '" + dependency + "', which is a handler, not a step");
                } else if (!stepNames.contains(dependency)) {
                    add("depends", "depends on '" + dependency + "', which is not a step of this workflow");
                } else if (!listed.add(dependency)) {
                    add("depends", "depends on '" + dependency + "' twice");
                }
            }
        }
    }
}
