package io.kumo.workflow;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed {@link RunCondition.Expression}, evaluated against the run so far: {@code steps.<name>.status} (a
 * {@link StepStatus} name such as {@code SUCCESS}), {@code steps.<name>.exit_code}, {@code steps.<name>.outputs.<KEY>}
 * and {@code params.<KEY>} ({@code steps['a name with spaces'].status} for any step name), numbers, quoted texts,
 * {@code true}/{@code false}, {@code == != < <= > >=}, {@code && || !} and parentheses. Two numbers compare as numbers,
 * anything else as texts; what is missing (a step that did not run, an output it did not write) is the empty text.
 * A value standing alone is true unless it is empty, {@code false} or zero.
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

    private final ConditionNode root;

    private WorkflowCondition(ConditionNode root) {
        this.root = root;
    }

    /** @throws WorkflowFileException a syntax error, with its column ("condition: column 12: expected ')'") */
    public static WorkflowCondition parse(String expression) {
        return new WorkflowCondition(ConditionParser.parse(expression, "condition"));
    }

    /** The step names it reads ({@code steps.<name>....}), so the validator can check they exist and come earlier. */
    public Set<String> stepsRead() {
        return new LinkedHashSet<>(ConditionParser.stepsRead(root));
    }

    public boolean evaluate(Context context) {
        return ConditionNode.truthy(root.value(context));
    }
}
