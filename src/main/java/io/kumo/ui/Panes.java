package io.kumo.ui;

import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Project;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import io.kumo.ui.audit.AuditNames;
import io.kumo.isolation.DefaultLimits;
import io.kumo.isolation.IsolationStatus;
import io.kumo.ui.tasks.IsolationLookup;
import io.kumo.alerts.RuleScope;
import io.kumo.app.Deployment;
import io.kumo.app.KumoCore;
import io.kumo.cluster.ConnectionFile;
import io.kumo.cluster.service.ConnectionCheck;
import io.kumo.common.HostName;
import io.kumo.ui.alerts.AlertsGoTo;
import io.kumo.ui.alerts.AlertsServices;
import io.kumo.ui.alerts.AlertsView;
import io.kumo.ui.alerts.ChannelsViewModel;
import io.kumo.ui.alerts.DeliveryLogViewModel;
import io.kumo.ui.alerts.ScopeTarget;
import io.kumo.ui.audit.AuditView;
import io.kumo.ui.audit.AuditViewModel;
import io.kumo.ui.common.PaneView;
import io.kumo.ui.dashboard.DashboardServices;
import io.kumo.ui.dashboard.DashboardView;
import io.kumo.ui.dashboard.DashboardViewModel;
import io.kumo.engine.MissingProgramAdvisor;
import io.kumo.project.ProjectDetector;
import io.kumo.ui.runs.RunFixes;
import io.kumo.ui.dashboard.FirstRunGuideModel;
import io.kumo.ui.dashboard.FirstRunState;
import io.kumo.ui.dashboard.GuideActions;
import io.kumo.ui.environments.EnvironmentsView;
import io.kumo.ui.environments.EnvironmentsViewModel;
import io.kumo.ui.logs.LogsServices;
import io.kumo.ui.logs.LogsView;
import io.kumo.ui.logs.LogsViewModel;
import io.kumo.ui.monitor.MonitorViewModel;
import io.kumo.ui.insights.InsightsTab;
import io.kumo.ui.insights.InsightsView;
import io.kumo.ui.insights.archives.ArchivesTab;
import io.kumo.ui.insights.archives.ArchivesViewModel;
import io.kumo.ui.runs.FolderOpener;
import io.kumo.ui.insights.trends.TaskChoice;
import io.kumo.ui.insights.trends.TrendsView;
import io.kumo.ui.insights.trends.TrendsViewModel;
import io.kumo.ui.insights.reports.ExportTarget;
import io.kumo.ui.insights.reports.ReportsTab;
import io.kumo.ui.insights.reports.ReportsViewModel;
import io.kumo.ui.insights.reports.schedule.ReportSchedulesView;
import io.kumo.ui.insights.reports.schedule.ReportSchedulesViewModel;
import io.kumo.ui.insights.errors.EditorTargets;
import io.kumo.ui.insights.errors.ErrorsTab;
import io.kumo.ui.insights.errors.ErrorsViewModel;
import io.kumo.ui.nodes.NodesServices;
import io.kumo.ui.nodes.NodesView;
import io.kumo.ui.nodes.NodesViewModel;
import io.kumo.ui.projects.ProjectsView;
import io.kumo.ui.projects.ProjectsViewModel;
import io.kumo.ui.common.SystemBrowser;
import io.kumo.ui.settings.ApiServices;
import io.kumo.ui.settings.ConnectionServices;
import io.kumo.ui.settings.SettingsView;
import io.kumo.ui.settings.SettingsViewModel;
import io.kumo.ui.shell.NavigationItem;
import io.kumo.ui.tasks.TaskPaneServices;
import io.kumo.ui.workflows.history.WorkflowHistoryTab;
import io.kumo.ui.workflows.history.WorkflowHistoryViewModel;
import io.kumo.ui.workflows.history.WorkflowRuns;
import io.kumo.workflow.service.WorkflowSummary;
import io.kumo.ui.tasks.TasksView;
import io.kumo.ui.tasks.TasksViewModel;
import io.kumo.ui.workflows.WorkflowPaneServices;
import io.kumo.ui.workflows.WorkflowsView;
import io.kumo.ui.workflows.WorkflowsViewModel;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Builds the view for each pane of the main window: the one place in the UI (with {@link KumoApp}) that sees the
 * composition root; each pane gets the narrow services it uses.
 */
