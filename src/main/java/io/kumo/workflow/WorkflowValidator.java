package io.kumo.workflow;

import java.util.List;

/**
 * The rules a workflow must follow to be stored: a valid name, at least one step, unique step names, known
 * dependencies, no cycle, valid conditions, retries, timeouts and schedule.
 *
 * <p>Contract for issue 16; being built.
 */
public final class WorkflowValidator {

    /** One problem; {@code step} is null when it is the workflow's own. */
    public record Problem(String step, String message) {
        @Override
        public String toString() {
            return step == null ? message : "step " + step + ": " + message;
        }
    }

    private WorkflowValidator() {
    }

    /** Every problem, for the editor to show as the user edits; empty when it may be stored. */
    public static List<Problem> problems(WorkflowDefinition definition) {
        throw new UnsupportedOperationException("issue 16");
    }

    /** @throws WorkflowFileException the first problem */
    public static void validate(WorkflowDefinition definition) {
        List<Problem> problems = problems(definition);
        if (!problems.isEmpty()) {
            throw new WorkflowFileException(problems.getFirst().toString());
        }
    }
}
