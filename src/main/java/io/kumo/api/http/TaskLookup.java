package io.kumo.api.http;

import io.kumo.domain.Task;
import io.kumo.service.TaskService;
import java.util.Optional;

/** A task as a path or query names it: by name, or by id when no task has that name and it is a number. */
final class TaskLookup {

    private final TaskService tasks;

    TaskLookup(TaskService tasks) {
        this.tasks = tasks;
    }

    Task find(String nameOrId) {
        return tasks.findNamed(nameOrId).or(() -> byId(nameOrId))
                .orElseThrow(() -> ApiException.notFound("no task named '" + nameOrId + "'"));
    }

    private Optional<Task> byId(String text) {
        if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return tasks.find(Long.parseLong(text));
    }
}
