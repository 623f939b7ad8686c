package io.kumo.app;

import io.kumo.alerts.send.ChannelSender;
import io.kumo.alerts.send.HttpTransport;
import io.kumo.alerts.send.MailSender;
import io.kumo.alerts.send.Senders;
import io.kumo.alerts.service.AlertDispatcher;
import io.kumo.alerts.service.AlertFacts;
import io.kumo.alerts.service.ChannelService;
import io.kumo.reports.schedule.ReportDelivery;
import io.kumo.reports.schedule.ReportScheduleService;
import io.kumo.reports.schedule.ReportScheduler;
import io.kumo.alerts.service.DeliveryLog;
import io.kumo.alerts.service.DeliveryRetention;
import io.kumo.api.ApiState;
import io.kumo.api.service.ApiTokenService;
import io.kumo.api.service.HookService;
import io.kumo.audit.AuditService;
import io.kumo.backup.BackupService;
import io.kumo.common.Actor;
import io.kumo.common.Observable;
import io.kumo.cluster.service.ClusterMember;
import io.kumo.cluster.service.NodeDirectory;
import io.kumo.code.ProjectEnvironment;
import io.kumo.code.check.CodeCheckService;
import io.kumo.code.lsp.LanguageServerFinder;
import io.kumo.code.lsp.LanguageServers;
import io.kumo.git.GitProjects;
import io.kumo.git.GitPullSchedule;
import io.kumo.config.DataDirectory;
import io.kumo.dashboard.DashboardService;
import io.kumo.common.Lazy;
import io.kumo.conditions.ConditionSource;
import io.kumo.conditions.SystemConditionSource;
import io.kumo.isolation.RunConfiners;
import io.kumo.isolation.limits.OsLimits;
import io.kumo.isolation.sandbox.Bubblewrap;
import io.kumo.isolation.sandbox.Containers;
import io.kumo.insights.trends.TaskInsightsService;
import io.kumo.reports.CsvReportWriter;
import io.kumo.reports.ReportService;
import io.kumo.reports.ReportWriters;
import io.kumo.reports.pdf.PdfReportWriter;
import io.kumo.reports.xlsx.XlsxReportWriter;
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
import io.kumo.engine.NodeSeat;
import io.kumo.engine.RunStore;
import io.kumo.engine.TaskSummaries;
import io.kumo.insights.errors.ErrorGroups;
import io.kumo.insights.errors.FailureClassifier;
import io.kumo.instance.InstanceLock;
import io.kumo.logs.FileSystemSpace;
import io.kumo.logs.LogDiskUsage;
import io.kumo.archive.RunArchives;
import io.kumo.logs.LogRetention;
import io.kumo.logs.LogShipper;
import io.kumo.logs.RemoteLogCopies;
import io.kumo.logs.RunLogSource;
import io.kumo.logs.Maintenance;
import io.kumo.logs.RunPruner;
import io.kumo.project.ArchiveLimits;
import io.kumo.project.FileHistory;
import io.kumo.project.ProjectFiles;
import io.kumo.project.ProjectService;
import io.kumo.template.TemplateCatalog;
import io.kumo.template.TemplateService;
import io.kumo.template.archive.ProjectArchives;
import io.kumo.project.TextFiles;
import io.kumo.project.TrashService;
import io.kumo.python.MirrorService;
import io.kumo.python.PythonServices;
import io.kumo.runs.Payloads;
import io.kumo.runs.RunHistory;
import io.kumo.secrets.SecretCipher;
import io.kumo.secrets.SecretKeyFile;
import io.kumo.secrets.VariableService;
import io.kumo.service.AuditedRepository;
import io.kumo.service.NextRuns;
import io.kumo.service.SchedulingPause;
import io.kumo.service.StoredSchedules;
import io.kumo.service.TaskRules;
import io.kumo.service.TaskService;
import io.kumo.settings.ProxyRoutes;
import io.kumo.settings.Settings;
import io.kumo.settings.SettingsService;
import io.kumo.storage.StorageHealth;
import io.kumo.store.Database;
import io.kumo.supervisor.ProcessLauncher;
import io.kumo.workflow.engine.WorkflowEngine;
import io.kumo.workflow.service.WorkflowService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything Kumo is without a window: the data directory (held by an instance lock), the database and the services.
 * The GUI and the headless mode both run on one of these.
 */
