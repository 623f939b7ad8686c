package io.kumo.ui.tasks;

import io.kumo.cluster.NodeLabels;
import io.kumo.common.ValidationException;
import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.RetryBackoff;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.project.Tags;
import io.kumo.schedule.Durations;
import io.kumo.schedule.Trigger;
import io.kumo.schedule.Triggers;
import io.kumo.service.TaskRules;
import io.kumo.service.TaskVariables.Variable;
import io.kumo.service.TaskVariables;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The editor's fields as typed, in one immutable value that a background thread can read. {@link #applyTo} reads the
 * fields into a task, field by field, and throws a {@link ValidationException} naming the first field it cannot read;
 * what the task may then hold is {@link TaskRules}' to say, as for {@code kumo task add}.
 */
public record TaskForm(String name, String description, Long projectId, String workDir, Long environmentId,
                       String command, boolean useShell, TriggerType triggerType, String cron, String intervalAmount,
                       IntervalUnit intervalUnit, LocalDate anchorDate, String anchorTime, LocalDate onceDate,
                       String onceTime, String zone, String timeout, int retries, String retryDelay,
                       RetryBackoff backoff, int priority, OverlapPolicy overlap, MisfirePolicy misfire,
                       List<Variable> variables, String tags, String nodeLabels, boolean enabled,
                       IsolationForm isolation) {

    public TaskForm {
        variables = List.copyOf(variables);
        isolation = isolation == null ? IsolationForm.NONE : isolation;
    }

    /** Null when the form is complete and valid, else the message naming the field. */
    public String problem() {
        try {
            applyTo(new Task());
            return null;
        } catch (ValidationException e) {
            return e.getMessage();
        }
    }

    public Task applyTo(Task task) {
        String taskName = text(name);
        if (taskName.isEmpty()) {
            throw new ValidationException("name: must not be empty");
        }
        task.setName(taskName);
        task.setDescription(blankToNull(description));
        String line = text(command);
        TaskRules.command(line, useShell);
        task.setCommand(line);
        task.setUseShell(useShell);
        task.setProjectId(projectId);
        task.setEnvironmentId(environmentId);
        task.setWorkDir(blankToNull(workDir));
        ZoneId zoneId = Triggers.zone(zone);
        task.setTimeZone(blankToNull(zone) == null ? null : zoneId.getId());
        applyTrigger(task, zoneId);
        task.setTimeoutSeconds(blankToNull(timeout) == null ? null : TaskRules.timeout(timeout).toSeconds());
        TaskRules.retries(retries);
        task.setRetries(retries);
        task.setRetryDelaySeconds(blankToNull(retryDelay) == null ? 0 : TaskRules.retryDelay(retryDelay).toSeconds());
        task.setRetryBackoff(backoff == null ? RetryBackoff.FIXED : backoff);
        TaskRules.priority(priority);
        task.setPriority(priority);
        task.setOverlapPolicy(overlap == null ? OverlapPolicy.SKIP : overlap);
        task.setMisfirePolicy(misfire == null ? MisfirePolicy.ONCE : misfire);
        task.setEnvironmentVariables(TaskVariables.encode(variables.stream()
                .filter(variable -> !text(variable.name()).isEmpty() || !text(variable.value()).isEmpty())
                .map(variable -> new Variable(text(variable.name()), variable.value())).toList()));
        List<String> tagList = Tags.parse(tags);
        task.setTags(tagList.isEmpty() ? null : String.join(",", tagList));
        task.setNodeLabels(NodeLabels.format(labels(nodeLabels)));
        isolation.applyTo(task);
        task.setEnabled(enabled);
        Triggers.of(task);
        return task;
    }

    /** The trigger alone, for the editor's preview; throws for its fields as {@link #applyTo} does. */
    public Optional<Trigger> trigger() {
        Task scratch = new Task();
        applyTrigger(scratch, Triggers.zone(zone));
        return Triggers.of(scratch);
    }

    private void applyTrigger(Task task, ZoneId zoneId) {
        TriggerType type = triggerType == null ? TriggerType.MANUAL : triggerType;
        task.setTriggerType(type);
        task.setCronExpression(null);
        task.setIntervalSeconds(null);
        task.setAnchorAt(null);
        task.setRunAt(null);
        switch (type) {
            case CRON -> task.setCronExpression(Triggers.cron(cron).text());
            case INTERVAL -> {
                long amount = amount();
                IntervalUnit unit = intervalUnit == null ? IntervalUnit.MINUTES : intervalUnit;
                if (amount > TaskRules.EVERY_MAX.toSeconds() / unit.seconds()) {
                    throw Durations.atMost("interval", TaskRules.EVERY_MAX);
                }
                task.setIntervalSeconds(amount * unit.seconds());
                task.setAnchorAt(instant("anchor", anchorDate, anchorTime, zoneId));
            }
            case ONCE -> task.setRunAt(instant("at", onceDate, onceTime, zoneId));
            case MANUAL -> { }
        }
    }

    private long amount() {
        String digits = text(intervalAmount);
        try {
            long amount = Long.parseLong(digits);
            if (amount <= 0) {
                throw new ValidationException("interval: must be more than 0");
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new ValidationException("interval: '" + digits + "' is not a whole number");
        }
    }

    private static Instant instant(String field, LocalDate date, String time, ZoneId zone) {
        if (date == null) {
            throw new ValidationException(field + ": choose a date");
        }
        String clock = text(time);
        if (clock.isEmpty()) {
            throw new ValidationException(field + ": enter a time such as 06:30");
        }
        try {
            return date.atTime(LocalTime.parse(clock.length() == 4 ? "0" + clock : clock)).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new ValidationException(field + ": '" + clock + "' is not a time such as 06:30 or 18:45:30");
        }
    }

    /** The labels a node must carry, as {@code kumo task add --on-label} reads them. */
    private static java.util.Set<String> labels(String typed) {
        try {
            return NodeLabels.parse(typed);
        } catch (ValidationException e) {
            throw new ValidationException("node labels: " + e.getMessage());
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
