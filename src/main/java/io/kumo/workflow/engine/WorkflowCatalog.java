package io.kumo.workflow.engine;

import io.kumo.workflow.service.StoredWorkflow;
import java.util.List;

/** The saved workflows the engine schedules (the workflow service reads them). */
@FunctionalInterface
public interface WorkflowCatalog {
    List<StoredWorkflow> all();
}
