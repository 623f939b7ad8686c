package io.kumo.app;

import io.kumo.common.Actor;
import io.kumo.config.DataDirectory;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.service.AuditedRepository;
import io.kumo.service.NextRuns;
import io.kumo.service.SchedulingPause;
import io.kumo.service.StoredSchedules;
import io.kumo.service.TaskService;
import io.kumo.store.Database;
import java.time.Clock;
import java.util.Optional;

/**
 * The composition root of a read-only CLI command on the data directory ({@code kumo task list}, {@code task show}):
 * the store and the services over it that reading tasks needs, and nothing else — no engine, process launcher, Python
 * services, secrets, backups, maintenance, trash or permission repair, which {@link KumoCore} builds for an instance.
 * The schema is checked as {@link KumoCore} checks it (one query when it is current, Flyway otherwise). The caller
 * holds the data directory's lock for as long as this is open, and releases it.
 */
public final class TaskReadingStore implements TaskReads, AutoCloseable {

    private final Database database;
    private final StoreServices services;
    private final NextRuns nextRuns;
    private final StoredSchedules schedules = new StoredSchedules();

    private TaskReadingStore(Database database, StoreServices services, Clock clock) {
        this.database = database;
        this.services = services;
        this.nextRuns = new NextRuns(services.schedulingPause(), clock, taskId -> Optional.empty()); // no engine plans
    }

    /** Opens the store of a data directory whose lock the caller holds. */
    public static TaskReadingStore open(DataDirectory dataDirectory, Clock clock, Actor actor) {
        return open(dataDirectory, Deployment.local(dataDirectory), clock, actor);
    }

    /** As above, on the database {@code deployment} names. */
    public static TaskReadingStore open(DataDirectory dataDirectory, Deployment deployment, Clock clock, Actor actor) {
        Database database = StoreServices.openDatabase(dataDirectory, deployment, clock);
        try {
            return new TaskReadingStore(database, StoreServices.of(database, clock, actor), clock);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    @Override
    public TaskService taskService() {
        return services.taskService();
    }

    @Override
    public NextRuns nextRuns() {
        return nextRuns;
    }

    @Override
    public StoredSchedules schedules() {
        return schedules;
    }

    @Override
    public SchedulingPause schedulingPause() {
        return services.schedulingPause();
    }

    @Override
    public AuditedRepository<Project> projects() {
        return services.projects();
    }

    @Override
    public AuditedRepository<PythonEnvironment> environments() {
        return services.environments();
    }

    @Override
    public void close() {
        database.close();
        database.storage().close();
    }
}
