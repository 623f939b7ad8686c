package io.kumo.workflow;

/**
 * Reads and writes workflow files: Dagu's keys where both have them ({@code name}, {@code description},
 * {@code schedule}, {@code params}, {@code env}, {@code steps[].name/command/dir/depends/env/retryPolicy/continueOn/
 * preconditions/output}, {@code handlerOn}, {@code maxActiveSteps}), Kumo's own for the rest. Dagu's current
 * snake_case spellings ({@code retry_policy}, {@code handler_on}...) are read too.
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
        return parse(yaml, null);
    }

    /**
     * {@link #parse}, naming the workflow {@code nameWhenMissing} when the file has no {@code name} (Dagu names a DAG
     * after its file; an import passes the file's name without its extension).
     */
    public static WorkflowDefinition parse(String yaml, String nameWhenMissing) {
        return new WorkflowYamlReader().read(yaml, nameWhenMissing);
    }

    /** The file for {@code definition}, in Kumo's canonical form; {@link #parse} reads it back equal. */
    public static String write(WorkflowDefinition definition) {
        return WorkflowYamlWriter.write(definition);
    }
}
