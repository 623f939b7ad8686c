package io.kumo.ui.workflows.editor;

import io.kumo.workflow.DagLayout;
import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.WorkflowDefinition;
import java.util.HashMap;
import java.util.Map;

/** Where the graph shows steps: their own position, or {@link DagLayout}'s for steps without one. */
public final class StepPlacement {

    /** Columns and rows of the automatic layout, in the graph's pixels. */
    public static final double COLUMN_GAP = 240;
    public static final double ROW_GAP = 110;

    private StepPlacement() {
    }

    /** Every step's layered position; in one row when the layout cannot place them (a cycle being edited). */
    public static Map<String, StepDefinition.Position> layout(WorkflowDefinition workflow) {
        try {
            return DagLayout.layout(workflow, COLUMN_GAP, ROW_GAP);
        } catch (RuntimeException e) {
            Map<String, StepDefinition.Position> row = new HashMap<>();
            for (int i = 0; i < workflow.steps().size(); i++) {
                row.put(workflow.steps().get(i).name(), new StepDefinition.Position(i * COLUMN_GAP, 0));
            }
            return row;
        }
    }

    /** {@code workflow} with every step placed: those without a position get the layout's. */
    public static WorkflowDefinition placed(WorkflowDefinition workflow) {
        if (workflow.steps().stream().allMatch(step -> step.position() != null)) {
            return workflow;
        }
        Map<String, StepDefinition.Position> positions = layout(workflow);
        return workflow.withSteps(workflow.steps().stream()
                .map(step -> step.position() != null ? step : Steps.withPosition(step, positions.get(step.name()))).toList());
    }
}
