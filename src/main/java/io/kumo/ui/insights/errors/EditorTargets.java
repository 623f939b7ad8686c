package io.kumo.ui.insights.errors;

import io.kumo.domain.Project;
import io.kumo.domain.Task;
import io.kumo.insights.errors.ErrorGroupDetail;
import io.kumo.insights.errors.ErrorRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Where a group's error is in a project: the project of the task its newest run belongs to, when the group's file is
 * a file of that project. Reads the store and the disk: off the FX thread.
 */
public final class EditorTargets {

    private final LongFunction<Optional<Task>> tasks;
    private final LongFunction<Optional<Project>> projects;

    public EditorTargets(LongFunction<Optional<Task>> tasks, LongFunction<Optional<Project>> projects) {
        this.tasks = tasks;
        this.projects = projects;
    }

    public Optional<EditorTarget> of(ErrorGroupDetail detail) {
        String file = detail.group().file();
        if (file == null || detail.recentRuns().isEmpty() || Path.of(file).isAbsolute()) {
            return Optional.empty();
        }
        ErrorRun newest = detail.recentRuns().getFirst();
        return tasks.apply(newest.taskId()).map(Task::getProjectId).flatMap(projects::apply)
                .filter(project -> project.getRootPath() != null
                        && Files.isRegularFile(Path.of(project.getRootPath()).resolve(file).normalize())
                        && Path.of(project.getRootPath()).resolve(file).normalize().startsWith(Path.of(project.getRootPath()).normalize()))
                .map(project -> new EditorTarget(project.getId(), file,
                        detail.group().line() == null ? 1 : detail.group().line()));
    }
}
