package io.kumo.app;

import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.service.AuditedRepository;
import io.kumo.service.NextRuns;
import io.kumo.service.SchedulingPause;
import io.kumo.service.StoredSchedules;
import io.kumo.service.TaskService;

/**
 * What reading tasks needs (a listing, one task, their next runs, project and environment names): the whole
 * {@link KumoCore} of an instance, or the {@link TaskReadingStore} a read-only CLI command opens on its own.
 */
public interface TaskReads {

    TaskService taskService();

    NextRuns nextRuns();

    /** The stored schedules read so far (trigger and words), kept for as long as this is open. */
    StoredSchedules schedules();

    SchedulingPause schedulingPause();

    AuditedRepository<Project> projects();

    AuditedRepository<PythonEnvironment> environments();
}
