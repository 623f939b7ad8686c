package io.kumo.workflow;

import java.util.Map;
import java.util.Optional;

/**
 * A parsed {@link RunCondition.Expression}, evaluated against the run so far.
 *
 * <p>Contract for issue 16; being built.
 */
public final class WorkflowCondition {

    /** What an expression may read of an earlier step. */
    public record StepFacts(StepStatus status, Integer exitCode, Map<String, String> outputs) {
    }

    /** What an expression reads: the earlier steps (by name) and the run's parameters. */
    public interface Context {
        Optional<StepFacts> step(String name);

        Map<String, String> params();
    }

    private WorkflowCondition() {
    }

    /** @throws WorkflowFileException a syntax error, with its column */
    public static WorkflowCondition parse(String expression) {
        throw new UnsupportedOperationException("issue 16");
    }

    /** The step names it reads ({@code steps.<name>....}), so the validator can check they exist and come earlier. */
    public java.util.Set<String> stepsRead() {
        throw new UnsupportedOperationException("issue 16");
    }

    public boolean evaluate(Context context) {
        throw new UnsupportedOperationException("issue 16");
    }
}
