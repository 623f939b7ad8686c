package io.kumo.ui.workflows.editor;

import io.kumo.workflow.StepDefinition;
import java.util.List;

/** Copies of a step with one field changed: the editor's edits of the immutable {@link StepDefinition}. */
public final class Steps {

    private Steps() {
    }

    public static StepDefinition withName(StepDefinition s, String name) {
        return new StepDefinition(name, s.description(), s.command(), s.task(), s.dir(), s.project(), s.environment(),
                s.depends(), s.env(), s.runIf(), s.retry(), s.timeoutSeconds(), s.continueOnFailure(), s.preconditions(),
                s.output(), s.position());
    }

    public static StepDefinition withDepends(StepDefinition s, List<String> depends) {
        return new StepDefinition(s.name(), s.description(), s.command(), s.task(), s.dir(), s.project(), s.environment(),
                depends, s.env(), s.runIf(), s.retry(), s.timeoutSeconds(), s.continueOnFailure(), s.preconditions(),
                s.output(), s.position());
    }

    public static StepDefinition withPosition(StepDefinition s, StepDefinition.Position position) {
        return new StepDefinition(s.name(), s.description(), s.command(), s.task(), s.dir(), s.project(), s.environment(),
                s.depends(), s.env(), s.runIf(), s.retry(), s.timeoutSeconds(), s.continueOnFailure(), s.preconditions(),
                s.output(), position);
    }
}
