package io.kumo.ui.logs;

import io.kumo.domain.Project;
import io.kumo.domain.Task;
import io.kumo.engine.Engine;
import io.kumo.logs.LogDiskUsage;
import io.kumo.logs.Maintenance;
import io.kumo.runs.RunHistory;
import io.kumo.settings.SettingsService;
import io.kumo.ui.runs.RunFixes;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the Logs pane uses, and nothing more: run records to read, task and project names for the filters, the engine's
 * run events and stop, the retention settings, log cleanup and disk usage; {@code zone} for the day filters;
 * {@code clustered}: runs happen on several nodes, and the run list says on which; {@code clock}: "now" for the
 * durations of running runs; {@code fixes}: installing a project's requirements for a run whose program was missing.
 */
public record LogsServices(RunHistory runs, Supplier<List<Task>> tasks, Supplier<List<Project>> projects,
                           Optional<Engine> engine, SettingsService settings, Maintenance maintenance,
                           LogDiskUsage diskUsage, ZoneId zone, boolean clustered, Clock clock, RunFixes fixes) {

    /** Without repairs of runs that could not start. */
    public LogsServices(RunHistory runs, Supplier<List<Task>> tasks, Supplier<List<Project>> projects,
                        Optional<Engine> engine, SettingsService settings, Maintenance maintenance,
                        LogDiskUsage diskUsage, ZoneId zone, boolean clustered, Clock clock) {
        this(runs, tasks, projects, engine, settings, maintenance, diskUsage, zone, clustered, clock, RunFixes.NONE);
    }

    public LogsServices(RunHistory runs, Supplier<List<Task>> tasks, Supplier<List<Project>> projects,
                        Optional<Engine> engine, SettingsService settings, Maintenance maintenance,
                        LogDiskUsage diskUsage, ZoneId zone, boolean clustered) {
        this(runs, tasks, projects, engine, settings, maintenance, diskUsage, zone, clustered, Clock.systemUTC());
    }

    /** On one machine. */
    public LogsServices(RunHistory runs, Supplier<List<Task>> tasks, Supplier<List<Project>> projects,
                        Optional<Engine> engine, SettingsService settings, Maintenance maintenance,
                        LogDiskUsage diskUsage, ZoneId zone) {
        this(runs, tasks, projects, engine, settings, maintenance, diskUsage, zone, false);
    }
}
