package io.kumo.crontab;

import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.schedule.Triggers;
import io.kumo.service.TaskService;
import io.kumo.service.TaskVariables;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns accepted crontab entries into tasks: the same schedule in the system time zone (as cron runs it), the command
 * run through the shell (cron runs {@code /bin/sh -c}), and the crontab's variables as the task's own. A proposed
 * name already taken gets a numbered suffix.
 */
public final class CrontabImporter {

    private final TaskService tasks;

    public CrontabImporter(TaskService tasks) {
        this.tasks = tasks;
    }

    /** What happened to each accepted entry: the task made, or why not. */
    public record Outcome(CrontabEntry entry, Task task, String error) {
    }

    public List<Outcome> importEntries(List<CrontabEntry> accepted) {
        List<Outcome> outcomes = new ArrayList<>();
        for (CrontabEntry entry : accepted) {
            if (!entry.importable()) {
                outcomes.add(new Outcome(entry, null, entry.error()));
                continue;
            }
            try {
                outcomes.add(new Outcome(entry, tasks.create(taskOf(entry)), null));
            } catch (RuntimeException e) {
                outcomes.add(new Outcome(entry, null, "line " + entry.lineNumber() + ": " + e.getMessage()));
            }
        }
        return outcomes;
    }

    /**
     * The task an importable entry would become, not stored, checked by the task rules as a create would check it;
     * for a dry run. Throws the {@link io.kumo.common.ValidationException} the import would meet.
     */
    public Task preview(CrontabEntry entry) {
        Task task = taskOf(entry);
        tasks.rules().check(task, null);
        return task;
    }

    private Task taskOf(CrontabEntry entry) {
        String name = tasks.freeName(entry.proposedName(), "", "-");
        Task task = new Task(name, entry.command());
        String description = "Imported from crontab line " + entry.lineNumber() + ": " + entry.line().strip();
        task.setDescription(description.length() > 4000 ? description.substring(0, 3999) + "…" : description);
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression(entry.schedule());
        task.setUseShell(true);
        if (!entry.variables().isEmpty()) {
            task.setEnvironmentVariables(TaskVariables.encode(entry.variables()));
        }
        Triggers.of(task);
        return task;
    }
}
