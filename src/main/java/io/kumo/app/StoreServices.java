package io.kumo.app;

import io.kumo.audit.AuditService;
import io.kumo.backup.BackupRestorer;
import io.kumo.common.Actor;
import io.kumo.config.DataDirectory;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.project.ProjectService;
import io.kumo.service.AuditedRepository;
import io.kumo.service.SchedulingPause;
import io.kumo.service.TaskRules;
import io.kumo.service.TaskService;
import io.kumo.settings.SettingsService;
import io.kumo.storage.StorageHealth;
import io.kumo.store.Database;
import io.kumo.store.TaskTable;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The services right over the store that tasks are read and changed through, built one way for {@link KumoCore} and
 * for {@link TaskReadingStore} (the CLI's read-only commands), so both read with the same rules and queries.
 */
record StoreServices(AuditService audit, SettingsService settings, AuditedRepository<Project> projects,
                     AuditedRepository<PythonEnvironment> environments, AuditedRepository<Task> tasks,
                     TaskRules taskRules, TaskService taskService, SchedulingPause schedulingPause) {

    /** Applies a restore recorded for this start, then opens (and if needed migrates) the data directory's database. */
    static Database openDatabase(DataDirectory dataDirectory, Deployment deployment, Clock clock) {
        StorageHealth storage = StorageHealth.of(dataDirectory.root(), clock);
        if (deployment.clustered()) {
            return Database.open(deployment.database(), storage);
        }
        BackupRestorer.applyPending(dataDirectory, clock);
        Database database = Database.open(deployment.database(), storage);
        dataDirectory.tightenEntries(dataDirectory.database()); // H2 creates its files with the default mode
        return database;
    }

    static StoreServices of(Database database, Clock clock, Actor actor) {
        AuditService audit = new AuditService(database, clock, actor);
        SettingsService settings = new SettingsService(database, audit, clock);
        AuditedRepository<Project> projects = new AuditedRepository<>(database, database.projects(), audit, clock, "Project");
        // a task without a project starts in the home folder, as LaunchSpecFactory starts it
        TaskRules rules = new TaskRules(clock, Path.of(System.getProperty("user.home")),
                id -> projects.findById(id).map(ProjectService::workFolderOf));
        AuditedRepository<Task> tasks = new AuditedRepository<>(database, database.tasks(), audit, clock, "Task", rules);
        return new StoreServices(audit, settings, projects,
                new AuditedRepository<>(database, database.environments(), audit, clock, "Environment"), tasks, rules,
                new TaskService(tasks, new TaskTable(database), rules), new SchedulingPause(settings, audit));
    }
}
