package io.kumo.json;

import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.service.AuditedRepository;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The project and environment names a task listing shows: read once for a whole listing (two queries, however many
 * tasks), or looked up by id for a single task. A name that is gone reads as null, as a lookup that finds nothing.
 */
public record TaskNamesById(LongFunction<String> projects, LongFunction<String> environments) {

    public static TaskNamesById readAll(AuditedRepository<Project> projects, AuditedRepository<PythonEnvironment> environments) {
        Map<Long, String> projectNames = projects.list().stream().collect(Collectors.toMap(Project::getId, Project::getName));
        Map<Long, String> environmentNames = environments.list().stream()
                .collect(Collectors.toMap(PythonEnvironment::getId, PythonEnvironment::getName));
        return new TaskNamesById(projectNames::get, environmentNames::get);
    }

    public static TaskNamesById lookingUp(AuditedRepository<Project> projects, AuditedRepository<PythonEnvironment> environments) {
        return new TaskNamesById(id -> projects.findById(id).map(Project::getName).orElse(null),
                id -> environments.findById(id).map(PythonEnvironment::getName).orElse(null));
    }

    public String project(long id) {
        return projects.apply(id);
    }

    public String environment(long id) {
        return environments.apply(id);
    }
}
