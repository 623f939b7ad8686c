package io.kumo.ui.runs;

import io.kumo.ui.common.DisplayNames;
import atlantafx.base.theme.Styles;
import io.kumo.ui.common.EmptyState;
import java.time.Instant;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The opened run: header with status and Stop, its fields and resource chart on the left, its log on the right. */
public final class RunDetailsView extends StackPane {

    private final RunDetailsViewModel model;

    public RunDetailsView(RunDetailsViewModel model, FolderOpener folders) {
        this.model = model;
        ObservableValue<RunRow> run = model.runProperty();

        Label title = new Label();
        title.setId("run-details-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(run.map(RunRow::title).orElse(""));
        Label status = new Label();
        status.setId("run-details-status");
        run.subscribe(row -> {
            status.getStyleClass().removeIf(style -> style.startsWith("run-status-"));
            if (row == null) {
                status.setText("");
                status.setGraphic(null);
            } else {
                status.setText(RunStatusStyle.label(row.status()));
                status.setGraphic(RunStatusStyle.graphic(row.status()));
                status.getStyleClass().add(RunStatusStyle.styleClass(row.status()));
            }
        });
        Button stop = new Button("Stop", FontIcon.of(Feather.STOP_CIRCLE));
        stop.setId("run-stop");
        stop.getStyleClass().add(Styles.DANGER);
        stop.setTooltip(new Tooltip("Stop the run's whole process tree (or cancel it while it waits)"));
        stop.visibleProperty().bind(model.canStopProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        stop.setDisable(!model.stopSupported());
        stop.setOnAction(event -> model.stop());
        Button close = new Button(null, FontIcon.of(Feather.X));
        close.setId("run-close");
        close.getStyleClass().addAll(Styles.FLAT);
        close.setTooltip(new Tooltip("Close the run"));
        close.setOnAction(event -> model.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, status, spacer, stop, close);
        header.setAlignment(Pos.CENTER_LEFT);

        ResourceChart chart = new ResourceChart();
        model.samplesProperty().subscribe(chart::show);
        VBox facts = new VBox(12, facts(run, model.nowProperty()), new RunOutputsSection(model.outputs(), folders), chart);
        facts.setPadding(new Insets(0, 8, 0, 0));
        ScrollPane side = new ScrollPane(facts);
        side.setFitToWidth(true);
        side.setMinWidth(260);
        side.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);

        LogViewer viewer = new LogViewer(model.log(), folders);
        SplitPane split = new SplitPane(side, viewer);
        split.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(side, false);
        VBox.setVgrow(split, Priority.ALWAYS);

        VBox details = new VBox(8, header, installBar(model.requirements()), split);
        details.setId("run-details");
        details.visibleProperty().bind(run.map(row -> true).orElse(false));
        EmptyState none = new EmptyState(Feather.FILE_TEXT, "No run open",
                "Double-click a run (or select it and press Enter) to see its output, resources and result here.");
        none.visibleProperty().bind(details.visibleProperty().not());
        getChildren().addAll(none, details);
        setMinHeight(0);
    }

    /** Under the header of a run whose program was missing: install the project's requirements into its environment. */
    private static Node installBar(InstallRequirementsModel requirements) {
        Label what = new Label();
        what.setId("run-missing-program");
        what.setWrapText(true);
        what.textProperty().bind(requirements.missingProperty().map(missing -> "'" + missing.program() + "' is not in "
                + "environment '" + missing.environment().getName() + "'. " + (missing.listed()
                ? "The project's " + missing.requirementsLabel() + " lists it."
                : "The project declares requirements in " + missing.requirementsLabel() + ".")).orElse(""));
        Label status = new Label();
        status.setId("run-install-status");
        status.setWrapText(true);
        status.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        status.textProperty().bind(requirements.statusProperty());
        status.visibleProperty().bind(requirements.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Button install = new Button();
        install.setId("run-install-requirements");
        install.setGraphic(FontIcon.of(Feather.DOWNLOAD));
        install.getStyleClass().add(Styles.ACCENT);
        install.setMinWidth(Region.USE_PREF_SIZE);
        install.textProperty().bind(requirements.missingProperty()
                .map(missing -> "Install requirements into " + missing.environment().getName()).orElse(""));
        install.disableProperty().bind(requirements.installingProperty());
        install.setOnAction(event -> requirements.install());
        VBox text = new VBox(2, what, status);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox bar = new HBox(10, FontIcon.of(Feather.ALERT_TRIANGLE), text, install);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setId("run-install-bar");
        bar.getStyleClass().add("run-install-bar");
        bar.visibleProperty().bind(requirements.missingProperty().isNotNull().or(requirements.statusProperty().isNotEmpty()));
        bar.managedProperty().bind(bar.visibleProperty());
        install.visibleProperty().bind(requirements.missingProperty().isNotNull());
        install.managedProperty().bind(install.visibleProperty());
        return bar;
    }

    private static GridPane facts(ObservableValue<RunRow> run, ObservableValue<Instant> now) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(3);
        // the values take the width left by the captions, so that a short one is never squeezed to its last pixel
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(new ColumnConstraints(), values);
        int row = 0;
        fact(grid, row++, "Task", "run-detail-task", run, r -> r.workflowStep() ? r.taskName() + " (workflow step)"
                : r.taskName() + " (#" + r.taskId() + ")");
        fact(grid, row++, "Trigger", "run-detail-trigger", run, r -> DisplayNames.of(r.triggerKind()));
        fact(grid, row++, "Scheduled", "run-detail-scheduled", run, r -> RunFormat.time(r.scheduledFor()));
        fact(grid, row++, "Started", "run-detail-started", run, r -> RunFormat.time(r.startedAt()));
        fact(grid, row++, "Ended", "run-detail-ended", run, r -> RunFormat.time(r.endedAt()));
        fact(grid, row++, "Late by", "run-detail-late", run, r -> RunFormat.duration(r.lateness()));
        // a running run's duration follows the pane's ticking clock
        fact(grid, row++, "Duration", "run-detail-duration", Bindings.createObjectBinding(run::getValue, run, now),
                r -> RunFormat.duration(r.duration(now.getValue())));
        fact(grid, row++, "Exit code", "run-detail-exit", run, r -> RunFormat.orDash(r.exitCode()));
        fact(grid, row++, "Attempt", "run-detail-attempt", run, r -> String.valueOf(r.attempt()));
        fact(grid, row++, "Node", "run-detail-node", run, r -> RunFormat.orDash(r.node()));
        fact(grid, row++, "PID", "run-detail-pid", run, r -> RunFormat.orDash(r.pid()));
        fact(grid, row++, "Commit", "run-detail-commit", run, r -> RunFormat.orDash(r.gitCommit()));
        fact(grid, row++, "Peak CPU", "run-detail-cpu", run, r -> RunFormat.cpu(r.peakCpu()));
        fact(grid, row++, "Peak memory", "run-detail-memory", run, r -> RunFormat.bytes(r.peakRss()));
        fact(grid, row++, "Log", "run-detail-log", run, r -> r.hasLog() ? r.logPath()
                : r.startedAt() == null || r.failedToLaunch() ? "none" : "deleted");
        fact(grid, row, "Error", "run-detail-error", run, r -> RunFormat.orDash(r.error()));
        return grid;
    }

    private static void fact(GridPane grid, int row, String caption, String id, ObservableValue<RunRow> run,
                             Function<RunRow, String> value) {
        Label label = new Label(caption);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        label.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label();
        text.setId(id);
        text.getStyleClass().add(Styles.TEXT_SMALL);
        text.textProperty().bind(run.map(value).orElse(""));
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(row, label, text);
    }
}
