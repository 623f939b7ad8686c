package io.kumo.desktop;

import io.kumo.domain.RunStatus;
import io.kumo.settings.Settings;
import io.kumo.settings.SettingsService;
import io.kumo.workflow.service.WorkflowListener;
import io.kumo.workflow.service.WorkflowRunRecord;
import io.kumo.workflow.service.WorkflowService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Listens to workflow runs and hands notices to a sink, as {@link RunNotifier} does for task runs: remembers each
 * workflow's last outcome (read from its history the first time) and which runs it already spoke about.
 */
public final class WorkflowNotifier implements WorkflowListener {

    private static final int HISTORY_READ = 5;

    private final SettingsService settings;
    private final WorkflowService workflows;
    private final Consumer<Notice> sink;
    private final Map<Long, RunStatus> lastOutcome = new ConcurrentHashMap<>();
    private final AnnouncedRuns announced = new AnnouncedRuns();

    public WorkflowNotifier(SettingsService settings, WorkflowService workflows, Consumer<Notice> sink) {
        this.settings = settings;
        this.workflows = workflows;
        this.sink = sink;
    }

    @Override
    public void workflowRunChanged(WorkflowRunRecord run) {
        if (!NotificationRules.isOutcome(run.status()) || !announced.firstTime(run.id())) {
            return;
        }
        RunStatus previous = lastOutcome.computeIfAbsent(run.workflowId(), id -> previousOutcome(run));
        lastOutcome.put(run.workflowId(), run.status());
        WorkflowNotificationRules.decide(run, previous == RunStatus.QUEUED ? null : previous,
                new NotificationRules.Switches(settings.get(Settings.NOTIFY_ON_FAILURE), settings.get(Settings.NOTIFY_ON_RECOVERY)))
                .ifPresent(sink);
    }

    /** The workflow's last outcome before this run; QUEUED stands for "none" (a map cannot hold null). */
    private RunStatus previousOutcome(WorkflowRunRecord current) {
        return workflows.runs(current.workflowName(), HISTORY_READ).stream()
                .filter(run -> run.id() < current.id() && NotificationRules.isOutcome(run.status()))
                .map(WorkflowRunRecord::status).findFirst().orElse(RunStatus.QUEUED);
    }
}
