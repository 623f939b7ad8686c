package io.kumo.workflow;

/**
 * Reads and writes workflow files: Dagu's keys where both have them ({@code name}, {@code description},
 * {@code schedule}, {@code params}, {@code env}, {@code steps[].name/command/dir/depends/env/retryPolicy/continueOn/
 * preconditions/output}, {@code handlerOn}, {@code maxActiveSteps}), Kumo's own for the rest.
 *
 * <p>Contract for issue 16; being built.
 */
public final class WorkflowYaml {

    private WorkflowYaml() {
    }

    /**
     * The workflow {@code yaml} describes, checked whole ({@link WorkflowValidator}'s rules, with the line of the
     * offending key where there is one).
     *
     * @throws WorkflowFileException bad YAML (with its line), a wrong key or value, an unknown dependency, a cycle (naming
     *                               its steps), duplicate step names...
     */
    public static WorkflowDefinition parse(String yaml) {
        throw new UnsupportedOperationException("issue 16");
    }

    /** The file for {@code definition}, in Kumo's canonical form; {@link #parse} reads it back equal. */
    public static String write(WorkflowDefinition definition) {
        throw new UnsupportedOperationException("issue 16");
    }
}
