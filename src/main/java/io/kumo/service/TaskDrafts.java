package io.kumo.service;

import io.kumo.common.ValidationException;
import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.schedule.Triggers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Makes or changes a task from a {@link TaskDraft} ({@code kumo task add}, the API's POST and PUT): reads its fields
 * with the messages the command line has always given, then saves through {@link TaskService} (rules, audit,
 * scheduler).
 */
public final class TaskDrafts {

    private final TaskService tasks;
    private final AuditedRepository<Project> projects;
    private final AuditedRepository<PythonEnvironment> environments;
    private final Clock clock;

    public TaskDrafts(TaskService tasks, AuditedRepository<Project> projects, AuditedRepository<PythonEnvironment> environments,
                      Clock clock) {
        this.tasks = tasks;
        this.projects = projects;
        this.environments = environments;
        this.clock = clock;
    }

    /** A new task; the draft needs a name, a command and exactly one of cron, every and at. */
    public Task create(TaskDraft draft) {
        require("name", draft.name());
        require("command", draft.command());
        if (draft.schedulesGiven().size() != 1) {
            throw new ValidationException("schedule: give exactly one of cron, every or at"
                    + (draft.schedulesGiven().isEmpty() ? "" : " (not " + String.join(" and ", draft.schedulesGiven()) + ")"));
        }
        Task task = new Task(draft.name(), draft.command());
        apply(draft, task);
        return tasks.create(task); // TaskRules refuse what is out of range or malformed
    }

    /** The stored task with the draft's fields changed (the others as they were), scheduled again from now. */
    public Task update(long id, TaskDraft draft) {
        List<String> schedules = draft.schedulesGiven();
        if (schedules.size() > 1) {
            throw new ValidationException("schedule: give at most one of cron, every or at (not " + String.join(" and ", schedules) + ")");
        }
        return tasks.update(id, task -> { // applied to the task as stored now, and saved with it locked
            if (draft.name() != null) {
                task.setName(draft.name());
            }
            if (draft.command() != null) {
                task.setCommand(draft.command());
            }
            apply(draft, task);
            return task;
        });
    }

    /** The fields other than name and command, read in the order {@code kumo task add} has always checked them. */
    private void apply(TaskDraft draft, Task task) {
        if (draft.shell() != null) {
            task.setUseShell(draft.shell());
        }
        if (draft.clears("workdir")) {
            task.setWorkDir(null);
        } else if (draft.workdir() != null) {
            task.setWorkDir(draft.workdir());
        }
        if (draft.clears("zone")) {
            task.setTimeZone(null);
        } else if (draft.zone() != null) { // blank stays blank: the rules refuse it with their message
            task.setTimeZone(draft.zone().isBlank() ? draft.zone() : Triggers.zone(draft.zone()).getId());
        }
        if (draft.cron() != null) {
            schedule(task, TriggerType.CRON);
            task.setCronExpression(Triggers.cron(draft.cron()).text());
        } else if (draft.every() != null) {
            schedule(task, TriggerType.INTERVAL);
            task.setIntervalSeconds(TaskRules.every(draft.every()).toSeconds());
            task.setAnchorAt(clock.instant());
        } else if (draft.at() != null) {
            Instant at = parseAt(draft.at(), Triggers.zone(task.getTimeZone()));
            schedule(task, TriggerType.ONCE);
            task.setRunAt(at);
        }
        if (draft.clears("timeout")) {
            task.setTimeoutSeconds(null);
        } else if (draft.timeout() != null) {
            task.setTimeoutSeconds(TaskRules.timeout(draft.timeout()).toSeconds());
        }
        if (draft.retries() != null) {
            task.setRetries(draft.retries());
        }
        if (draft.clears("retry_delay")) {
            task.setRetryDelaySeconds(0);
        } else if (draft.retryDelay() != null) {
            task.setRetryDelaySeconds(TaskRules.retryDelay(draft.retryDelay()).toSeconds());
        }
        if (draft.priority() != null) {
            task.setPriority(draft.priority());
        }
        if (draft.overlap() != null) {
            task.setOverlapPolicy(Choices.of("overlap", draft.overlap(), OverlapPolicy.class));
        }
        if (draft.misfire() != null) {
            task.setMisfirePolicy(Choices.of("misfire", draft.misfire(), MisfirePolicy.class));
        }
        if (draft.clears("project")) {
            task.setProjectId(null);
        } else if (draft.project() != null) {
            task.setProjectId(projects.findByName(draft.project())
                    .orElseThrow(() -> new ValidationException("project: no project named '" + draft.project() + "'")).getId());
        }
        if (draft.clears("env")) {
            task.setEnvironmentId(null);
        } else if (draft.env() != null) {
            task.setEnvironmentId(environments.findByName(draft.env())
                    .orElseThrow(() -> new ValidationException("env: no environment named '" + draft.env() + "'")).getId());
        }
        if (draft.clears("node_labels")) {
            task.setNodeLabels(null);
        } else if (draft.nodeLabels() != null) {
            task.setNodeLabels(TaskLabels.normalize(draft.nodeLabels()));
        }
        DraftIsolation.apply(draft, task);
        if (draft.enabled() != null) {
            task.setEnabled(draft.enabled());
        }
    }

    /** Switches the trigger, dropping what the previous one kept (a cron task made interval has no expression left). */
    private static void schedule(Task task, TriggerType type) {
        task.setTriggerType(type);
        task.setCronExpression(null);
        task.setIntervalSeconds(null);
        task.setAnchorAt(null);
        task.setRunAt(null);
    }

    /** An instant, or a local date-time read in the task's zone. */
    static Instant parseAt(String text, ZoneId zone) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new ValidationException("at: '" + text + "' is not a date-time such as 2026-12-01T06:00:00Z or 2026-12-01T06:00");
            }
        }
    }

    private static void require(String field, String value) {
        if (value == null) {
            throw new ValidationException(field + ": required");
        }
    }
}
