package io.kumo.workflow.engine;

import io.kumo.workflow.RunCondition;
import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.StepStatus;
import io.kumo.workflow.WorkflowCondition;
import java.util.List;
import java.util.Optional;

/**
 * Whether a step whose dependencies have all ended runs, by its condition (Airflow's trigger rules): empty when it
 * runs, else the note it is skipped with. {@code all_success} wants every dependency SUCCESS (a failure the dependency
 * continues on counts as one); a skipped dependency skips it too, so skipping flows down the graph as in Airflow. An
 * expression alone decides once the dependencies ended (it may well ask for a failure: {@code steps.a.exit_code == 3}).
 */
final class StepGate {

    /** Notes of steps skipped by their own condition start with this: a re-run from the failed steps keeps them. */
    static final String CONDITION_NOT_MET = "condition not met";

    private StepGate() {
    }

    static boolean dependenciesEnded(StepDefinition step, WorkflowRunState run) {
        return step.depends().stream().allMatch(name -> run.step(name).status.isTerminal());
    }

    static Optional<String> skipReason(StepDefinition step, WorkflowRunState run) {
        List<String> depends = step.depends();
        RunCondition condition = step.runIf();
        if (condition == RunCondition.ALWAYS) {
            return Optional.empty();
        }
        if (condition == RunCondition.ANY_FAILED) {
            boolean anyFailed = depends.stream().anyMatch(name -> run.step(name).status.isFailure());
            return anyFailed ? Optional.empty() : Optional.of(CONDITION_NOT_MET + ": no dependency failed (any_failed)");
        }
        if (condition instanceof RunCondition.Expression expression) {
            boolean holds = WorkflowCondition.parse(expression.text()).evaluate(new RunFacts(run));
            return holds ? Optional.empty() : Optional.of(CONDITION_NOT_MET + ": " + expression.text());
        }
        return upstreamProblem(step, run);
    }

    /** all_success: the first dependency that neither succeeded nor failed on a step that continues on failure. */
    private static Optional<String> upstreamProblem(StepDefinition step, WorkflowRunState run) {
        for (String name : step.depends()) {
            StepState dependency = run.step(name);
            boolean continues = dependency.status == StepStatus.FAILED && run.definitionOf(name).continueOnFailure();
            if (dependency.status == StepStatus.SUCCESS || continues) {
                continue;
            }
            return Optional.of(dependency.status == StepStatus.SKIPPED
                    ? "dependency " + name + " was skipped"
                    : "dependency " + name + " ended " + dependency.status);
        }
        return Optional.empty();
    }

    /** What an expression reads of the run so far. */
    private record RunFacts(WorkflowRunState run) implements WorkflowCondition.Context {
        @Override
        public Optional<WorkflowCondition.StepFacts> step(String name) {
            return Optional.ofNullable(run.step(name)).filter(step -> step.status.isTerminal())
                    .map(step -> new WorkflowCondition.StepFacts(step.status, step.exitCode, step.outputs));
        }

        @Override
        public java.util.Map<String, String> params() {
            return run.params;
        }
    }
}
