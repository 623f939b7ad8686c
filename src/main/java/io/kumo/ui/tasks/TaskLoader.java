package io.kumo.ui.tasks;

import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.engine.TaskSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the task table in the background: the tasks, the names of their projects and environments, and the run
 * summaries of the last 7 days (three grouped queries, whatever the number of runs). Never on the FX thread: it also
 * makes the rows ready to show (their search texts, the sort keys of their texts), so the FX thread only merges them.
 */
final class TaskLoader {

    static final Duration SUMMARY_WINDOW = Duration.ofDays(7);

    private final TaskPaneServices services;
    private final TextOrder order;
    private final Schedules schedules = new Schedules();
    /** The last listing's items and search texts by task id: an unchanged task's text is not made again. */
    private volatile Map<Long, Listed> listed = Map.of();

    private record Listed(TaskItem item, String searchText) {
    }

    /** @param order the table's text order, whose keys each listing prepares */
    TaskLoader(TaskPaneServices services, TextOrder order) {
        this.services = services;
        this.order = order;
    }

    /** Every task as a fresh row, in the order of the task list. */
    List<TaskRow> load() {
        Instant now = services.clock().instant();
        List<Task> tasks = services.tasks().list();
        Map<Long, String> projects = services.projects().list().stream()
                .collect(Collectors.toMap(Project::getId, Project::getName));
        Map<Long, String> environments = services.environments().list().stream()
                .collect(Collectors.toMap(PythonEnvironment::getId, PythonEnvironment::getName));
        Map<Long, TaskSummary> summaries = services.summaries().since(now.minus(SUMMARY_WINDOW));
        List<TaskRow> rows = new ArrayList<>(tasks.size());
        Map<Long, Listed> latestById = new HashMap<>(tasks.size() * 2);
        for (Task task : tasks) {
            Schedules.Schedule schedule = schedules.of(task);
            TaskItem item = item(task, schedule, schedules.tags(task), name(projects, task.getProjectId()),
                    name(environments, task.getEnvironmentId()), summaries.getOrDefault(task.getId(), TaskSummary.none(task.getId())),
                    services.nextRuns().of(task, schedule.trigger()));
            Listed before = listed.get(item.id());
            Listed latest = before != null && before.item().equals(item) ? before : new Listed(item, TaskFilter.searchText(item));
            if (latest != before) {
                order.prepare(item.name(), item.projectName(), item.environmentName(), item.trigger());
            }
            latestById.put(item.id(), latest);
            rows.add(new TaskRow(item, latest.searchText()));
        }
        listed = latestById;
        return rows;
    }

    /** @param next the next run as every list shows it: none while paused (the task or all scheduling), never past */
    private static TaskItem item(Task task, Schedules.Schedule schedule, List<String> tags, String project, String environment,
                                 TaskSummary summary, Optional<Instant> next) {
        return new TaskItem(task.getId(), task.getName(), task.getDescription(), task.getCommand(), project, environment,
                schedule.words(), schedule.valid(), task.isEnabled(), next.orElse(null), summary.lastStatus(), summary.lastRunAt(),
                summary.finished(), summary.succeeded(), summary.running(), tags);
    }

    private static String name(Map<Long, String> names, Long id) {
        return id == null ? null : names.getOrDefault(id, "#" + id);
    }
}
