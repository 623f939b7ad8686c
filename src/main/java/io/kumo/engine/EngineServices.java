package io.kumo.engine;

import io.kumo.audit.AuditService;
import io.kumo.common.Observable;
import io.kumo.conditions.ConditionSource;
import io.kumo.settings.SettingsService;
import io.kumo.storage.StorageState;
import io.kumo.supervisor.ProcessLauncher;
import java.time.Clock;

/**
 * What the engine works with, each a narrow collaborator passed in by the composition root (the engine looks nothing
 * up): the clock, the tasks, the run records, the audit log, the settings (concurrency, grace period, global pause),
 * the status it publishes, the storage state it follows, the process launcher, the launch builder, the resource
 * sampler and its threads, its seat (one machine alone, or a node of a cluster) and the computer's state that run
 * conditions ask about.
 */
public record EngineServices(Clock clock, EngineTasks tasks, RunStore runs, AuditService audit, SettingsService settings,
                             EngineStatus status, Observable<StorageState> storage, ProcessLauncher launcher,
                             LaunchSpecFactory launches, ResourceSampler sampler, EngineExecutors executors,
                             NodeSeat seat, ConditionSource conditions) {

    /** On {@code seat}, with a condition source that can tell nothing (conditions other than a host never hold a run). */
    public EngineServices(Clock clock, EngineTasks tasks, RunStore runs, AuditService audit, SettingsService settings,
                          EngineStatus status, Observable<StorageState> storage, ProcessLauncher launcher,
                          LaunchSpecFactory launches, ResourceSampler sampler, EngineExecutors executors, NodeSeat seat) {
        this(clock, tasks, runs, audit, settings, status, storage, launcher, launches, sampler, executors, seat,
                ConditionSource.UNKNOWN);
    }

    /** One machine alone, named after its host. */
    public EngineServices(Clock clock, EngineTasks tasks, RunStore runs, AuditService audit, SettingsService settings,
                          EngineStatus status, Observable<StorageState> storage, ProcessLauncher launcher,
                          LaunchSpecFactory launches, ResourceSampler sampler, EngineExecutors executors) {
        this(clock, tasks, runs, audit, settings, status, storage, launcher, launches, sampler, executors,
                NodeSeat.solo(io.kumo.common.HostName.get()));
    }
}
