package io.kumo.ui.insights.errors;

import io.kumo.ui.common.DisplayTime;
import atlantafx.base.theme.Styles;
import io.kumo.insights.errors.ErrorGroup;
import io.kumo.insights.errors.ErrorGroupDetail;
import io.kumo.insights.errors.ErrorRun;
import io.kumo.ui.common.EmptyState;
import io.kumo.ui.insights.InsightsTab;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;

/** Insights › Errors: the window's error groups, a sparkline each, and the selected group's message and runs. */
public final class ErrorsTab implements InsightsTab {


    private final ErrorsViewModel model;
    private final ZoneId zone;
    private final Tab tab;

    public ErrorsTab(ErrorsViewModel model, ZoneId zone) {
        this.model = model;
        this.zone = zone;
        ComboBox<ErrorsViewModel.Window> window = new ComboBox<>();
        window.setId("errors-window");
        window.getItems().setAll(ErrorsViewModel.Window.values());
        window.setConverter(new StringConverter<>() {
            @Override
            public String toString(ErrorsViewModel.Window value) {
                return value == null ? "" : value.label();
            }

            @Override
            public ErrorsViewModel.Window fromString(String text) {
                return null;
            }
        });
        window.valueProperty().bindBidirectional(model.windowProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("errors-refresh");
        refresh.setOnAction(event -> model.refresh());
        Label status = new Label();
        status.setId("errors-status");
        status.textProperty().bind(model.statusProperty());
        HBox bar = new HBox(8, new Label("Window"), window, refresh, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));

        TableView<ErrorGroup> table = table();
        EmptyState empty = new EmptyState(Feather.CHECK_CIRCLE, "", "Failed runs are grouped here by their error.");
        empty.setId("errors-empty");
        Label emptyTitle = new Label();
        emptyTitle.setId("errors-empty-text");
        emptyTitle.getStyleClass().add(Styles.TITLE_4);
        emptyTitle.textProperty().bind(Bindings.createStringBinding(model::emptyText, model.windowProperty()));
        empty.getChildren().addFirst(emptyTitle);
        empty.visibleProperty().bind(model.loadedProperty().and(Bindings.isEmpty(model.rows())));
        table.visibleProperty().bind(empty.visibleProperty().not());

        SplitPane split = new SplitPane(new StackPane(table, empty), detail());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        VBox root = new VBox(bar, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setId("insights-errors");
        tab = new Tab("Errors", root);
        tab.setClosable(false);
    }

    private TableView<ErrorGroup> table() {
        TableView<ErrorGroup> table = new TableView<>(model.rows());
        table.setId("errors-table");
        table.getColumns().add(column("Type", 150, ErrorGroup::type));
        table.getColumns().add(column("Message", 240, group -> group.message() == null ? "" : group.message().replaceAll("\\s+", " ")));
        table.getColumns().add(column("Count", 64, group -> Long.toString(group.windowCount())));
        TableColumn<ErrorGroup, ErrorGroup> trend = new TableColumn<>("30 days");
        trend.setMinWidth(Sparkline.WIDTH + 20); // the canvas and the cell's padding: a narrower cell clips today's bar
        trend.setMaxWidth(Sparkline.WIDTH + 20);
        trend.setResizable(false);
        trend.setSortable(false);
        trend.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        trend.setCellFactory(column -> new TableCell<>() {
            private final Sparkline spark = new Sparkline();

            @Override
            protected void updateItem(ErrorGroup group, boolean empty) {
                super.updateItem(group, empty);
                if (empty || group == null) {
                    setGraphic(null);
                } else {
                    spark.show(group.daily());
                    setGraphic(spark);
                }
            }
        });
        table.getColumns().add(trend);
        table.getColumns().add(column("First seen", 140, group -> time(group.firstSeen())));
        table.getColumns().add(column("Last seen", 140, group -> time(group.lastSeen())));
        table.getColumns().add(column("Tasks", 150, group -> String.join(", ", group.tasks())));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private VBox detail() {
        Label title = new Label("Select an error group to see its message and runs.");
        title.setId("errors-detail-title");
        title.getStyleClass().add(Styles.TITLE_4);
        Label location = new Label();
        location.setId("errors-detail-location");
        TextArea message = new TextArea();
        message.setId("errors-detail-message");
        message.setEditable(false);
        message.setWrapText(true);
        message.setPrefRowCount(3);
        TextArea runs = new TextArea();
        runs.setId("errors-detail-runs");
        runs.setEditable(false);
        runs.setPrefRowCount(6);
        Button open = new Button("Open in editor");
        open.setId("errors-open-editor");
        open.disableProperty().bind(model.targetProperty().isNull());
        open.setOnAction(event -> model.openInEditor());
        Tooltip notInProject = new Tooltip("The file is not in a project: only a project's files open in the editor");
        // a disabled button shows no tooltip of its own: its holder does
        HBox openHolder = new HBox(open);
        model.targetProperty().addListener((obs, old, now) -> Tooltip.install(openHolder, now == null ? notInProject : null));
        Tooltip.install(openHolder, notInProject);
        HBox head = new HBox(12, title, location, openHolder);
        head.setAlignment(Pos.CENTER_LEFT);
        model.detailProperty().addListener((obs, old, now) -> {
            if (now == null) {
                title.setText(model.selectedProperty().get() == null ? "Select an error group to see its message and runs." : "Loading…");
                location.setText("");
                message.setText("");
                runs.setText("");
                return;
            }
            show(now, title, location, message, runs);
        });
        VBox box = new VBox(6, head, message, new Label("Recent runs"), runs);
        box.setPadding(new Insets(8));
        VBox.setVgrow(runs, Priority.ALWAYS);
        return box;
    }

    private void show(ErrorGroupDetail detail, Label title, Label location, TextArea message, TextArea runs) {
        ErrorGroup group = detail.group();
        title.setText(group.type() + " · " + group.totalCount() + (group.totalCount() == 1 ? " failure" : " failures"));
        location.setText(group.location().isEmpty() ? "no traceback" : group.location());
        message.setText(group.message() == null ? "" : group.message());
        runs.setText(detail.recentRuns().stream().map(this::runLine).collect(Collectors.joining("\n")));
    }

    private String runLine(ErrorRun run) {
        return "#" + run.runId() + "  " + time(run.scheduledFor()) + "  " + run.taskName() + "  " + run.status()
                + (run.exitCode() == null ? "" : "  exit " + run.exitCode());
    }

    private String time(Instant instant) {
        return instant == null ? "" : DisplayTime.in(zone).dateTimeMinutes(instant);
    }

    private static TableColumn<ErrorGroup, String> column(String title, double width,
                                                          java.util.function.Function<ErrorGroup, String> value) {
        TableColumn<ErrorGroup, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 140));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    @Override
    public Tab tab() {
        return tab;
    }

    @Override
    public void onShow() {
        model.refresh();
    }
}
