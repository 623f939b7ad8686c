package io.kumo.ui.tasks;

import io.kumo.common.Observable;
import io.kumo.engine.Engine;
import io.kumo.engine.TaskSummaries;
import io.kumo.project.ProjectService;
import io.kumo.python.EnvironmentService;
import io.kumo.service.NextRuns;
import io.kumo.service.SchedulingPause;
import io.kumo.service.TaskService;
import io.kumo.ui.alerts.AlertsGoTo;
import java.time.Clock;
import java.util.Optional;

/**
 * What the Tasks pane and its editor read and change, passed in by the window (never the whole core): tasks through
 * their service, the projects and environments to choose from, run summaries, each task's next run and the global
 * pause it depends on, the engine when this window runs one, the alert channels a task's failures reach, and the
 * default limits and sandboxes of this machine.
 */
public record TaskPaneServices(TaskService tasks, ProjectService projects, EnvironmentService environments,
                               TaskSummaries summaries, NextRuns nextRuns, Observable<SchedulingPause.State> pause,
                               Optional<Engine> engine, Clock clock, AlertsGoTo alerts, IsolationLookup isolation) {

    /** Without alert channels: the editor says no channel is told. */
    public TaskPaneServices(TaskService tasks, ProjectService projects, EnvironmentService environments, TaskSummaries summaries,
                            NextRuns nextRuns, Observable<SchedulingPause.State> pause, Optional<Engine> engine, Clock clock) {
        this(tasks, projects, environments, summaries, nextRuns, pause, engine, clock, AlertsGoTo.NONE, IsolationLookup.UNKNOWN);
    }
}
