package io.kumo.service;

import io.kumo.common.ValidationException;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.schedule.Durations;
import io.kumo.schedule.Triggers;
import io.kumo.supervisor.CommandLineSplitter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * What a task may hold, in one place for the command line, the task editor, the crontab importer and every save (the
 * task repository runs {@link #check} before it writes). A save is checked on the fields it sets or changes, so a
 * task stored by an older Kumo can still be paused, resumed and renamed. Messages name the field as the command line
 * does: "every: at most 366d".
 */
public final class TaskRules implements AuditedRepository.Rules<Task> {

    public static final int NAME_MAX = 100;
    public static final int COMMAND_MAX = 8000;
    public static final int WORKDIR_MAX = 4096;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int TAGS_MAX = 1000;
    public static final Duration EVERY_MAX = Duration.ofDays(366);
    public static final Duration TIMEOUT_MAX = Duration.ofDays(30);
    /** Exponential backoff stops doubling at a day, so a longer first delay has no use. */
    public static final Duration RETRY_DELAY_MAX = Duration.ofDays(1);
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    public static final int RETRIES_MAX = 100;

    private final Clock clock;
    private final Path home;
    private final LongFunction<Optional<Path>> projectFolders;

    /**
     * @param home           where a task without a project starts (a relative work folder is read from it)
     * @param projectFolders a project's working folder by project id
     */
    public TaskRules(Clock clock, Path home, LongFunction<Optional<Path>> projectFolders) {
        this.clock = clock;
        this.home = home;
        this.projectFolders = projectFolders;
    }

    /** The same rules reading project folders elsewhere, such as the editor's list (no store read as the user types). */
    public TaskRules withProjectFolders(LongFunction<Optional<Path>> folders) {
        return new TaskRules(clock, home, folders);
    }

    public static Duration every(String text) {
        return Durations.parseAtMost("every", text, EVERY_MAX);
    }

    public static Duration timeout(String text) {
        return Durations.parseAtMost("timeout", text, TIMEOUT_MAX);
    }

    public static Duration retryDelay(String text) {
        return Durations.parseAtMost("retry-delay", text, RETRY_DELAY_MAX);
    }

    /** Checks the fields of {@code task} that are new or differ from {@code before} (null for a new task). */
    @Override
    public void check(Task task, Task before) {
        if (changed(before, task, Task::getName)) {
            TaskNames.check(task.getName());
        }
        if (changed(before, task, Task::getCommand) || changed(before, task, Task::isUseShell)) {
            command(task.getCommand(), task.isUseShell());
        }
        if (changed(before, task, Task::getWorkDir) || changed(before, task, Task::getProjectId)) {
            workDir(task.getWorkDir(), task.getProjectId());
        }
        if (changed(before, task, Task::getTimeZone)) {
            zone(task.getTimeZone());
        }
        checkTrigger(task, before);
        if (changed(before, task, Task::getTimeoutSeconds) && task.getTimeoutSeconds() != null) {
            atMost("timeout", task.getTimeoutSeconds(), TIMEOUT_MAX);
        }
        if (changed(before, task, Task::getRetryDelaySeconds) && task.getRetryDelaySeconds() != 0) {
            atMost("retry-delay", task.getRetryDelaySeconds(), RETRY_DELAY_MAX);
        }
        retries(task.getRetries());
        priority(task.getPriority());
        length("description", task.getDescription(), DESCRIPTION_MAX);
        length("tags", task.getTags(), TAGS_MAX);
        if (changed(before, task, Task::getNodeLabels)) {
            TaskLabels.check(task.getNodeLabels());
        }
    }

    /** What the task may want to know but that does not stop it being saved ("this schedule never fires (Feb 30)"). */
    public static List<String> warnings(Task task) {
        if (task.getTriggerType() != TriggerType.CRON) {
            return List.of();
        }
        return Triggers.cron(task.getCronExpression()).warning().stream().toList();
    }

    private void checkTrigger(Task task, Task before) {
        switch (task.getTriggerType()) {
            case CRON -> {
                if (changed(before, task, Task::getCronExpression)) {
                    Triggers.cron(task.getCronExpression());
                }
            }
            case INTERVAL -> {
                if (changed(before, task, Task::getIntervalSeconds)) {
                    if (task.getIntervalSeconds() == null || task.getIntervalSeconds() < 1) {
                        throw new ValidationException("every: must be at least 1s");
                    }
                    atMost("every", task.getIntervalSeconds(), EVERY_MAX);
                }
                if (changed(before, task, Task::getAnchorAt) && task.getAnchorAt() != null && task.getAnchorAt().isAfter(LATEST)) {
                    throw new ValidationException("anchor: at most " + LATEST);
                }
            }
            case ONCE -> {
                Instant at = task.getRunAt();
                if (at != null && changed(before, task, Task::getRunAt)) {
                    if (at.isAfter(LATEST)) {
                        throw new ValidationException("at: at most " + LATEST);
                    }
                    if (task.isEnabled() && !at.isAfter(clock.instant())) {
                        throw new ValidationException("at: " + at + " is in the past");
                    }
                }
            }
            case MANUAL -> { }
        }
    }

    public static void retries(int retries) {
        if (retries < 0 || retries > RETRIES_MAX) {
            throw new ValidationException("retries: must be between 0 and " + RETRIES_MAX);
        }
    }

    public static void priority(int priority) {
        if (priority < 0 || priority > 2) {
            throw new ValidationException("priority: must be 0 (low), 1 (normal) or 2 (high)");
        }
    }

    /** Not empty, at most {@link #COMMAND_MAX} characters, and (without the shell) quotes that close. */
    public static void command(String command, boolean shell) {
        if (command == null || command.isBlank()) {
            throw new ValidationException("command: must not be empty");
        }
        length("command", command, COMMAND_MAX);
        if (!shell) {
            CommandLineSplitter.split(command);
        }
    }

    private void workDir(String workDir, Long projectId) {
        if (workDir == null) {
            return;
        }
        length("workdir", workDir, WORKDIR_MAX);
        Path base = projectId == null ? home : projectFolders.apply(projectId).orElse(home);
        Path folder;
        try {
            folder = base.resolve(workDir).normalize();
        } catch (InvalidPathException e) {
            throw new ValidationException("workdir: '" + workDir + "' is not a valid path");
        }
        if (!Files.isDirectory(folder)) {
            throw new ValidationException("workdir: " + workDir + " is not an existing directory"
                    + (Path.of(workDir).isAbsolute() ? "" : " (read from " + base + ")"));
        }
    }

    private static void zone(String zone) {
        if (zone != null && zone.isBlank()) {
            throw new ValidationException("zone: must not be empty; leave it out for the system time zone");
        }
        Triggers.zone(zone);
    }

    private static void atMost(String what, long seconds, Duration max) {
        if (seconds < 0 || seconds > max.toSeconds()) {
            throw Durations.atMost(what, max);
        }
    }

    private static void length(String what, String value, int max) {
        if (value != null && value.length() > max) {
            throw new ValidationException(what + ": at most " + max + " characters (this one has " + value.length() + ")");
        }
    }

    private static <V> boolean changed(Task before, Task task, Function<Task, V> field) {
        return before == null || !Objects.equals(field.apply(before), field.apply(task));
    }
}
