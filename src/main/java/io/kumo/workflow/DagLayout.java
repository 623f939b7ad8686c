package io.kumo.workflow;

import java.util.Map;

/**
 * The automatic layered layout of the visual editor: every step in a column after the steps it depends on (left to
 * right), rows ordered to keep edges short and uncrossed where it can.
 *
 * <p>Contract for issue 16; being built.
 */
public final class DagLayout {

    private DagLayout() {
    }

    /** Each step's position, in the units of {@link StepDefinition.Position}: {@code columnGap} and {@code rowGap} apart. */
    public static Map<String, StepDefinition.Position> layout(WorkflowDefinition definition, double columnGap, double rowGap) {
        throw new UnsupportedOperationException("issue 16");
    }
}