public final class KumoCore implements TaskReads, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KumoCore.class);
    private static final int BACKFILL_RUNS = 2000;
    private static final Duration ERROR_GROUPS_GRACE = Duration.ofSeconds(10);

    private final DataDirectory dataDirectory;
    private final InstanceLock lock;
    private final Database database;
    private final Clock clock;
    private final AuditService audit;
    private final SettingsService settings;
    private final AuditedRepository<Project> projects;
    private final AuditedRepository<Task> tasks;
    private final TaskRules taskRules;
    private final TaskService taskService;
    private final AuditedRepository<PythonEnvironment> environments;
    private final AuditedRepository<EnvVariable> variables;
    private final PythonServices python;
    private final ProjectService projectService;
    private final ProjectFiles projectFiles;
    private final ProjectEnvironment projectEnvironment;
    private final CodeCheckService codeChecks;
    private final LanguageServers languageServers;
    private final GitProjects gitProjects;
    private final GitPullSchedule gitPulls;
    private final Maintenance maintenance;
    private final RunArchives archives;
    private final LogDiskUsage logDiskUsage;
    private final VariableService variableService;
    private final BackupService backups;
    private final DataCheck dataCheck;
    private final TaskSummaries taskSummaries;
    private final RunHistory runHistory;
    private final RunLogSource runLogs;
    private volatile Optional<LogShipper> logShipper = Optional.empty();
    private final DashboardService dashboard;
    private final TaskInsightsService taskInsights;
    private final ReportService reports;
    private final SchedulingPause schedulingPause;
    private final NextRuns nextRuns;
    private final WorkflowService workflowService;
    private final TemplateService templateService;
    private final ProjectArchives projectArchives;
    private final HttpTransport alertHttp;
    private final DeliveryLog deliveryLog;
    private final ChannelService channelService;
    private final ChannelSender alertSender;
    private final ReportScheduleService reportSchedules;
    private final ReportScheduler reportScheduler;
    private volatile AlertDispatcher alertDispatcher;
    private final ApiTokenService apiTokens;
    private final HookService hooks;
    private final Payloads payloads;
    /** Failed runs grouped by error; classified on one background thread while the instance's engine runs. */
    private final ErrorGroups errorGroups;
    private final Lazy<RunConfiners> confiners = new Lazy<>(() -> new RunConfiners(OsLimits.detect(), Bubblewrap.detect(), Containers.detect()));
    private volatile RunConfiners chosenConfiners;
    private volatile java.util.concurrent.ExecutorService errorClassifying;
    private final Observable<ApiState> apiState = new Observable<>(ApiState.OFF);
    private final StoredSchedules schedules = new StoredSchedules();
    private final WindowRequests windowRequests = new WindowRequests();
    private final Deployment deployment;
    private final NodeDirectory nodes;
    /** This process as a node of a cluster; empty on one machine alone. */
    private final Optional<ClusterMember> member;
    /** The computer's state that run conditions ask about (power, network, idle time, metering). */
    private final ConditionSource conditions = SystemConditionSource.detect();
    private final NodeSeat seat;
    private final EngineStatus engineStatus = new EngineStatus();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final List<String> unsavedAtClose = new CopyOnWriteArrayList<>();
    private Thread permissionRepair;
    private volatile Engine engine;
    private volatile WorkflowEngine workflowEngine;
    private volatile Observable.Pin enginePause = () -> { };

    private KumoCore(DataDirectory dataDirectory, Deployment deployment, InstanceLock lock, Database database, Clock clock,
                     Actor actor, Map<String, String> userEnvironment) {
        this.dataDirectory = dataDirectory;
        this.deployment = deployment;
        this.lock = lock;
        this.database = database;
        this.clock = clock;
        StoreServices store = StoreServices.of(database, clock, actor);
        this.audit = store.audit();
        this.settings = store.settings();
        this.projects = store.projects();
        this.taskRules = store.taskRules();
        this.tasks = store.tasks();
        this.taskService = store.taskService();
        this.environments = store.environments();
        this.schedulingPause = store.schedulingPause();
        this.variables = new AuditedRepository<>(database, database.envVariables(), audit, clock, "Variable");
        this.python = PythonServices.create(dataDirectory, database, environments, tasks,
                new AuditedRepository<Interpreter>(database, database.interpreters(), audit, clock, "Interpreter", "path", 4096),
                new AuditedRepository<PypiMirror>(database, database.mirrors(), audit, clock, "Mirror", "url", 2000),
                settings, audit, clock, userEnvironment);
        this.projectService = new ProjectService(dataDirectory.projects(), projects, taskService,
                new TrashService(dataDirectory.trash(), audit, clock), audit, ArchiveLimits.DEFAULT);
        this.projectEnvironment = new ProjectEnvironment(projectService, python.environments());
        this.languageServers = new LanguageServers(projectEnvironment, python.packages(), LanguageServerFinder.fromEnvironment());
        this.gitProjects = new GitProjects(dataDirectory.projects(), projects, audit, database, clock);
        this.gitPulls = new GitPullSchedule(gitProjects, clock);
        SecretCipher cipher = new SecretCipher(SecretKeyFile.loadOrCreate(deployment.secretKeyFile()));
        this.variableService = new VariableService(variables, cipher);
        this.backups = new BackupService(database, dataDirectory, audit, clock);
        this.dataCheck = new DataCheck(database, dataDirectory.runLogs(), tasks, projects, environments, audit);
        this.taskSummaries = new TaskSummaries(database);
        RemoteLogCopies logCopies = new RemoteLogCopies(dataDirectory.remoteRunLogs());
        this.runLogs = RunLogSource.of(database, deployment.node().name(), logCopies);
        this.runHistory = new RunHistory(new RunStore(database), runLogs);
        this.dashboard = new DashboardService(database);
        this.reports = new ReportService(database, clock, new ReportWriters(List.of(new CsvReportWriter(), new XlsxReportWriter(), new PdfReportWriter())));
        this.logDiskUsage = new LogDiskUsage(dataDirectory.runLogs(), FileSystemSpace.ofThisMachine());
        FileHistory fileHistory = new FileHistory(dataDirectory.history(), clock);
        this.projectFiles = new ProjectFiles(new TextFiles(), fileHistory, audit);
        this.codeChecks = new CodeCheckService(projectEnvironment, settings,
                new io.kumo.python.ToolRunner(new io.kumo.supervisor.OsProcessLauncher(), userEnvironment), projectFiles);
        this.taskInsights = new TaskInsightsService(database, fileHistory, clock);
        this.workflowService = new WorkflowService(database, audit, clock, taskService, schedulingPause);
        this.templateService = new TemplateService(TemplateCatalog.builtIn(), projectService, taskService, python.packages());
        this.projectArchives = new ProjectArchives(projectService, taskService, python.environments(), workflowService);
        this.alertHttp = new HttpTransport(new ProxyRoutes(settings), Duration.ofSeconds(10), Duration.ofSeconds(30));
        this.deliveryLog = new DeliveryLog(database, clock);
        MailSender mailSender = new MailSender(Duration.ofSeconds(10), Duration.ofSeconds(30));
        this.alertSender = new Senders(alertHttp, mailSender, clock);
        this.channelService = new ChannelService(database, audit, clock, cipher, alertSender, deliveryLog);
        this.reportSchedules = new ReportScheduleService(database, audit, channelService, clock);
        this.reportScheduler = new ReportScheduler(reportSchedules, reports::build, reports.writers()::writer,
                new ReportDelivery(channelService, alertSender, mailSender), clock);
        this.apiTokens = new ApiTokenService(database, audit, clock);
        this.hooks = new HookService(database, audit, clock, cipher, taskService, workflowService);
        this.payloads = new Payloads(dataDirectory.payloads(), clock);
        RunPruner runPruner = new RunPruner(database, dataDirectory.workflowOutputs(), logCopies);
        this.archives = new RunArchives(database, dataDirectory.archive(), runLogs, runPruner, clock);
        this.errorGroups = new ErrorGroups(database, runLogs, this::projectRootOfTask);
        this.maintenance = new Maintenance(settings, new LogRetention(database, dataDirectory.runLogs(), logCopies),
                runPruner, backups, new DeliveryRetention(database)::deleteFinishedBefore, payloads::deleteOlderThan, clock,
                archives);
        this.member = deployment.clustered()
                ? Optional.of(ClusterWiring.member(deployment, database, cipher, tasks, environments, engineStatus, audit, clock))
                : Optional.empty();
        this.nodes = member.<NodeDirectory>map(joined -> joined).orElseGet(() -> new LocalNodeDirectory(deployment.node(), clock));
        this.seat = member.<NodeSeat>map(joined -> joined).orElseGet(() -> NodeSeat.solo(deployment.node().name()));
        this.nextRuns = new NextRuns(schedulingPause, clock, taskId -> engine().flatMap(running -> running.nextFire(taskId)));
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
        return open(dataDirectory, Deployment.local(dataDirectory), lock, clock, actor, userEnvironment);
    }

    /** As above, on the database and as the node {@code deployment} names (a cluster's PostgreSQL, say). */
    public static KumoCore open(DataDirectory dataDirectory, Deployment deployment, InstanceLock lock, Clock clock,
                                Actor actor, Map<String, String> userEnvironment) {
        try {
            Database database = StoreServices.openDatabase(dataDirectory, deployment, clock);
            KumoCore core;
            try {
                core = new KumoCore(dataDirectory, deployment, lock, database, clock, actor, userEnvironment);
            } catch (RuntimeException e) { // a node refused (its secret key is not the cluster's) leaves the store closed
                database.close();
                throw e;
            }
            core.start();
            return core;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private void start() {
        engineStatus.state().set(EngineState.STOPPED);
        permissionRepair = Thread.ofVirtual().name("kumo-permission-repair").start(() -> {
            io.kumo.config.PermissionRepair.Result result = dataDirectory.repairPermissionsOnce();
            if (result.tightened() > 0 || result.failed() > 0) {
                LOG.info("Restricted {} of {} files and folders in {} to their owner ({} could not be changed)",
                        result.tightened(), result.visited(), dataDirectory, result.failed());
            }
        });
        purgeExpiredTrash();
        LOG.info("Kumo core started on {}", dataDirectory);
    }

    public DataDirectory dataDirectory() { return dataDirectory; }
    /** The database and node this core works as (one machine alone, or a node of a cluster). */
    public Deployment deployment() { return deployment; }
    /** The cluster's nodes (on one machine, this machine alone). */
    public NodeDirectory nodes() { return nodes; }
    /** Where this core's engines sit: one machine alone, or this process's node of the cluster. */
    public NodeSeat seat() { return seat; }
    public Database database() { return database; }
    /** Whether the disk holding the data directory takes writes (the banner, notifications and the CLI read it). */
    public StorageHealth storage() { return database.storage(); }
    public Clock clock() { return clock; }
    /** What run conditions ask about on this computer; each call probes anew, so keep it off the FX thread. */
    public ConditionSource conditions() { return conditions; }
    public AuditService audit() { return audit; }
    public SettingsService settings() { return settings; }
    public AuditedRepository<Project> projects() { return projects; }
    public AuditedRepository<Task> tasks() { return tasks; }
    /** The rules every saved task follows; the editor runs them as the user types. */
    public TaskRules taskRules() { return taskRules; }
    /** Every change to a task goes through here (rules, audit, then the scheduler). */
    public TaskService taskService() { return taskService; }
    /** Per-task run figures for the task table. */
    public TaskSummaries taskSummaries() { return taskSummaries; }
    public AuditedRepository<PythonEnvironment> environments() { return environments; }
    public AuditedRepository<EnvVariable> variables() { return variables; }
    public EngineStatus engineStatus() { return engineStatus; }
    public PythonServices python() { return python; }
    public ProjectService projectService() { return projectService; }
    public ProjectFiles projectFiles() { return projectFiles; }
    /** The Python environment each project's code runs in (the editor's tools use it too). */
    public ProjectEnvironment projectEnvironment() { return projectEnvironment; }
    /** Syntax check, lint and format of a project's Python code with its environment's tools. */
    public CodeCheckService codeChecks() { return codeChecks; }
    public LanguageServers languageServers() { return languageServers; }
    /** Projects cloned from Git: clone, status, pull and pull policy (window, CLI, API, engine). */
    public GitProjects gitProjects() { return gitProjects; }
    public Maintenance maintenance() { return maintenance; }
    public RunArchives archives() { return archives; }
    /** Run logs' bytes and files, and the space and inodes left on their file system. */
    public LogDiskUsage logDiskUsage() { return logDiskUsage; }
    /** Global variables; secrets sealed. Use this, not {@link #variables()}, to read or write values. */
    public VariableService variableService() { return variableService; }
    public BackupService backups() { return backups; }
    public DataCheck dataCheck() { return dataCheck; }
    public WindowRequests windowRequests() { return windowRequests; }
    public MirrorService mirrors() { return python.mirrors(); }
    /** Run records for readers (panes, notifications): no writes, no store types. */
    public RunHistory runHistory() { return runHistory; }
    /** The file to read for a run's log (in a cluster, another node's log is fetched from the database). */
    public RunLogSource runLogs() { return runLogs; }
    public DashboardService dashboard() { return dashboard; }
    public TaskInsightsService taskInsights() { return taskInsights; }
    /** Reports over a period's runs, and the formats they are written as (window, CLI, API). */
    public ReportService reports() { return reports; }
    /** Pausing and resuming all scheduling (tray, window, {@code kumo scheduler}); the engine follows it. */
    public SchedulingPause schedulingPause() { return schedulingPause; }
    /** Each task's next run as the lists show it (none while paused). */
    public NextRuns nextRuns() { return nextRuns; }
    /** Every listing's stored schedules (trigger and words), read once for the instance's life. */
    public StoredSchedules schedules() { return schedules; }
    /** Every workflow change, run request and run read (window, CLI); the workflow engine runs what it asks. */
    public WorkflowService workflowService() { return workflowService; }
    public TemplateService templateService() { return templateService; }
    public ProjectArchives projectArchives() { return projectArchives; }
    /** Alert channels and their rules (window, CLI, API). */
    public ChannelService channelService() { return channelService; }
    /** Reports made on a schedule and sent through a channel (window, CLI, API). */
    public ReportScheduleService reportSchedules() { return reportSchedules; }
    /** Sends the scheduled reports (started with the engine); "send now" for the window and CLI. */
    public ReportScheduler reportScheduler() { return reportScheduler; }
    /** What was sent to which channel and how it went. */
    public DeliveryLog deliveryLog() { return deliveryLog; }
    /** REST API tokens (window, CLI, API). */
    public ApiTokenService apiTokens() { return apiTokens; }
    /** Trigger URLs of tasks and workflows. */
    public HookService hooks() { return hooks; }
    /** The bodies webhook triggers bring, read by their runs through KUMO_PAYLOAD. */
    public Payloads payloads() { return payloads; }
    /** Failed runs grouped by their error's fingerprint (window, CLI, API). */
    public ErrorGroups errorGroups() { return errorGroups; }

    /** How runs are confined on this machine (limits, sandboxes): probed on first use, unless chosen by {@link #confineRunsWith}. */
    public RunConfiners confiners() {
        RunConfiners chosen = chosenConfiners;
        return chosen != null ? chosen : confiners.get();
    }

    /** Confines the next runs with {@code chosen} instead of this machine's best mechanisms (a fallback forced in tests). */
    public void confineRunsWith(RunConfiners chosen) { chosenConfiners = chosen; }
    /** Whether this instance's REST API listens, and where (its server sets it; the window and CLI read it). */
    public Observable<ApiState> apiState() { return apiState; }

    private void purgeExpiredTrash() {
        try {
            int purged = projectService.trash().purgeOlderThan(Duration.ofDays(settings.get(Settings.TRASH_RETENTION_DAYS)));
            if (purged > 0) {
                LOG.info("Emptied {} expired project(s) from the trash", purged);
            }
        } catch (RuntimeException e) {
            LOG.warn("Emptying the trash failed", e);
        }
    }

    /**
     * Starts scheduling: the app and {@code --headless} run one engine; CLI commands on their own do not. In a cluster
     * the node joins first (its engine recovers and claims under a lease), and its loops start with the engine.
     *
     * @throws io.kumo.common.ConflictException in a cluster, when a running node holds this node's name
     */
    public synchronized Engine startEngine(ProcessLauncher launcher, Map<String, String> baseEnvironment) {
        if (engine == null) {
            member.ifPresent(ClusterMember::join);
            engine = newEngine(launcher, baseEnvironment);
            startAlerts(engine);
            reportScheduler.start();
            startErrorGroups();
            logShipper = LogShipper.startedIfShared(database, deployment.node().name()); // this node's logs, for the others
            logShipper.ifPresent(engine::addListener);
            database.storage().watch(); // an instance shows a full disk before its next write
            engine.start();
            // after start: the engine read the saved pause itself; from here it follows every pause and resume
            enginePause = schedulingPause.state().observe(state -> engine.setSchedulingPaused(state.paused()));
            member.ifPresent(joined -> joined.start(new EngineMember(engine, workflowEngine, workflowService)));
            maintenance.schedule();
            gitPulls.start();
        }
        return engine;
    }

    /** Alerts go out from the instance's engine only (the window and {@code --headless}), never from a CLI command's. */
    private void startAlerts(Engine started) {
        try {
            deliveryLog.abandonUnfinished(AlertDispatcher.UNFINISHED);
        } catch (RuntimeException e) {
            LOG.warn("Could not close the deliveries a previous Kumo left unfinished", e);
        }
        AlertDispatcher dispatcher = new AlertDispatcher(channelService::liveChannels, deliveryLog,
                new AlertFacts(runHistory, tasks::findById, projects::findById, workflowService::runs), alertSender, clock);
        channelService.onChange(dispatcher::channelsChanged);
        dispatcher.channelsChanged();
        started.addListener(dispatcher);
        workflowService.addListener(dispatcher);
        alertDispatcher = dispatcher;
    }

    /** The failures of earlier runs without a group (a Kumo upgraded, a crash before grouping) are grouped, newest first. */
    private void startErrorGroups() {
        errorClassifying().execute(() -> {
            try {
                int grouped = errorGroups.backfill(BACKFILL_RUNS);
                if (grouped > 0) {
                    LOG.info("Grouped the errors of {} earlier failed run(s)", grouped);
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not group the errors of earlier failed runs ({})", e.getMessage());
            }
        });
    }

    /**
     * Each failure of {@code engine} is grouped after it ended, a CLI command's runs too; only the instance's engine
     * has an alert dispatcher to tell of a new group.
     */
    private void groupFailuresOf(Engine engine) {
        engine.addListener(new FailureClassifier(errorGroups, errorClassifying(), (run, signature) -> {
            AlertDispatcher dispatcher = alertDispatcher;
            if (dispatcher != null) {
                dispatcher.newError(run, signature.summary());
            }
        }));
    }

    private synchronized java.util.concurrent.ExecutorService errorClassifying() {
        if (errorClassifying == null) {
            errorClassifying = java.util.concurrent.Executors.newSingleThreadExecutor(
                    Thread.ofPlatform().daemon().name("kumo-error-groups").factory());
        }
        return errorClassifying;
    }

    private Optional<java.nio.file.Path> projectRootOfTask(long taskId) {
        return tasks.findById(taskId).map(Task::getProjectId).flatMap(projects::findById)
                .map(Project::getRootPath).filter(root -> !root.isBlank()).map(java.nio.file.Path::of);
    }

    /**
     * An engine on this core's services, not started: {@code startEngine} starts the instance's one; a CLI command on
     * its own uses one to run what it asks for; the caller closes it.
     */
    public Engine newEngine(ProcessLauncher launcher, Map<String, String> baseEnvironment) {
        Engine built = EngineWiring.build(this, launcher, baseEnvironment);
        groupFailuresOf(built);
        taskService.scheduleWith(built); // from now on a saved task is scheduled at once
        workflowEngine = EngineWiring.workflows(this, built, launcher, baseEnvironment);
        return built;
    }

    /** The workflow engine of the engine built last (it starts, pauses and closes with it). */
    public Optional<WorkflowEngine> workflowEngine() {
        return Optional.ofNullable(workflowEngine);
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
        languageServers.close(); // no language server outlives Kumo
        gitPulls.close();
        try {
            if (permissionRepair != null) {
                permissionRepair.join(); // a short command ends with its data directory repaired too
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        enginePause.close();
        member.ifPresent(ClusterMember::detach); // heartbeats go on while the engine ends its runs
        if (engine != null) {
            engine.close();
        }
        logShipper.ifPresent(LogShipper::close); // the ended runs' last lines, before the store closes
        member.ifPresent(ClusterMember::close); // LEFT once its runs ended
        engine().ifPresent(running -> unsavedAtClose.addAll(running.unsaved()));
        stopErrorGroups();
        if (alertDispatcher != null) {
            alertDispatcher.close(); // after the engine's last run ends, before the store closes
        }
        reportScheduler.close();
        alertHttp.close();
        engineStatus.state().set(EngineState.STOPPING);
        database.close();
        database.closeFailure().ifPresent(unsavedAtClose::add);
        database.storage().close();
        lock.close();
        engineStatus.state().set(EngineState.STOPPED);
        if (unsavedAtClose.isEmpty()) {
            LOG.info("Kumo core stopped cleanly");
        } else {
            LOG.error("Kumo core stopped; not saved: {}", String.join("; ", unsavedAtClose));
        }
    }

    /** The last failures are grouped (and their new-error alerts handed over) before the dispatcher closes. */
    private void stopErrorGroups() {
        java.util.concurrent.ExecutorService classifying = errorClassifying;
        if (classifying == null) {
            return;
        }
        classifying.shutdown();
        try {
            if (!classifying.awaitTermination(ERROR_GROUPS_GRACE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
                classifying.shutdownNow();
                LOG.warn("Stopped grouping errors before the last failures were grouped (the next start groups them)");
            }
        } catch (InterruptedException e) {
            classifying.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** What could not be written when the core closed (a full disk); empty after a clean stop. */
    public List<String> unsavedAtClose() {
        return List.copyOf(unsavedAtClose);
    }
}
