package io.kumo.reports;

import io.kumo.common.ValidationException;
import io.kumo.project.Tags;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which tasks a query selects, and the selection in words. Tasks are few (hundreds), so tags are matched here with
 * the same parsing the editor stores them with, and the runs are then read by task id.
 *
 * @param taskIds null when every task is selected
 */
record ReportSelection(Set<Long> taskIds, String words, Map<Long, SelectedTask> tasks) {

    static ReportSelection of(ReportQuery query, ReportRows rows) {
        Map<Long, SelectedTask> tasks = new HashMap<>();
        for (SelectedTask task : rows.query("SELECT t.id, t.name, t.project_id, p.name, t.tags FROM tasks t "
                + "LEFT JOIN projects p ON p.id = t.project_id", row -> new SelectedTask(row.getLong(1), row.getString(2),
                ReportRows.longOrNull(row, 3), row.getString(4), Tags.parse(row.getString(5))))) {
            tasks.put(task.id(), task);
        }
        List<String> words = new ArrayList<>();
        Predicate<SelectedTask> selected = task -> true;
        if (query.projectId() != null) {
            String project = rows.query("SELECT name FROM projects WHERE id = " + query.projectId(), row -> row.getString(1))
                    .stream().findFirst().orElseThrow(() -> new ValidationException("No project #" + query.projectId()));
            words.add("project " + project);
            selected = selected.and(task -> query.projectId().equals(task.projectId()));
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            String tag = query.tag().strip().toLowerCase(Locale.ROOT);
            words.add("tag " + tag);
            selected = selected.and(task -> task.tags().contains(tag));
        }
        if (!query.taskIds().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (Long id : query.taskIds().stream().sorted().toList()) {
                SelectedTask task = tasks.get(id);
                if (task == null) {
                    throw new ValidationException("No task #" + id);
                }
                names.add(task.name());
            }
            words.add((names.size() == 1 ? "task " : "tasks ") + String.join(", ", names));
            selected = selected.and(task -> query.taskIds().contains(task.id()));
        }
        if (words.isEmpty()) {
            return new ReportSelection(null, "all tasks", Map.copyOf(tasks));
        }
        Set<Long> ids = tasks.values().stream().filter(selected).map(SelectedTask::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new ReportSelection(Set.copyOf(ids), String.join(" · ", words), Map.copyOf(tasks));
    }

    boolean all() {
        return taskIds == null;
    }
}
