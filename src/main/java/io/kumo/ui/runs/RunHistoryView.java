package io.kumo.ui.runs;

import io.kumo.ui.common.DisplayNames;
import io.kumo.ui.common.DisplayTime;
import io.kumo.ui.common.TimeColumns;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.domain.RunStatus;
import io.kumo.ui.common.EmptyState;
import io.kumo.ui.common.FullTextCell;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Run history: filter bar, the table of one page of runs, and paging. Double-click or Enter opens a run through
 * {@code onOpen}. Reusable: the Tasks pane can show it filtered to one task.
 */
public final class RunHistoryView extends VBox {

    private final RunHistoryViewModel model;
    private final TableView<RunRow> table = new TableView<>();

    /**
     * {@code showNode}: a "Node" column, for a Kumo in a cluster where runs happen on several computers; {@code now}:
     * the pane's ticking clock, which a running run's duration follows.
     */
    public RunHistoryView(RunHistoryViewModel model, Consumer<RunRow> onOpen, boolean showNode, ObservableValue<Instant> now) {
        this.model = model;
        table.setItems(model.rows());
        table.setId("runs-table");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().addAll(columns(now));
        if (showNode) {
            TableColumn<RunRow, String> node = column("Node", 110, row -> row.node() == null
                    ? (row.status() == RunStatus.QUEUED ? "any node" : "—") : row.node());
            node.setId("runs-column-node");
            table.getColumns().add(3, node);
        }
        table.setPlaceholder(placeholder());
        table.setRowFactory(view -> {
            TableRow<RunRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && row.getItem() != null) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                onOpen.accept(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        keepSelectionAcrossReloads();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(filterBar(), table, pagingBar());
        setSpacing(8);
        setMinHeight(0);
    }

    /** The selected runs, for actions such as deleting their logs. */
    public List<RunRow> selectedRuns() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    public TableView<RunRow> table() {
        return table;
    }

    private void keepSelectionAcrossReloads() {
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<RunRow>) change ->
                model.selectionChanged(table.getSelectionModel().getSelectedItems()));
        model.replacedProperty().addListener((obs, old, now) -> {
            var ids = model.selectedIds();
            var selection = table.getSelectionModel();
            for (int i = 0; i < model.rows().size(); i++) {
                if (ids.contains(model.rows().get(i).id()) && !selection.isSelected(i)) {
                    selection.select(i);
                }
            }
        });
    }

