package io.kumo.ui.workflows;

import io.kumo.workflow.service.WorkflowService;
import io.kumo.ui.alerts.AlertsGoTo;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the Workflows pane reads and changes, passed in by the window (never the whole core): workflows through their
 * service, the names of the tasks, projects and environments a step may use, and the alert channels a workflow's
 * failures reach.
 */
public record WorkflowPaneServices(WorkflowService workflows, Supplier<List<String>> taskNames,
                                   Supplier<List<String>> projectNames, Supplier<List<String>> environmentNames,
                                   Clock clock, ZoneId zone, AlertsGoTo alerts) {

    /** Without alert channels: the pane says no channel is told. */
    public WorkflowPaneServices(WorkflowService workflows, Supplier<List<String>> taskNames, Supplier<List<String>> projectNames,
                                Supplier<List<String>> environmentNames, Clock clock, ZoneId zone) {
        this(workflows, taskNames, projectNames, environmentNames, clock, zone, AlertsGoTo.NONE);
    }
}
