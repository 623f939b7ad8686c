package io.kumo.service;

import io.kumo.audit.AuditAction;
import io.kumo.common.ValidationException;
import io.kumo.domain.Task;
import io.kumo.store.TaskTable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Every change to a task, for the window, the command line, the crontab importer and whatever calls next: checked by
 * {@link TaskRules} and audited in one transaction (the repository), then told to the scheduler ({@link TaskScheduling})
 * once it has committed. Adapters only translate their input into a {@link Task} and call this.
 */
public final class TaskService {

    private final AuditedRepository<Task> tasks;
    private final TaskTable table;
    private final TaskRules rules;
    private volatile TaskScheduling scheduling = TaskScheduling.NONE;

    /**
     * {@code tasks} must check {@code rules} before it writes (it is built with them); {@code table} reads the whole
     * list in one plain query.
     */
    public TaskService(AuditedRepository<Task> tasks, TaskTable table, TaskRules rules) {
        this.tasks = tasks;
        this.table = table;
        this.rules = rules;
    }

    /** The engine, once it runs; from then on every committed change reschedules the task at once. */
    public void scheduleWith(TaskScheduling scheduling) {
        this.scheduling = Objects.requireNonNull(scheduling);
    }

    /** What a task may hold; the editor runs them as the user types. */
    public TaskRules rules() {
        return rules;
    }

    /** Every task by name, read in one plain query (the CLI's listing, the instance's, the panes'). */
    public List<Task> list() {
        return table.all();
    }

    public Optional<Task> find(long id) {
        return tasks.findById(id);
    }

    public Task get(long id) {
        return find(id).orElseThrow(() -> new ValidationException("The task no longer exists (#" + id + ")"));
    }

    public Optional<Task> findNamed(String name) {
        return tasks.findByName(name);
    }

    public Task named(String name) {
        return tasks.findByName(name).orElseThrow(() -> new ValidationException("no task named '" + name + "'"));
    }

    /** Stores a new task; a {@link ValidationException} names the first field refused, and nothing is written. */
    public Task create(Task task) {
        Task created = tasks.create(task);
        scheduling.taskChanged(created);
        return created;
    }

    /** Saves the edited fields of a stored task (the rules check what changed) and schedules it again from now. */
    public Task update(Task task) {
        Task updated = tasks.update(task);
        scheduling.taskChanged(updated);
        return updated;
    }

    /**
     * Reads the stored task, lets {@code change} edit it and saves it, atomically (see
     * {@link AuditedRepository#update(long, UnaryOperator, AuditAction)}): a pause made meanwhile is not undone by a
     * copy read before it. The API's PUT and {@code kumo task add}'s edits go through here.
     */
    public Task update(long id, UnaryOperator<Task> change) {
        Task updated = tasks.update(id, change, AuditAction.UPDATE);
        if (updated == null) {
            return get(id);
        }
        scheduling.taskChanged(updated);
        return updated;
    }

    /**
     * A copy named "NAME copy" (then "NAME copy 2"...), paused so that it does not fire before it is reviewed; run
     * history is not copied.
     */
    public Task duplicate(long id) {
        Task source = get(id);
        Task copy = TaskCopy.of(source);
        copy.setName(freeName(source.getName(), " copy", " "));
        copy.setEnabled(false);
        return create(copy);
    }

    /** Deletes the task and unschedules it; a run in progress finishes, and the run history stays. */
    public void delete(long id) {
        tasks.delete(id);
        scheduling.taskDeleted(id);
    }

    public Task pause(long id) {
        return setEnabled(id, false);
    }

    /** Schedules a paused task again, from now on. */
    public Task resume(long id) {
        return setEnabled(id, true);
    }

    /** Pauses (false) or resumes (true), audited as PAUSE or RESUME; a task already so is left as it is. */
    public Task setEnabled(long id, boolean enabled) {
        Task updated = tasks.update(id, task -> {
            if (task.isEnabled() == enabled) {
                return null;
            }
            task.setEnabled(enabled);
            return task;
        }, enabled ? AuditAction.RESUME : AuditAction.PAUSE);
        if (updated == null) {
            return get(id);
        }
        scheduling.taskChanged(updated);
        return updated;
    }

    /**
     * {@code base + suffix} when no task has that name, else {@code base + suffix + separator + n} for the first free
     * n from 2; the base is cut so that the name stays within {@link TaskRules#NAME_MAX}.
     */
    public String freeName(String base, String suffix, String separator) {
        String name = fit(base, suffix);
        for (int n = 2; tasks.findByName(name).isPresent(); n++) {
            name = fit(base, suffix + separator + n);
        }
        return name;
    }

    private static String fit(String base, String tail) {
        int room = TaskRules.NAME_MAX - tail.length();
        String cut = base.length() <= room ? base : base.substring(0, Math.max(0, room)).stripTrailing();
        if (!cut.isEmpty() && Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + tail;
    }

    /** Told after each committed change, on the thread that made it (the Tasks pane refreshes on it). */
    public void addListener(AuditedRepository.ChangeListener<Task> listener) {
        tasks.addListener(listener);
    }

    public void removeListener(AuditedRepository.ChangeListener<Task> listener) {
        tasks.removeListener(listener);
    }
}
