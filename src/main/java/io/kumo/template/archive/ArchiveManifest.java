package io.kumo.template.archive;

import java.util.List;
import java.util.Map;

/**
 * {@value #FILE} at the root of a project archive: what the project's files do not say. Each task is a
 * {@link TaskDefinitions} map plus {@value #ENVIRONMENT_KEY} (the environment's name, or absent); workflows are their
 * YAML files as the user wrote them. Kumo variables (plain or secret) are never in it: {@link #notExported} says so.
 */
record ArchiveManifest(int format, String project, String description, String workDir, String tags,
                       List<Map<String, Object>> tasks, List<ArchivedWorkflow> workflows, String notExported) {

    static final String FILE = "kumo-archive.json";
    static final String ENVIRONMENT_KEY = "environment";
    static final int FORMAT = 1;
    static final String NOT_EXPORTED = "Kumo variables (plain and secret), environments, run history and outputs are "
            + "not exported: set the variables again where this archive is imported.";

    ArchiveManifest {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        workflows = workflows == null ? List.of() : List.copyOf(workflows);
    }

    /** A workflow's stored file and whether its schedule was on. */
    record ArchivedWorkflow(String name, String yaml, boolean enabled) {
    }
}
