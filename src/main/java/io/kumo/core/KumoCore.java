package io.kumo.core;

import io.kumo.audit.AuditService;
import io.kumo.backup.BackupRestorer;
import io.kumo.backup.BackupService;
import io.kumo.config.DataDirectory;
import io.kumo.datacheck.DataCheck;
import io.kumo.domain.EnvVariable;
import io.kumo.domain.Interpreter;
import io.kumo.domain.Project;
import io.kumo.domain.PypiMirror;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.engine.Engine;
import io.kumo.engine.EngineState;
import io.kumo.engine.EngineStatus;
import io.kumo.instance.InstanceLock;
import io.kumo.logs.FileSystemSpace;
import io.kumo.logs.LogDiskUsage;
import io.kumo.logs.LogRetention;
import io.kumo.logs.Maintenance;
import io.kumo.logs.RunPruner;
import io.kumo.project.ArchiveLimits;
import io.kumo.project.FileHistory;
import io.kumo.project.ProjectFiles;
import io.kumo.project.ProjectService;
import io.kumo.project.TextFiles;
import io.kumo.project.TrashService;
import io.kumo.python.MirrorService;
import io.kumo.python.PythonServices;
import io.kumo.secrets.SecretCipher;
import io.kumo.secrets.SecretKeyFile;
import io.kumo.secrets.VariableService;
import io.kumo.service.AuditedRepository;
import io.kumo.settings.Settings;
import io.kumo.settings.SettingsService;
import io.kumo.store.Database;
import io.kumo.supervisor.ProcessLauncher;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything Kumo is without a window: the data directory (held by an instance lock), the database and the services.
 * The GUI and the headless mode both run on one of these.
 */
