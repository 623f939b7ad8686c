package io.kumo.workflow.engine;

import io.kumo.audit.AuditService;
import io.kumo.engine.Engine;
import io.kumo.store.Database;
import io.kumo.supervisor.ProcessLauncher;
import io.kumo.workflow.service.WorkflowEvents;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What the workflow engine works with, passed in by the composition root: the engine its steps run on, the clock, the
 * database (it writes workflow runs), the data directory (output files), the launcher and environment preconditions'
 * commands run with, the names steps resolve, the saved workflows, where it publishes run changes, and the audit log.
 */
public record WorkflowEngineServices(Engine engine, Clock clock, Database database, Path dataRoot, ProcessLauncher launcher,
                                     Map<String, String> baseEnvironment, StepLookups lookups, WorkflowCatalog workflows,
                                     WorkflowEvents events, AuditService audit) {
}
