package io.kumo.ui.tasks;

import io.kumo.common.ValidationException;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.engine.TaskSummary;
import io.kumo.project.Tags;
import io.kumo.schedule.Trigger;
import io.kumo.schedule.Triggers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the task table in the background: the tasks, the names of their projects and environments, and the run
 * summaries of the last 7 days (three grouped queries, whatever the number of runs). Never on the FX thread.
 */
final class TaskLoader {

    static final Duration SUMMARY_WINDOW = Duration.ofDays(7);

    private final TaskPaneServices services;

    TaskLoader(TaskPaneServices services) {
        this.services = services;
    }

    List<TaskItem> load() {
        Instant now = services.clock().instant();
        List<Task> tasks = services.tasks().list();
        Map<Long, String> projects = services.projects().list().stream()
                .collect(Collectors.toMap(Project::getId, Project::getName));
        Map<Long, String> environments = services.environments().list().stream()
                .collect(Collectors.toMap(PythonEnvironment::getId, PythonEnvironment::getName));
        Map<Long, TaskSummary> summaries = services.summaries().since(now.minus(SUMMARY_WINDOW));
        List<TaskItem> items = new ArrayList<>(tasks.size());
        for (Task task : tasks) {
            items.add(item(task, name(projects, task.getProjectId()), name(environments, task.getEnvironmentId()),
                    summaries.getOrDefault(task.getId(), TaskSummary.none(task.getId())), services.nextRuns().of(task)));
        }
        return items;
    }

    /** @param next the next run as every list shows it: none while paused (the task or all scheduling), never past */
    static TaskItem item(Task task, String project, String environment, TaskSummary summary, Optional<Instant> next) {
        String trigger;
        boolean valid = true;
        try {
            trigger = Triggers.of(task).map(Trigger::describe).orElse("Manual only");
        } catch (ValidationException e) {
            trigger = "Cannot be scheduled: " + e.getMessage();
            valid = false;
        }
        return new TaskItem(task.getId(), task.getName(), task.getDescription(), task.getCommand(), project, environment,
                trigger, valid, task.isEnabled(), next.orElse(null), summary.lastStatus(), summary.lastRunAt(), summary.finished(),
                summary.succeeded(), summary.running(), Tags.parse(task.getTags()));
    }

    private static String name(Map<Long, String> names, Long id) {
        return id == null ? null : names.getOrDefault(id, "#" + id);
    }
}
