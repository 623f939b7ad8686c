package io.kumo.ui.tasks;

import io.kumo.engine.Engine;
import io.kumo.engine.TaskSummaries;
import io.kumo.project.ProjectService;
import io.kumo.python.EnvironmentService;
import io.kumo.service.TaskService;
import java.time.Clock;
import java.util.Optional;

/**
 * What the Tasks pane and its editor read and change, passed in by the window (never the whole core): tasks through
 * their service, the projects and environments to choose from, run summaries, and the engine when this window runs one.
 */
public record TaskPaneServices(TaskService tasks, ProjectService projects, EnvironmentService environments,
                               TaskSummaries summaries, Optional<Engine> engine, Clock clock) {
}
