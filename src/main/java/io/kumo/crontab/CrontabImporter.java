package io.kumo.crontab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.schedule.Triggers;
import io.kumo.service.AuditedRepository;
import io.kumo.service.TaskRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns accepted crontab entries into tasks: the same schedule in the system time zone (as cron runs it), the command
 * run through the shell (cron runs {@code /bin/sh -c}), and the crontab's variables as the task's own. A proposed
 * name already taken gets a numbered suffix.
 */
public final class CrontabImporter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditedRepository<Task> tasks;

    public CrontabImporter(AuditedRepository<Task> tasks) {
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
     * The task an importable entry would become, not stored, checked by {@code rules} as a create would check it;
     * for a dry run. Throws the {@link io.kumo.common.ValidationException} the import would meet.
     */
    public Task preview(CrontabEntry entry, TaskRules rules) {
        Task task = taskOf(entry);
        rules.check(task, null);
        return task;
    }

    private Task taskOf(CrontabEntry entry) {
        String name = tasks.freeName(entry.proposedName(), n -> entry.proposedName() + "-" + n);
        Task task = new Task(name, entry.command());
        String description = "Imported from crontab line " + entry.lineNumber() + ": " + entry.line().strip();
        task.setDescription(description.length() > 4000 ? description.substring(0, 3999) + "…" : description);
        task.setTriggerType(TriggerType.CRON);
        task.setCronExpression(entry.schedule());
        task.setUseShell(true);
        if (!entry.variables().isEmpty()) {
            task.setEnvironmentVariables(json(entry.variables()));
        }
        Triggers.of(task);
        return task;
    }

    private static String json(Map<String, String> variables) {
        try {
            return JSON.writeValueAsString(variables);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