public final class KumoCore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KumoCore.class);

    private final DataDirectory dataDirectory;
    private final InstanceLock lock;
    private final Database database;
    private final Clock clock;
    private final AuditService audit;
    private final SettingsService settings;
    private final AuditedRepository<Project> projects;
    private final AuditedRepository<Task> tasks;
    private final AuditedRepository<PythonEnvironment> environments;
    private final AuditedRepository<EnvVariable> variables;
    private final PythonServices python;
    private final ProjectService projectService;
    private final ProjectFiles projectFiles;
    private final Maintenance maintenance;
    private final LogDiskUsage logDiskUsage;
    private final VariableService variableService;
    private final BackupService backups;
    private final DataCheck dataCheck;
    private final WindowRequests windowRequests = new WindowRequests();
    private final EngineStatus engineStatus = new EngineStatus();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Engine engine;

    private KumoCore(DataDirectory dataDirectory, InstanceLock lock, Database database, Clock clock, Actor actor,
                     Map<String, String> userEnvironment) {
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.database = database;
        this.clock = clock;
        this.audit = new AuditService(database, clock, actor);
        this.settings = new SettingsService(database, audit, clock);
        this.projects = new AuditedRepository<>(database, database.projects(), audit, clock, "Project");
        this.tasks = new AuditedRepository<>(database, database.tasks(), audit, clock, "Task");
        this.environments = new AuditedRepository<>(database, database.environments(), audit, clock, "Environment");
        this.variables = new AuditedRepository<>(database, database.envVariables(), audit, clock, "Variable");
        this.python = PythonServices.create(dataDirectory, database, environments, tasks,
                new AuditedRepository<Interpreter>(database, database.interpreters(), audit, clock, "Interpreter", "path", 4096),
                new AuditedRepository<PypiMirror>(database, database.mirrors(), audit, clock, "Mirror", "url", 2000),
                settings, clock, userEnvironment);
        this.projectService = new ProjectService(dataDirectory.projects(), projects, tasks,
                new TrashService(dataDirectory.trash(), audit, clock), audit, ArchiveLimits.DEFAULT);
        this.variableService = new VariableService(variables,
                new SecretCipher(SecretKeyFile.loadOrCreate(dataDirectory.secretKeyFile())));
        this.backups = new BackupService(database, dataDirectory, audit, clock);
        this.dataCheck = new DataCheck(database, dataDirectory.runLogs(), tasks, projects, environments, audit);
        this.maintenance = new Maintenance(settings, new LogRetention(database, dataDirectory.runLogs()),
                new RunPruner(database), backups, clock);
        this.logDiskUsage = new LogDiskUsage(dataDirectory.runLogs(), FileSystemSpace.ofThisMachine());
        this.projectFiles = new ProjectFiles(new TextFiles(), new FileHistory(dataDirectory.history(), clock), audit);
    }

    /**
     * Locks the data directory and opens the store.
     *
     * @throws io.kumo.instance.AlreadyRunningException when another Kumo process holds the directory
     */
    public static KumoCore open(DataDirectory dataDirectory, Clock clock, Actor actor) {
        return open(dataDirectory, clock, actor, System.getenv());
    }

    /** As {@link #open(DataDirectory, Clock, Actor)}, with the environment Python tools start from and discovery reads. */
    public static KumoCore open(DataDirectory dataDirectory, Clock clock, Actor actor, Map<String, String> userEnvironment) {
        dataDirectory.ensureLayout();
        return open(dataDirectory, InstanceLock.acquire(dataDirectory.lockFile()), clock, actor, userEnvironment);
    }

    /**
     * Opens the store on a data directory whose lock the caller has taken (waiting for a CLI command, say); the core
     * owns the lock from here on and releases it on close, or at once when opening fails.
     */
    public static KumoCore open(DataDirectory dataDirectory, InstanceLock lock, Clock clock, Actor actor,
                                Map<String, String> userEnvironment) {
        try {
            BackupRestorer.applyPending(dataDirectory, clock);
            Database database = Database.open(dataDirectory.database());
            KumoCore core = new KumoCore(dataDirectory, lock, database, clock, actor, userEnvironment);
            core.start();
            return core;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private void start() {
        engineStatus.state().set(EngineState.STOPPED);
        purgeExpiredTrash();
        LOG.info("Kumo core started on {}", dataDirectory);
    }

    public DataDirectory dataDirectory() { return dataDirectory; }
    public Database database() { return database; }
    public Clock clock() { return clock; }
    public AuditService audit() { return audit; }
    public SettingsService settings() { return settings; }
    public AuditedRepository<Project> projects() { return projects; }
    public AuditedRepository<Task> tasks() { return tasks; }
    public AuditedRepository<PythonEnvironment> environments() { return environments; }
    public AuditedRepository<EnvVariable> variables() { return variables; }
    public EngineStatus engineStatus() { return engineStatus; }
    public PythonServices python() { return python; }
    public ProjectService projectService() { return projectService; }
    public ProjectFiles projectFiles() { return projectFiles; }
    public Maintenance maintenance() { return maintenance; }
    /** Run logs' bytes and files, and the space and inodes left on their file system. */
    public LogDiskUsage logDiskUsage() { return logDiskUsage; }
    /** Global variables; secrets sealed. Use this, not {@link #variables()}, to read or write values. */
    public VariableService variableService() { return variableService; }
    public BackupService backups() { return backups; }
    public DataCheck dataCheck() { return dataCheck; }
    public WindowRequests windowRequests() { return windowRequests; }
    public MirrorService mirrors() { return python.mirrors(); }

    private void purgeExpiredTrash() {
        try {
            int purged = projectService.trash().purgeOlderThan(java.time.Duration.ofDays(settings.get(Settings.TRASH_RETENTION_DAYS)));
            if (purged > 0) {
                LOG.info("Emptied {} expired project(s) from the trash", purged);
            }
        } catch (RuntimeException e) {
            LOG.warn("Emptying the trash failed", e);
        }
    }

    /** Starts scheduling: the app and {@code --headless} run one engine; CLI commands on their own do not. */
    public synchronized Engine startEngine(ProcessLauncher launcher, Map<String, String> baseEnvironment) {
        if (engine == null) {
            engine = new Engine(this, launcher, baseEnvironment);
            engine.start();
            maintenance.schedule();
        }
        return engine;
    }

    public Optional<Engine> engine() {
        return Optional.ofNullable(engine);
    }

    /** Stops the engine (runs recorded, trees stopped), closes the store and releases the data directory; idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        maintenance.close();
        if (engine != null) {
            engine.close();
        }
        engineStatus.state().set(EngineState.STOPPING);
        database.close();
        lock.close();
        engineStatus.state().set(EngineState.STOPPED);
        LOG.info("Kumo core stopped cleanly");
    }
}