    private FlowPane filterBar() {
        ComboBox<Choice> task = new ComboBox<>(model.taskChoices());
        task.setId("runs-filter-task");
        task.valueProperty().bindBidirectional(model.taskProperty());
        task.setPrefWidth(200);
        task.setTooltip(new Tooltip("Only the runs of this task"));
        ComboBox<Choice> project = new ComboBox<>(model.projectChoices());
        project.setId("runs-filter-project");
        project.valueProperty().bindBidirectional(model.projectProperty());
        project.setPrefWidth(180);
        project.setTooltip(new Tooltip("Only the runs of this project's tasks"));

        MenuButton status = new MenuButton();
        status.setId("runs-filter-status");
        status.setGraphic(FontIcon.of(Feather.FILTER));
        for (RunStatus value : RunStatus.values()) {
            CheckMenuItem item = new CheckMenuItem(RunStatusStyle.label(value), RunStatusStyle.graphic(value));
            item.setId("runs-filter-status-" + value.name().toLowerCase(java.util.Locale.ROOT));
            item.setSelected(model.statuses().contains(value));
            item.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    model.statuses().add(value);
                } else {
                    model.statuses().remove(value);
                }
            });
            model.statuses().addListener((SetChangeListener<RunStatus>) change -> item.setSelected(model.statuses().contains(value)));
            status.getItems().add(item);
        }
        status.textProperty().bind(Bindings.createStringBinding(() -> model.statuses().isEmpty() ? "All statuses"
                : model.statuses().size() == 1 ? RunStatusStyle.label(model.statuses().iterator().next())
                : model.statuses().size() + " statuses", model.statuses()));

        DatePicker from = datePicker("runs-filter-from", "From", model.fromProperty());
        DatePicker to = datePicker("runs-filter-to", "To", model.toProperty());
        Button clear = new Button("Clear filters", FontIcon.of(Feather.X));
        clear.setId("runs-filter-clear");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(event -> model.clearFilters());
        Button refresh = new Button(null, FontIcon.of(Feather.REFRESH_CW));
        refresh.setId("runs-refresh");
        refresh.setTooltip(new Tooltip("Read the history again"));
        refresh.setOnAction(event -> {
            model.loadChoices();
            model.reload();
        });
        FlowPane bar = new FlowPane(8, 8, task, project, status, from, to, clear, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static DatePicker datePicker(String id, String prompt, javafx.beans.property.ObjectProperty<java.time.LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(140);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private HBox pagingBar() {
        Button previous = new Button(null, FontIcon.of(Feather.CHEVRON_LEFT));
        previous.setId("runs-page-prev");
        previous.setTooltip(new Tooltip("Newer runs"));
        previous.disableProperty().bind(model.hasPreviousProperty().not());
        previous.setOnAction(event -> model.previousPage());
        Button next = new Button(null, FontIcon.of(Feather.CHEVRON_RIGHT));
        next.setId("runs-page-next");
        next.setTooltip(new Tooltip("Older runs"));
        next.disableProperty().bind(model.hasNextProperty().not());
        next.setOnAction(event -> model.nextPage());
        Label label = new Label();
        label.setId("runs-page-label");
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.textProperty().bind(model.pageLabelProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spacer, label, previous, next);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    private StackPane placeholder() {
        EmptyState none = new EmptyState(Feather.FILE_TEXT, "No runs yet",
                "Every run of every task is listed here with its output, resources and result, followed live while it runs.");
        EmptyState filtered = new EmptyState(Feather.FILTER, "No runs match these filters",
                "Change or clear the filters to see more runs.");
        none.visibleProperty().bind(model.loadedProperty().and(model.filteredProperty().not()));
        filtered.visibleProperty().bind(model.loadedProperty().and(model.filteredProperty()));
        return new StackPane(none, filtered);
    }

    private List<TableColumn<RunRow, ?>> columns(ObservableValue<Instant> now) {
        TableColumn<RunRow, RunRow> status = new TableColumn<>("Status");
        status.setPrefWidth(115);
        status.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        status.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(RunRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    getStyleClass().removeIf(style -> style.startsWith("run-status-"));
                } else {
                    setText(RunStatusStyle.label(row.status()));
                    setGraphic(RunStatusStyle.graphic(row.status()));
                    getStyleClass().removeIf(style -> style.startsWith("run-status-"));
                    getStyleClass().add(RunStatusStyle.styleClass(row.status()));
                }
            }
        });
        return List.of(status,
                column("Run", 60, row -> "#" + row.id()),
                column("Task", 150, RunRow::taskName),
                column("Trigger", 110, row -> DisplayNames.of(row.triggerKind())),
                timeColumn("Scheduled", row -> RunFormat.time(row.scheduledFor())),
                timeColumn("Started", row -> RunFormat.time(row.startedAt())),
                column("Late", 70, row -> RunFormat.duration(row.lateness())),
                duration(now),
                column("Exit", 50, row -> RunFormat.orDash(row.exitCode())),
                column("Attempt", 65, row -> String.valueOf(row.attempt())),
                column("Peak CPU", 75, row -> RunFormat.cpu(row.peakCpu())),
                column("Peak memory", 95, row -> RunFormat.bytes(row.peakRss())),
                column("Error", 300, RunRow::errorSummary));
    }

    /** A running run's duration follows the pane's clock; an ended one's is fixed. */
    private static TableColumn<RunRow, String> duration(ObservableValue<Instant> now) {
        TableColumn<RunRow, String> column = new TableColumn<>("Duration");
        column.setId("runs-column-duration");
        column.setPrefWidth(80);
        column.setCellValueFactory(cell -> {
            RunRow row = cell.getValue();
            return row.running() ? now.map(instant -> RunFormat.duration(row.duration(instant)))
                    : new ReadOnlyStringWrapper(RunFormat.duration(row.duration(now.getValue())));
        });
        return FullTextCell.on(column);
    }

    private static TableColumn<RunRow, String> column(String title, double width, Function<RunRow, String> value) {
        TableColumn<RunRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return FullTextCell.on(column);
    }

    /** Wide enough for a date and time to the second in the longer locale formats; never narrower. */
    private static TableColumn<RunRow, String> timeColumn(String title, Function<RunRow, String> value) {
        return TimeColumns.fit(column(title, 190, value), DisplayTime.system());
    }
}
