package io.kumo.ui.dashboard;

import io.kumo.dashboard.DashboardService;
import io.kumo.domain.Project;
import io.kumo.domain.Task;
import io.kumo.engine.Engine;
import io.kumo.service.AuditedRepository;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the Overview tab uses: the figures, the engine's run events (the engine is looked up when the tab is shown: it
 * may start after the window), task and project changes (and the project list for the filter), and the clock.
 */
public record DashboardServices(DashboardService figures, Supplier<Optional<Engine>> engine, AuditedRepository<Task> tasks,
                                AuditedRepository<Project> projects, Clock clock) {
}
