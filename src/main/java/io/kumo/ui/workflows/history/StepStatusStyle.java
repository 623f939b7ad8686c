package io.kumo.ui.workflows.history;

import io.kumo.ui.runs.RunStatusStyle;
import io.kumo.domain.RunStatus;
import io.kumo.workflow.StepStatus;
import java.util.Locale;

/** A step status's colour class ({@code step-status-success} ... in kumo.css) and label, like a run's. */
public final class StepStatusStyle {

    private StepStatusStyle() {
    }

    public static String styleClass(StepStatus status) {
        return "step-status-" + status.name().toLowerCase(Locale.ROOT);
    }

    public static String label(StepStatus status) {
        return status == StepStatus.WAITING ? "Waiting" : RunStatusStyle.label(RunStatus.valueOf(status.name()));
    }
}