public final class Panes {

    private final KumoCore core;
    private final UiContext context;

    Panes(KumoCore core, UiContext context) {
        this.core = core;
        this.context = context;
    }

    PaneView create(NavigationItem item) {
        Consumer<Throwable> onError = error -> context.dialogs().showError("Could not load " + item.title(), error);
        return switch (item) {
            case DASHBOARD -> new DashboardView(new DashboardViewModel(new DashboardServices(core.dashboard(), core::engine,
                    core.tasks(), core.projects(), core.clock()), context.background(), onError),
                    new MonitorViewModel(context.background(), core.clock(), core.dataDirectory().root()),
                    new FirstRunGuideModel(() -> new FirstRunState(core.projects().count() > 0,
                            core.environments().count() > 0, core.tasks().count() > 0), context.background()),
                    guideActions());
            case TASKS -> new TasksView(new TasksViewModel(taskServices(core), context.background(), context.dialogs(),
                    task -> context.navigation().open(NavigationItem.LOGS, LogsView.class)
                            .ifPresent(logs -> logs.showTask(task.getId())),
                    task -> context.navigation().open(NavigationItem.INSIGHTS, InsightsView.class).ifPresent(insights -> {
                        insights.select("Trends");
                        insights.part(TrendsView.class).ifPresent(trends -> trends.showTask(task.getId()));
                    })));
            case WORKFLOWS -> workflowsView(workflowServices(core), context);
            case PROJECTS -> new ProjectsView(new ProjectsViewModel(core.projectService(), core.projectFiles(),
                    core.python(), core.projectEnvironment(), core.projects(), context.background(), context.dialogs(),
                    core.templateService(), core.projectArchives(),
                    core.codeChecks(), core.languageServers(),
                    new io.kumo.ui.projects.EditorExtras(core.dataDirectory().userSnippets(), new SystemBrowser(context.background()),
                            context.theme().themeProperty()))
                    .withGit(core.gitProjects()), context.dialogs(),
                    prefill -> context.navigation().open(NavigationItem.TASKS, TasksView.class)
                            .ifPresent(tasks -> tasks.newTask(prefill)));
            case ENVIRONMENTS -> new EnvironmentsView(new EnvironmentsViewModel(core.python(), core.environments(),
                    context.background(), context.dialogs()));
            case LOGS -> new LogsView(new LogsViewModel(new LogsServices(core.runHistory(), core.tasks()::list,
                    core.projectService()::list, core.engine(), core.settings(), core.maintenance(), core.logDiskUsage(),
                    ZoneId.systemDefault(), core.deployment().clustered(), core.clock(), runFixes()), context.background(),
                    context.dialogs()));
            case NODES -> new NodesView(new NodesViewModel(new NodesServices(core.nodes(), core.deployment().clustered(),
                    core.clock(), ZoneId.systemDefault()), context.background()),
                    () -> context.navigation().open(NavigationItem.SETTINGS, SettingsView.class)
                            .ifPresent(SettingsView::showConnection));
            case INSIGHTS -> new InsightsView(List.of(errorsTab(), trendsTab(), reportsTab(), archivesTab()));
            case ALERTS -> alertsView(alertServices(core), context);
            case AUDIT -> new AuditView(new AuditViewModel(core.audit(), auditNames(core), context.background(), context.dialogs(),
                    ZoneId.systemDefault()));
            case SETTINGS -> new SettingsView(SettingsViewModel.of(core.settings(), core.variableService(),
                    core.backups(), core.dataCheck(), core.dataDirectory(), apiServices(core, context),
                    connectionServices(core), () -> IsolationStatus.of(core.confiners()), context.background(),
                    context.dialogs()), context.theme(),
                    context.appInfo().name() + " " + context.appInfo().version() + " · Java " + Runtime.version());
        };
    }

