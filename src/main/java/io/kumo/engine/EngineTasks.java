package io.kumo.engine;

import io.kumo.domain.Task;
import java.util.List;
import java.util.Optional;

/** The engine's view of the stored tasks: the composition root adapts the task repository (or service) to it. */
public interface EngineTasks {

    Optional<Task> find(long id);

    List<Task> all();
}
