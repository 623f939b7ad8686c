package io.kumo.ui.projects;

import io.kumo.domain.Project;
import io.kumo.project.Detection;
import java.nio.file.Path;

/** A project as the list and the header show it: the stored record and what was detected in its folder. */
public record ProjectItem(Project project, Detection detection) {

    public long id() {
        return project.getId();
    }

    public String name() {
        return project.getName();
    }

    public boolean linked() {
        return project.isLinked();
    }

    public Path root() {
        return Path.of(project.getRootPath());
    }

    public String kindLabel() {
        return detection.kind().label();
    }

    public boolean hasDependencies() {
        return !detection.requirementFiles().isEmpty() || !detection.declaredDependencies().isEmpty();
    }
}
