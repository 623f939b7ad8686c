package io.kumo.ui.tasks;

import io.kumo.app.KumoCore;
import io.kumo.audit.AuditAction;
import io.kumo.common.ValidationException;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.engine.Engine;
import io.kumo.engine.RunStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the task table's actions do, each on every selected task: run now, pause, resume, stop, duplicate, delete.
 * Called on the background executor; a task that fails does not keep the others from being done, and the failures
 * are reported together at the end.
 */
final class TaskActions {

    private final KumoCore core;

    TaskActions(KumoCore core) {
        this.core = core;
    }

    Task find(long id) {
        return core.tasks().findById(id).orElseThrow(() -> new ValidationException("The task no longer exists (#" + id + ")"));
    }

    void runNow(Collection<Long> ids) {
        Engine engine = engine();
        each(ids, id -> engine.runNow(find(id)));
    }

    /** Pauses (false) or resumes (true); audited as PAUSE or RESUME. */
    void setEnabled(Collection<Long> ids, boolean enabled) {
        each(ids, id -> {
            Task task = find(id);
            if (task.isEnabled() == enabled) {
                return;
            }
            if (core.engine().isPresent()) {
                if (enabled) {
                    core.engine().get().resume(task);
                } else {
                    core.engine().get().pause(task);
                }
            } else {
                task.setEnabled(enabled);
                core.tasks().update(task, enabled ? AuditAction.RESUME : AuditAction.PAUSE);
            }
        });
    }

    /** Stops the running runs of the tasks and cancels their waiting ones; returns how many. */
    int stop(Collection<Long> ids) {
        Engine engine = engine();
        Set<Long> tasks = Set.copyOf(ids);
        RunStore runs = new RunStore(core.database());
        List<Run> going = new ArrayList<>(runs.withStatus(RunStatus.RUNNING));
        going.addAll(runs.withStatus(RunStatus.QUEUED));
        int[] stopped = {0};
        each(going.stream().filter(run -> tasks.contains(run.getTaskId())).map(Run::getId).toList(), runId -> {
            if (engine.stop(runId)) {
                stopped[0]++;
            }
        });
        return stopped[0];
    }

    /** Copies named "<name> copy" (then "copy 2"...), paused so that they do not fire before they are reviewed. */
    List<Task> duplicate(Collection<Long> ids) {
        List<Task> copies = new ArrayList<>();
        each(ids, id -> copies.add(core.tasks().create(copyOf(find(id)))));
        return copies;
    }

    void delete(Collection<Long> ids) {
        each(ids, id -> core.tasks().delete(id));
    }

    private Task copyOf(Task source) {
        String name = core.tasks().freeName(source.getName() + " copy", n -> source.getName() + " copy " + n);
        Task copy = new Task(name, source.getCommand());
        copy.setDescription(source.getDescription());
        copy.setProjectId(source.getProjectId());
        copy.setEnvironmentId(source.getEnvironmentId());
        copy.setUseShell(source.isUseShell());
        copy.setWorkDir(source.getWorkDir());
        copy.setTriggerType(source.getTriggerType());
        copy.setCronExpression(source.getCronExpression());
        copy.setIntervalSeconds(source.getIntervalSeconds());
        copy.setAnchorAt(source.getAnchorAt());
        copy.setRunAt(source.getRunAt());
        copy.setTimeZone(source.getTimeZone());
        copy.setTimeoutSeconds(source.getTimeoutSeconds());
        copy.setRetries(source.getRetries());
        copy.setRetryDelaySeconds(source.getRetryDelaySeconds());
        copy.setRetryBackoff(source.getRetryBackoff());
        copy.setEnvironmentVariables(source.getEnvironmentVariables());
        copy.setPriority(source.getPriority());
        copy.setOverlapPolicy(source.getOverlapPolicy());
        copy.setMisfirePolicy(source.getMisfirePolicy());
        copy.setTags(source.getTags());
        copy.setEnabled(false);
        return copy;
    }

    private Engine engine() {
        return core.engine().orElseThrow(() -> new ValidationException("The scheduler is not running in this window"));
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
