package io.kumo.ui.tasks;

import io.kumo.common.ValidationException;
import io.kumo.domain.Task;
import io.kumo.engine.Engine;
import io.kumo.service.TaskService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The task table's actions, each on every selected task: run now, pause, resume, stop, duplicate, delete. What each
 * does is the task service's or the engine's; this only applies it to a selection. Called on the background executor;
 * a task that fails does not keep the others from being done, and the failures are reported together at the end.
 */
final class TaskActions {

    private final TaskService tasks;
    private final Optional<Engine> engine;

    TaskActions(TaskService tasks, Optional<Engine> engine) {
        this.tasks = tasks;
        this.engine = engine;
    }

    Task find(long id) {
        return tasks.get(id);
    }

    void runNow(Collection<Long> ids) {
        Engine running = engine();
        each(ids, id -> running.runNow(find(id)));
    }

    /** Pauses (false) or resumes (true); audited as PAUSE or RESUME. */
    void setEnabled(Collection<Long> ids, boolean enabled) {
        each(ids, id -> tasks.setEnabled(id, enabled));
    }

    /** Stops the running runs of the tasks and cancels their waiting ones; returns how many. */
    int stop(Collection<Long> ids) {
        Engine running = engine();
        int[] stopped = {0};
        each(Set.copyOf(ids), taskId -> stopped[0] += running.stopTask(taskId).size());
        return stopped[0];
    }

    /** Paused copies (see {@link TaskService#duplicate}). */
    List<Task> duplicate(Collection<Long> ids) {
        List<Task> copies = new ArrayList<>();
        each(ids, id -> copies.add(tasks.duplicate(id)));
        return copies;
    }

    void delete(Collection<Long> ids) {
        each(ids, tasks::delete);
    }

    private Engine engine() {
        return engine.orElseThrow(() -> new ValidationException("The scheduler is not running in this window"));
    }

    private static void each(Collection<Long> ids, Consumer<Long> action) {
        List<RuntimeException> failures = new ArrayList<>();
        for (Long id : ids) {
            try {
                action.accept(id);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (failures.size() == 1) {
            throw failures.getFirst();
        }
        if (!failures.isEmpty()) {
            ValidationException all = new ValidationException(String.join("\n", failures.stream()
                    .map(e -> e.getMessage() == null ? e.toString() : e.getMessage()).toList()));
            failures.forEach(all::addSuppressed);
            throw all;
        }
    }
}
