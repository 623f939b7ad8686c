package io.kumo.ui.dashboard;

import atlantafx.base.theme.Styles;
import io.kumo.dashboard.DashboardSnapshot;
import io.kumo.monitor.SystemSample;
import io.kumo.ui.common.ChartPlaceholder;
import io.kumo.ui.monitor.DiskUse;
import io.kumo.ui.monitor.MonitorViewModel;
import io.kumo.ui.monitor.Panel;
import io.kumo.ui.monitor.Units;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The Overview tab: the project filter, live machine cards, task cards, and the charts of the last days. The view
 * binds; every figure comes from {@link DashboardViewModel} and {@link MonitorViewModel}.
 */
final class OverviewView extends ScrollPane {

    private static final String NO_RUNS = "No runs yet";

    private final DashboardViewModel model;
    private final MonitorViewModel monitor;

    OverviewView(DashboardViewModel model, MonitorViewModel monitor, Node guide) {
        this.model = model;
        this.monitor = monitor;
        RunsPerDayChart runsPerDay = new RunsPerDayChart();
        SuccessRateChart successRate = new SuccessRateChart();
        TopFailingChart topFailing = new TopFailingChart();
        DurationChart duration = new DurationChart();
        TopTasksChart topTasks = new TopTasksChart();
        DurationSpreadChart spread = new DurationSpreadChart();
        model.snapshotProperty().subscribe(snapshot -> {
            if (snapshot != null) {
                runsPerDay.show(snapshot);
                successRate.show(snapshot);
                topFailing.show(snapshot);
                duration.show(snapshot);
                topTasks.show(snapshot);
                spread.show(snapshot);
            }
        });

        Panel runsPanel = new Panel("Runs per day", Feather.BAR_CHART_2,
                new ChartPlaceholder(runsPerDay, NO_RUNS, runsPerDay.emptyProperty()));
        runsPanel.addNote(snapshotText(snapshot -> String.format("%,d finished in 14 days", snapshot.runsPerDay().stream()
                .mapToLong(day -> day.succeeded() + day.failed()).sum())));
        Panel ratePanel = new Panel("Success rate", Feather.CHECK_CIRCLE,
                new ChartPlaceholder(successRate, NO_RUNS, successRate.emptyProperty()));
        ratePanel.addNote(new javafx.beans.property.SimpleStringProperty("last 7 days"));
        ratePanel.addFooter(successRate.noteProperty());
        Panel failingPanel = new Panel("Most failing tasks", Feather.ALERT_TRIANGLE, topFailing);
        failingPanel.addNote(new javafx.beans.property.SimpleStringProperty("last 7 days"));
        Panel durationPanel = new Panel("Average duration", Feather.CLOCK,
                new ChartPlaceholder(duration, NO_RUNS, duration.emptyProperty()));
        durationPanel.addNote(new javafx.beans.property.SimpleStringProperty("finished runs, 14 days"));
        Panel topPanel = new Panel("Top tasks", Feather.AWARD, topTasks);
        topPanel.addNote(new javafx.beans.property.SimpleStringProperty("top 10, last 7 days"));
        Panel spreadPanel = new Panel("How long runs take", Feather.WATCH, spread);
        spreadPanel.addNote(new javafx.beans.property.SimpleStringProperty("finished runs, 7 days"));
        Panel runningPanel = new Panel("Running now", Feather.PLAY_CIRCLE, new RunningRunsView(model.running()));

        GridPane charts = grid(2);
        charts.add(runsPanel, 0, 0);
        charts.add(ratePanel, 1, 0);
        charts.add(durationPanel, 0, 1);
        charts.add(failingPanel, 1, 1);
        charts.add(topPanel, 0, 2);
        charts.add(spreadPanel, 1, 2);
        charts.add(runningPanel, 0, 3, 2, 1);

        VBox content = new VBox(16, guide, toolbar(), machineCards(), taskCards(), workflowCards(), charts);
        content.setPadding(new Insets(16, 4, 16, 0));
        setContent(content);
        setFitToWidth(true);
        getStyleClass().add("dashboard-overview");
    }

