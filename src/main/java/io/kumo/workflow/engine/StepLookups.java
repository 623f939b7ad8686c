package io.kumo.workflow.engine;

import io.kumo.domain.Task;
import java.util.Optional;

/** What a step names and the workflow engine resolves when the step starts: a project, a Python environment, a task. */
public interface StepLookups {

    Optional<Long> projectId(String name);

    Optional<Long> environmentId(String name);

    Optional<Task> task(String name);
}