    /** Installing a task's project requirements into the environment its run found a program missing from. */
    private RunFixes runFixes() {
        return new RunFixes(new MissingProgramAdvisor(core.tasks()::findById, core.projects()::findById,
                core.environments()::findById, new ProjectDetector()), core.python().packages());
    }

    /** The first-run guide's steps: each opens its pane, then that pane's dialog once the pane is shown. */
    private GuideActions guideActions() {
        return new GuideActions(
                () -> goTo(NavigationItem.PROJECTS, ProjectsView.class, ProjectsView::importProject),
                () -> goTo(NavigationItem.ENVIRONMENTS, EnvironmentsView.class, EnvironmentsView::newEnvironment),
                () -> goTo(NavigationItem.TASKS, TasksView.class, TasksView::newTask));
    }

    private <T extends PaneView> void goTo(NavigationItem item, Class<T> type, Consumer<T> then) {
        context.navigation().open(item, type).ifPresent(pane -> javafx.application.Platform.runLater(() -> then.accept(pane)));
    }

    /** Insights → Errors: the error groups of failed runs. */
    private InsightsTab errorsTab() {
        EditorTargets targets = new EditorTargets(core.tasks()::findById, core.projects()::findById);
        return new ErrorsTab(new ErrorsViewModel(core.errorGroups(), targets, target -> context.navigation()
                .open(NavigationItem.PROJECTS, ProjectsView.class)
                .ifPresent(projects -> projects.openFile(target.projectId(), target.relativePath(), target.line())),
                context.background(), core.clock()), ZoneId.systemDefault());
    }

    // ----------------------------------------------------------------------------------------------------------------

    /** Insights → Trends: one task's durations, success rate and resources over time, split at its script's versions. */
    private InsightsTab trendsTab() {
        return new TrendsView(new TrendsViewModel(core.taskInsights(), () -> core.taskService().list().stream()
                .map(task -> new TaskChoice(task.getId(), task.getName())).toList(), context.background(), ZoneId.systemDefault()));
    }

    // ----------------------------------------------------------------------------------------------------------------

    /** Insights → Reports: a report over a period and a selection, exported as CSV, Excel or PDF; scheduled reports. */
    private InsightsTab reportsTab() {
        return new ReportsTab(new ReportsViewModel(core.reports(), core.projects()::list, context.background(), core.clock(),
                ZoneId.systemDefault()), ExportTarget.fileChooser(), new ReportSchedulesView(new ReportSchedulesViewModel(
                core.reportSchedules(), core.reportScheduler(), core.channelService(), context.background(), ZoneId.systemDefault())));
    }

    // ----------------------------------------------------------------------------------------------------------------

    /** Insights → Archives: months of old runs archived instead of deleted, listed and opened again. */
    private InsightsTab archivesTab() {
        ArchivesViewModel model = new ArchivesViewModel(core.archives(), context.background(), core.clock());
        FolderOpener folders = new FolderOpener(context.background(), () -> null);
        return new ArchivesTab(model, question -> context.dialogs().confirm("Delete archive", question, "Delete"), folders::open);
    }

    // ----------------------------------------------------------------------------------------------------------------

    /** The names of projects and environments, for the ids audit entries store. */
    public static Supplier<AuditNames> auditNames(KumoCore core) {
        return () -> new AuditNames(
                core.projects().list().stream().collect(Collectors.toMap(Project::getId, Project::getName, (a, b) -> a)),
                core.environments().list().stream().collect(Collectors.toMap(PythonEnvironment::getId,
                        PythonEnvironment::getName, (a, b) -> a)));
    }

