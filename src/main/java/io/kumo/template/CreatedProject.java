package io.kumo.template;

import io.kumo.domain.Project;
import io.kumo.domain.Task;
import java.util.List;

/** A project made from a template, with the tasks created for it (none unless asked). */
public record CreatedProject(Project project, List<Task> tasks) {

    public CreatedProject {
        tasks = List.copyOf(tasks);
    }
}
