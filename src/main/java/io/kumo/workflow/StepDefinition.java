package io.kumo.workflow;

import java.util.List;
import java.util.Map;

/**
 * One step of a workflow: it runs a command (in a project and Python environment, a working directory, with its own
 * variables) or an existing task by name; it waits for the steps it {@code depends} on and runs when its condition
 * holds.
 *
 * @param command          the command line ({@code python extract.py}); null when {@code task} is set
 * @param task             the name of an existing Kumo task to run as this step (its command, project, environment,
 *                         working directory and variables); null when {@code command} is set
 * @param dir              working directory (relative to the project's, or absolute); null: the project's or home
 * @param project          a Kumo project's name (null: none)
 * @param environment      a Kumo Python environment's name (null: none)
 * @param depends          names of the steps that must end first
 * @param runIf            when the step runs once those ended (null reads as {@link RunCondition#ALL_SUCCESS})
 * @param retry            retries of a failed attempt (null: none)
 * @param timeoutSeconds   each attempt's limit (null: none)
 * @param continueOnFailure a failure does not hold back the steps after it nor fail the workflow
 * @param preconditions    checked just before the step would start; one that does not hold skips the step
 * @param output           Dagu's {@code output}: the name under which the last line the step prints is passed on
 * @param position         where the visual editor shows the step (null: laid out automatically)
 */
public record StepDefinition(String name, String description, String command, String task, String dir, String project,
                             String environment, List<String> depends, Map<String, String> env, RunCondition runIf,
                             RetryPolicy retry, Long timeoutSeconds, boolean continueOnFailure,
                             List<Precondition> preconditions, String output, Position position) {

    public StepDefinition {
        depends = depends == null ? List.of() : List.copyOf(depends);
        env = env == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(env));
        runIf = runIf == null ? RunCondition.ALL_SUCCESS : runIf;
        retry = retry == null ? RetryPolicy.NONE : retry;
        preconditions = preconditions == null ? List.of() : List.copyOf(preconditions);
    }

    /** A step that runs {@code command} after {@code depends}, everything else at its default. */
    public static StepDefinition command(String name, String command, List<String> depends) {
        return new StepDefinition(name, null, command, null, null, null, null, depends, Map.of(), RunCondition.ALL_SUCCESS,
                RetryPolicy.NONE, null, false, List.of(), null, null);
    }

    public boolean runsTask() {
        return task != null;
    }

    /** Where the editor shows a step, in the graph's own units. */
    public record Position(double x, double y) {
    }
}
