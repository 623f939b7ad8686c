package io.kumo.ui.workflows.graph;

import io.kumo.workflow.StepDefinition;

/** What the user did to an editable {@link WorkflowGraphView}; the editor's view-model turns each into a command. */
public interface GraphEditing {

    void select(String step);

    void add(StepDefinition.Position position);

    void move(String step, StepDefinition.Position position);

    /** {@code to} should depend on {@code from}. */
    void connect(String from, String to);

    void disconnect(String from, String to);

    void delete(String step);
}
