package io.kumo.ui;

import io.kumo.ui.audit.AuditView;
import io.kumo.ui.audit.AuditViewModel;
import io.kumo.ui.common.MessagePane;
import io.kumo.ui.common.PaneView;
import io.kumo.ui.dashboard.DashboardView;
import io.kumo.ui.dashboard.DashboardViewModel;
import io.kumo.ui.environments.EnvironmentsView;
import io.kumo.ui.environments.EnvironmentsViewModel;
import io.kumo.ui.monitor.MonitorViewModel;
import io.kumo.ui.settings.SettingsView;
import io.kumo.ui.shell.NavigationItem;
import java.util.function.Consumer;
import org.kordamp.ikonli.feather.Feather;

/** Builds the view for each pane of the main window. */
final class Panes {

    private Panes() {
    }

    static PaneView create(NavigationItem item, UiContext context) {
        Consumer<Throwable> onError = error -> context.dialogs().showError("Could not load " + item.title(), error);
        return switch (item) {
            case DASHBOARD -> new DashboardView(new DashboardViewModel(context.core(), context.background(), onError),
                    new MonitorViewModel(context.background(), context.core().clock(), context.core().dataDirectory().root()));
            case TASKS -> new io.kumo.ui.tasks.TasksView(new io.kumo.ui.tasks.TasksViewModel(taskServices(context.core()),
                    context.background(), context.dialogs(), task -> context.navigation()
                            .open(NavigationItem.LOGS, io.kumo.ui.logs.LogsView.class)
                            .ifPresent(logs -> logs.showTask(task.getId()))));
            case PROJECTS -> new io.kumo.ui.projects.ProjectsView(new io.kumo.ui.projects.ProjectsViewModel(
                    context.core().projectService(), context.core().projectFiles(), context.core().python(),
                    context.core().projects(), context.background(), context.dialogs()), context.dialogs());
            case ENVIRONMENTS -> new EnvironmentsView(new EnvironmentsViewModel(context.core().python(),
                    context.core().environments(), context.background(), context.dialogs()));
            case LOGS -> new io.kumo.ui.logs.LogsView(new io.kumo.ui.logs.LogsViewModel(context.core(),
                    context.background(), context.dialogs()));
            case AUDIT -> new AuditView(new AuditViewModel(context.core().audit(), context.background(), context.dialogs(),
                    java.time.ZoneId.systemDefault()));
            case SETTINGS -> new SettingsView(new io.kumo.ui.settings.SettingsViewModel(context.core(),
                    context.background(), context.dialogs()), context.theme(),
                    context.appInfo().name() + " " + context.appInfo().version() + " · Java " + Runtime.version());
        };
    }

    private static io.kumo.ui.tasks.TaskPaneServices taskServices(io.kumo.app.KumoCore core) {
        return new io.kumo.ui.tasks.TaskPaneServices(core.taskService(), core.projectService(), core.python().environments(),
                core.taskSummaries(), core.engine(), core.clock());
    }
}
