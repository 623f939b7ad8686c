package io.kumo.cli;

import io.kumo.app.TaskReads;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The project and environment names a task listing shows: read once for a whole listing (two queries, however many
 * tasks), or looked up by id for a single task. A name that is gone reads as null, as a lookup that finds nothing.
 */
record TaskNamesById(LongFunction<String> projects, LongFunction<String> environments) {

    static TaskNamesById readAll(TaskReads core) {
        Map<Long, String> projects = core.projects().list().stream().collect(Collectors.toMap(Project::getId, Project::getName));
        Map<Long, String> environments = core.environments().list().stream()
                .collect(Collectors.toMap(PythonEnvironment::getId, PythonEnvironment::getName));
        return new TaskNamesById(projects::get, environments::get);
    }

    static TaskNamesById lookingUp(TaskReads core) {
        return new TaskNamesById(id -> core.projects().findById(id).map(Project::getName).orElse(null),
                id -> core.environments().findById(id).map(PythonEnvironment::getName).orElse(null));
    }

    String project(long id) {
        return projects.apply(id);
    }

    String environment(long id) {
        return environments.apply(id);
    }
}
