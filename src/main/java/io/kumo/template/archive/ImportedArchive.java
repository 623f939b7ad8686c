package io.kumo.template.archive;

import io.kumo.domain.Project;
import io.kumo.domain.Task;
import java.util.List;

/** What an import created, and what the user should know (an environment missing here, variables to set). */
public record ImportedArchive(Project project, List<Task> tasks, List<String> workflows, List<String> warnings) {
}
