package io.kumo.ui.insights.reports;

import io.kumo.domain.Project;
import io.kumo.reports.Report;
import io.kumo.reports.ReportFormat;
import io.kumo.ui.insights.InsightsTab;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import atlantafx.base.theme.Styles;
import io.kumo.ui.insights.reports.schedule.ReportSchedulesView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Insights → Reports: period (dates and presets), selection, Preview (summary and per-task table) and Export…; the
 * scheduled reports go into the slot at the bottom ({@code #report-schedules-slot}).
 */
public final class ReportsTab implements InsightsTab {

    private final ReportsViewModel model;
    private final ReportSchedulesView schedulesView;
    private final Tab tab;

    public ReportsTab(ReportsViewModel model, ExportTarget target) {
        this(model, target, null);
    }

    /** @param schedulesView the scheduled reports, shown below the report (null: none) */
    public ReportsTab(ReportsViewModel model, ExportTarget target, ReportSchedulesView schedulesView) {
        this.model = model;
        this.schedulesView = schedulesView;
        DatePicker from = new DatePicker();
        from.setId("report-from");
        from.valueProperty().bindBidirectional(model.from());
        DatePicker to = new DatePicker();
        to.setId("report-to");
        to.valueProperty().bindBidirectional(model.to());
        Button week = preset("Last 7 days", "report-last-7", () -> model.lastDays(7));
        Button month = preset("Last 30 days", "report-last-30", () -> model.lastDays(30));
        Button lastMonth = preset("Last month", "report-last-month", model::lastMonth);
        HBox period = row(new Label("From"), from, new Label("to"), to, week, month, lastMonth);

        ComboBox<ReportsViewModel.Selection> selection = new ComboBox<>();
        selection.setId("report-selection");
        selection.getItems().setAll(ReportsViewModel.Selection.values());
        selection.setConverter(converter(kind -> switch (kind) {
            case ALL -> "All tasks";
            case PROJECT -> "Project";
            case TAG -> "Tag";
        }));
        selection.valueProperty().bindBidirectional(model.selection());
        ComboBox<Project> project = new ComboBox<>(model.projectChoices());
        project.setId("report-project");
        project.setConverter(converter(Project::getName));
        project.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Project item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : item.getName());
            }
        });
        project.valueProperty().bindBidirectional(model.project());
        project.visibleProperty().bind(model.selection().isEqualTo(ReportsViewModel.Selection.PROJECT));
        project.managedProperty().bind(project.visibleProperty());
        TextField tag = new TextField();
        tag.setId("report-tag");
        tag.setPromptText("tag");
        tag.textProperty().bindBidirectional(model.tag());
        tag.visibleProperty().bind(model.selection().isEqualTo(ReportsViewModel.Selection.TAG));
        tag.managedProperty().bind(tag.visibleProperty());

        Button preview = new Button("Preview");
        preview.setId("report-preview");
        preview.setDefaultButton(true);
        preview.disableProperty().bind(model.busy());
        preview.setOnAction(event -> model.preview());
        ComboBox<ReportFormat> format = new ComboBox<>();
        format.setId("report-format");
        format.getItems().setAll(model.formats());
        format.setConverter(converter(chosen -> chosen.extension().toUpperCase(java.util.Locale.ROOT)));
        format.valueProperty().bindBidirectional(model.format());
        Button export = new Button("Export…");
        export.setId("report-export");
        export.disableProperty().bind(model.busy());
        export.setOnAction(event -> target.choose(export.getScene() == null ? null : export.getScene().getWindow(),
                model.suggestedFileName(), model.format().get().extension()).ifPresent(model::export));
        HBox actions = row(new Label("Tasks"), selection, project, tag, preview, format, export);

        Label problem = new Label();
        problem.setId("report-problem");
        problem.getStyleClass().add("danger");
        problem.textProperty().bind(model.problem());
        problem.visibleProperty().bind(model.problem().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label notice = new Label();
        notice.setId("report-notice");
        notice.textProperty().bind(model.notice());
        notice.visibleProperty().bind(model.notice().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        Label summary = new Label();
        summary.setId("report-summary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // a VBox would squeeze it to one cut line
        summary.textProperty().bind(model.summary());

        TableView<Report.TaskLine> table = new TableView<>(model.lines());
        table.setId("report-tasks");
        table.setPlaceholder(new Label("Pick a period and press Preview"));
        table.getColumns().setAll(List.of(
                column("Task", Report.TaskLine::taskName, 180),
                column("Project", line -> line.project() == null ? "" : line.project(), 120),
                column("Runs", line -> String.valueOf(line.runs()), 70),
                column("Failed", line -> String.valueOf(line.failed()), 70),
                column("Success", line -> ReportCells.rate(line.successRate()), 80),
                column("p50", line -> ReportCells.duration(line.p50()), 80),
                column("p95", line -> ReportCells.duration(line.p95()), 80),
                column("Max", line -> ReportCells.duration(line.max()), 80),
                column("Last", line -> line.lastStatus() == null ? "" : line.lastStatus(), 100)));
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox schedules = new VBox();
        schedules.setId("report-schedules-slot");
        if (schedulesView != null) {
            Label title = new Label("Scheduled reports");
            title.getStyleClass().add(Styles.TITLE_4);
            schedules.setSpacing(8);
            schedules.getChildren().addAll(title, schedulesView.root());
        }
        VBox body = new VBox(10, period, actions, problem, notice, summary, table, schedules);
        body.setPadding(new Insets(12));
        body.setId("insights-reports");
        tab = new Tab("Reports", body);
        tab.setClosable(false);
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void onShow() {
        model.activate();
        if (schedulesView != null) {
            schedulesView.onShow();
        }
    }

    @Override
    public void onHide() {
        model.deactivate();
    }

    private static Button preset(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    private static TableColumn<Report.TaskLine, String> column(String title, Function<Report.TaskLine, String> cell, double width) {
        TableColumn<Report.TaskLine, String> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(cell.apply(data.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