    /** The Settings pane's REST API section over a core: tokens, trigger URLs and what a trigger can start. */
    public static ApiServices apiServices(KumoCore core, UiContext context) {
        return new ApiServices(core.apiTokens(), core.hooks(), core.apiState(),
                () -> core.taskService().list().stream().map(io.kumo.domain.Task::getName).toList(),
                () -> core.workflowService().list().stream().map(WorkflowSummary::name).toList(),
                new SystemBrowser(context.background()));
    }

    /** The Settings pane's Connection section over a core: what it works on now and the saved connection's file. */
    public static ConnectionServices connectionServices(KumoCore core) {
        Deployment deployment = core.deployment();
        return new ConnectionServices(ConnectionCheck.describe(deployment.database(), deployment.node()),
                ConnectionCheck.serverUrl(deployment.database()).orElse(null),
                new ConnectionFile(core.dataDirectory().connectionFile()), new ConnectionCheck(), HostName.get());
    }

    /** The Alerts pane's services over a core: channels and the delivery log, and what a rule can be scoped to. */
    public static AlertsServices alertServices(KumoCore core) {
        return new AlertsServices(core.channelService(), core.deliveryLog(), () -> {
            List<ScopeTarget> targets = new ArrayList<>();
            core.projectService().list().forEach(project -> targets.add(new ScopeTarget(RuleScope.PROJECT, project.getId(), project.getName())));
            core.taskService().list().forEach(task -> targets.add(new ScopeTarget(RuleScope.TASK, task.getId(), task.getName())));
            core.workflowService().list().forEach(flow -> targets.add(new ScopeTarget(RuleScope.WORKFLOW, flow.id(), flow.name())));
            return targets;
        }, ZoneId.systemDefault());
    }

    private static AlertsView alertsView(AlertsServices services, UiContext context) {
        return new AlertsView(new ChannelsViewModel(services, context.background(), context.dialogs()),
                new DeliveryLogViewModel(services, context.background()),
                runId -> context.navigation().open(NavigationItem.LOGS, LogsView.class).ifPresent(logs -> logs.showRun(runId)));
    }

    /** The Workflows pane's services over a core, as the window passes them (tests build the pane the same way). */
    public static WorkflowPaneServices workflowServices(KumoCore core) {
        return new WorkflowPaneServices(core.workflowService(),
                () -> core.taskService().list().stream().map(io.kumo.domain.Task::getName).toList(),
                () -> core.projectService().list().stream().map(io.kumo.domain.Project::getName).toList(),
                () -> core.python().environments().list().stream().map(io.kumo.domain.PythonEnvironment::getName).toList(),
                core.clock(), ZoneId.systemDefault(), AlertsGoTo.of(core.channelService()));
    }

    private static WorkflowsView workflowsView(WorkflowPaneServices services, UiContext context) {
        WorkflowsView view = new WorkflowsView(new WorkflowsViewModel(services, context.background(), context.dialogs()), services);
        LongConsumer openLog = runId -> context.navigation().open(NavigationItem.LOGS, LogsView.class)
                .ifPresent(logs -> logs.showRun(runId));
        view.addTab(WorkflowHistoryTab.create(new WorkflowHistoryViewModel(WorkflowRuns.of(services.workflows()),
                context.background(), services.clock(), openLog), view.model().selectedProperty().map(WorkflowSummary::name)));
        view.setOnStepOpened((step, runId) -> {
            if (runId != null) {
                openLog.accept(runId);
            }
        });
        return view;
    }

    /** The Tasks pane's services over a core, as the window passes them (tests build the pane the same way). */
    public static TaskPaneServices taskServices(KumoCore core) {
        return new TaskPaneServices(core.taskService(), core.projectService(), core.python().environments(),
                core.taskSummaries(), core.nextRuns(), core.schedulingPause().state(), core.engine(), core.clock(),
                AlertsGoTo.of(core.channelService()), new IsolationLookup(
                        () -> DefaultLimits.of(core.settings()),
                        () -> IsolationStatus.of(core.confiners())));
    }
}
