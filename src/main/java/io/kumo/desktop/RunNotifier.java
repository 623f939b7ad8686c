package io.kumo.desktop;

import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.engine.EngineListener;
import io.kumo.engine.RunQuery;
import io.kumo.runs.RunHistory;
import io.kumo.service.AuditedRepository;
import io.kumo.settings.Settings;
import io.kumo.settings.SettingsService;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Listens to the engine and hands notices to a sink (the tray, or the window). Remembers each task's last outcome
 * (read from the history the first time) and which runs it already spoke about, so a run is announced once. A
 * workflow step's attempts are left to {@link WorkflowNotifier}.
 */
public final class RunNotifier implements EngineListener {


    private final SettingsService settings;
    private final AuditedRepository<Task> tasks;
    private final RunHistory runs;
    private final Consumer<Notice> sink;
    private final Map<Long, RunStatus> lastOutcome = new ConcurrentHashMap<>();
    private final AnnouncedRuns announced = new AnnouncedRuns();

    public RunNotifier(SettingsService settings, AuditedRepository<Task> tasks, RunHistory runs, Consumer<Notice> sink) {
        this.settings = settings;
        this.tasks = tasks;
        this.runs = runs;
        this.sink = sink;
    }

    @Override
    public void runChanged(Run run) {
        // a workflow step's attempt: its workflow run is announced once, by WorkflowNotifier
        if (run.isWorkflowStep() || !NotificationRules.isOutcome(run.getStatus()) || !announced.firstTime(run.getId())) {
            return;
        }
        RunStatus previous = lastOutcome.computeIfAbsent(run.getTaskId(), taskId -> previousOutcome(taskId, run.getId()));
        lastOutcome.put(run.getTaskId(), run.getStatus());
        tasks.findById(run.getTaskId()).flatMap(task -> NotificationRules.decide(run, task, previous == RunStatus.QUEUED ? null : previous,
                        new NotificationRules.Switches(settings.get(Settings.NOTIFY_ON_FAILURE), settings.get(Settings.NOTIFY_ON_RECOVERY))))
                .ifPresent(sink);
    }

    /** The task's last outcome before this run; QUEUED stands for "none" (a map cannot hold null). */
    private RunStatus previousOutcome(long taskId, long currentRunId) {
        return runs.page(new RunQuery(taskId, Set.of(RunStatus.SUCCESS, RunStatus.FAILED, RunStatus.TIMEOUT, RunStatus.INTERRUPTED),
                        null, null), 0, 2).stream()
                .filter(run -> run.getId() != currentRunId).map(Run::getStatus).findFirst().orElse(RunStatus.QUEUED);
    }
}