    private Node toolbar() {
        ComboBox<ProjectChoice> filter = new ComboBox<>(model.projects());
        filter.setId("dashboard-project-filter");
        filter.valueProperty().bindBidirectional(model.projectProperty());
        filter.setPrefWidth(240);
        Label caption = new Label("Project");
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label status = new Label();
        status.setId("dashboard-status");
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.textProperty().bind(model.statusProperty());
        model.failingProperty().subscribe(failing -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("danger"), failing));
        HBox toolbar = new HBox(10, caption, filter, spacer, status);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        return toolbar;
    }

    private Node machineCards() {
        GridPane cards = grid(4);
        cards.addRow(0,
                new StatCard("card-cpu", "CPU", Feather.CPU)
                        .value(sampleText(sample -> Units.percent(sample.cpuTotal())))
                        .detail(sampleText(sample -> sample.cpuPerCore().size() + " logical processors"))
                        .usage(monitor.latestProperty().map(sample -> (Number) (sample.cpuTotal() / 100)).orElse(-1)),
                new StatCard("card-memory", "Memory", Feather.LAYERS)
                        .value(sampleText(sample -> Units.percent(100.0 * sample.memoryUsed() / Math.max(1, sample.memoryTotal()))))
                        .detail(sampleText(sample -> Units.bytes(sample.memoryUsed()) + " of " + Units.bytes(sample.memoryTotal())))
                        .usage(monitor.latestProperty().map(sample -> (Number) ((double) sample.memoryUsed()
                                / Math.max(1, sample.memoryTotal()))).orElse(-1)),
                new StatCard("card-disk", "Disk (data directory)", Feather.HARD_DRIVE)
                        .value(diskText(disk -> Units.percent(disk.usedFraction() * 100)))
                        .detail(diskText(DiskUse::detail))
                        .usage(monitor.dataDiskProperty().map(disk -> (Number) disk.usedFraction()).orElse(-1)),
                new StatCard("card-network", "Network", Feather.ACTIVITY)
                        .value(sampleText(sample -> "↓ " + Units.rate(sample.networkReceivedPerSecond())))
                        .detail(sampleText(sample -> "↑ " + Units.rate(sample.networkSentPerSecond()) + " sent")));
        return cards;
    }

    private Node taskCards() {
        GridPane cards = grid(4);
        cards.addRow(0,
                new StatCard("card-tasks", "Tasks", Feather.LIST)
                        .value(cardText(c -> Long.toString(c.tasksTotal())))
                        .detail(model.projectProperty().map(choice -> choice.id() == null ? "in all projects" : "in " + choice.name())),
                new StatCard("card-enabled", "Enabled", Feather.TOGGLE_RIGHT)
                        .value(cardText(c -> Long.toString(c.tasksEnabled())))
                        .detail(cardText(c -> (c.tasksTotal() - c.tasksEnabled()) + " disabled")),
                new StatCard("card-running", "Running", Feather.PLAY_CIRCLE)
                        .value(cardText(c -> Long.toString(c.running())))
                        .detail(new javafx.beans.property.SimpleStringProperty("runs in progress")),
                new StatCard("card-failed-today", "Failed today", Feather.X_OCTAGON)
                        .value(cardText(c -> Long.toString(c.failedToday())))
                        .detail(new javafx.beans.property.SimpleStringProperty("failed, timed out or interrupted"))
                        .alertWhen(model.snapshotProperty().map(snapshot -> snapshot.cards().failedToday() > 0).orElse(false)));
        return cards;
    }

    /** Workflow runs of every workflow (workflows belong to no project), counted once each, their steps not again. */
    private Node workflowCards() {
        GridPane cards = grid(4);
        cards.addRow(0,
                new StatCard("card-workflow-runs", "Workflow runs today", Feather.SHARE_2)
                        .value(workflowText(w -> Long.toString(w.runsToday())))
                        .detail(workflowText(w -> w.runsWeek() + " in 7 days")),
                new StatCard("card-workflow-success", "Workflow success", Feather.CHECK_CIRCLE)
                        .value(workflowText(w -> DashboardFormat.rate(w.successRateWeek())))
                        .detail(new javafx.beans.property.SimpleStringProperty("of finished runs, 7 days")),
                new StatCard("card-workflow-failed", "Workflow failures", Feather.X_OCTAGON)
                        .value(workflowText(w -> Long.toString(w.failedWeek())))
                        .detail(new javafx.beans.property.SimpleStringProperty("failed or timed out in 7 days"))
                        .alertWhen(model.snapshotProperty().map(snapshot -> snapshot.workflows().failedWeek() > 0).orElse(false)),
                new StatCard("card-workflow-running", "Workflows running", Feather.PLAY_CIRCLE)
                        .value(workflowText(w -> Long.toString(w.running())))
                        .detail(new javafx.beans.property.SimpleStringProperty("workflow runs in progress")));
        return cards;
    }

    private ObservableValue<String> workflowText(Function<DashboardSnapshot.WorkflowFigures, String> format) {
        return model.snapshotProperty().map(snapshot -> format.apply(snapshot.workflows())).orElse("0");
    }

    private static GridPane grid(int columns) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        for (int i = 0; i < columns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
        }
        return grid;
    }

    /** Task figures read 0 until the first snapshot is in (a fresh data directory has none anyway). */
    private ObservableValue<String> cardText(Function<DashboardSnapshot.Cards, String> format) {
        return model.snapshotProperty().map(snapshot -> format.apply(snapshot.cards())).orElse("0");
    }

    private ObservableValue<String> snapshotText(Function<DashboardSnapshot, String> format) {
        return model.snapshotProperty().map(format).orElse("");
    }

    private ObservableValue<String> sampleText(Function<SystemSample, String> format) {
        return monitor.latestProperty().map(format).orElse("–");
    }

    private ObservableValue<String> diskText(Function<DiskUse, String> format) {
        return monitor.dataDiskProperty().map(format).orElse("–");
    }
}
