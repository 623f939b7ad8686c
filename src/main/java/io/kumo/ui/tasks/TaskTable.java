package io.kumo.ui.tasks;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The task table: name, project, environment, schedule in words, next run, last run (coloured) and time, success rate
 * over 7 days, enabled. Sorted by any column (by name at first), several rows selectable. Rows are updated in place,
 * so selection and scroll position survive refreshes.
 */
final class TaskTable {

    private TaskTable() {
    }

    static TableView<TaskRow> create(TasksViewModel model, Runnable onEdit) {
        SortedList<TaskRow> sorted = new SortedList<>(model.filteredRows());
        TableView<TaskRow> table = new TableView<>(sorted);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setId("tasks-table");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, "tasks-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        TableColumn<TaskRow, String> name = text("Name", 240, TaskItem::name, model.textOrder());
        name.setMinWidth(170); // what a user scans first keeps the most room at the default window size
        name.setCellFactory(column -> new TextCell(item -> item.name() + "\n" + item.command(), item -> false));
        TableColumn<TaskRow, String> project = text("Project", 110, TaskItem::projectName, model.textOrder());
        project.setMinWidth(80);
        TableColumn<TaskRow, String> environment = text("Environment", 110, TaskItem::environmentName, model.textOrder());
        environment.setMinWidth(80);
        TableColumn<TaskRow, String> schedule = text("Schedule", 180, TaskItem::trigger, model.textOrder());
        schedule.setMinWidth(110);
        schedule.setCellFactory(column -> new TextCell(TaskItem::trigger, item -> !item.triggerValid()));
        TableColumn<TaskRow, Instant> next = new TableColumn<>("Next run");
        next.setPrefWidth(165);
        next.setMinWidth(110);
        next.setCellValueFactory(cell -> cell.getValue().itemProperty().map(TaskItem::nextFire));
        next.setCellFactory(column -> new NextRunCell());
        TableColumn<TaskRow, TaskItem> last = new TableColumn<>("Last run");
        last.setPrefWidth(190);
        last.setMinWidth(175);
        last.setCellValueFactory(cell -> cell.getValue().itemProperty());
        last.setComparator(Comparator.comparing((TaskItem item) -> item.isRunning() ? "" : item.lastStatus() == null
                ? "~" : item.lastStatus().name()).thenComparing(TaskItem::lastRunAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        last.setCellFactory(column -> new LastRunCell(model));
        TableColumn<TaskRow, Double> success = new TableColumn<>("Success 7d");
        success.setPrefWidth(100);
        success.setMinWidth(90);
        success.setCellValueFactory(cell -> cell.getValue().itemProperty().map(TaskItem::successRate));
        success.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Double rate, boolean empty) {
                super.updateItem(rate, empty);
                TaskRow row = getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || row == null ? null : row.item().successText());
            }
        });
        TableColumn<TaskRow, Boolean> enabled = new TableColumn<>("Enabled");
        enabled.setPrefWidth(76);
        enabled.setMinWidth(76);
        enabled.setCellValueFactory(cell -> cell.getValue().itemProperty().map(TaskItem::enabled));
        enabled.setCellFactory(column -> new EnabledCell(model));
        table.getColumns().addAll(List.of(name, project, environment, schedule, next, last, success, enabled));
        table.getSortOrder().add(name);

        table.setRowFactory(view -> {
            TableRow<TaskRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    onEdit.run();
                }
            });
            return row;
        });
        return table;
    }

    private static TableColumn<TaskRow, String> text(String title, double width, Function<TaskItem, String> value, TextOrder order) {
        TableColumn<TaskRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setComparator(order);
        column.setCellValueFactory(cell -> cell.getValue().itemProperty().map(value::apply));
        column.setCellFactory(col -> new TextCell(null, item -> false));
        return column;
    }

    private static TaskItem itemOf(TableCell<TaskRow, ?> cell) {
        TableRow<TaskRow> row = cell.getTableRow();
        return row == null || row.getItem() == null ? null : row.getItem().item();
    }

    /**
     * A cell's one tooltip, made on the first hover or when its text is cut, its text replaced as the cell shows another
     * row. A tooltip is a popup window with its own styling: a new one per update made scrolling and filtering 10,000
     * rows slow, and one per cell made up a tenth of the first layout of the table's ~250 cells.
     */
    private static final class CellTip {
        private final TableCell<TaskRow, ?> cell;
        private Tooltip tooltip;
        private String text;

        CellTip(TableCell<TaskRow, ?> cell) {
            this.cell = cell;
            cell.addEventHandler(MouseEvent.MOUSE_ENTERED, event -> install());
            cell.textTruncatedProperty().addListener((obs, was, cut) -> {
                if (cut) {
                    install();
                }
            });
        }

        /** The text to show on hover; null for none. */
        void show(String text) {
            this.text = text;
            if (tooltip != null) {
                install();
            }
        }

        private void install() {
            if (text == null) {
                cell.setTooltip(null);
                return;
            }
            if (tooltip == null) {
                tooltip = new Tooltip();
            }
            tooltip.setText(text);
            cell.setTooltip(tooltip);
        }
    }

    /** Text, "—" for none, a tooltip (the full text when none is given); the schedule of a task that cannot be scheduled in red. */
    private static final class TextCell extends TableCell<TaskRow, String> {
        private final Function<TaskItem, String> tipOf;
        private final Predicate<TaskItem> danger;
        private final CellTip tip = new CellTip(this);

        TextCell(Function<TaskItem, String> tipOf, Predicate<TaskItem> danger) {
            this.tipOf = tipOf;
            this.danger = danger;
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            TaskItem item = empty ? null : itemOf(this);
            setText(item == null ? null : value == null || value.isBlank() ? "—" : value);
            tip.show(item == null ? null : tipOf == null ? blankless(value) : tipOf.apply(item));
            pseudoClassStateChanged(Styles.STATE_DANGER, item != null && danger.test(item));
        }
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** "in 5 min · today 14:05", "paused", or "—". */
    private static final class NextRunCell extends TableCell<TaskRow, Instant> {
        private final CellTip tip = new CellTip(this);

        @Override
        protected void updateItem(Instant next, boolean empty) {
            super.updateItem(next, empty);
            TaskItem item = empty ? null : itemOf(this);
            if (item == null) {
                setText(null);
                tip.show(null);
            } else if (next == null) {
                setText(item.enabled() ? "—" : "paused");
                tip.show(null);
            } else {
                String text = TimeText.both(next, Instant.now(), ZoneId.systemDefault());
                setText(text);
                tip.show(text + "\n" + next.atZone(ZoneId.systemDefault()));
            }
        }
    }

    /** The coloured status and when it ran; a double click shows the task's runs. */
    private static final class LastRunCell extends TableCell<TaskRow, TaskItem> {
        private final StatusBadge badge = new StatusBadge();
        private final Label time = new Label();
        private final HBox box = new HBox(8, badge, time);
        private final CellTip tip = new CellTip(this);

        LastRunCell(TasksViewModel model) {
            box.setAlignment(Pos.CENTER_LEFT);
            time.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            time.setMinWidth(Region.USE_PREF_SIZE);
            getStyleClass().add("task-last-run");
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && getItem() != null) {
                    event.consume();
                    model.openRuns();
                }
            });
        }

        @Override
        protected void updateItem(TaskItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                tip.show(null);
                return;
            }
            badge.show(item);
            time.setText(item.lastRunAt() == null ? "" : TimeText.relative(item.lastRunAt(), Instant.now()));
            tip.show(item.lastRunAt() == null ? null
                    : "Last run " + TimeText.absolute(item.lastRunAt(), Instant.now(), ZoneId.systemDefault())
                    + "; double-click for the run history");
            setGraphic(box);
        }
    }

    /** A check box that pauses or resumes the task; the reloaded row shows the result. */
    private static final class EnabledCell extends TableCell<TaskRow, Boolean> {
        private final CheckBox box = new CheckBox();

        EnabledCell(TasksViewModel model) {
            box.getStyleClass().add("task-enabled-check");
            box.setOnAction(event -> {
                TaskRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    model.setEnabled(row, box.isSelected());
                }
            });
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Boolean enabled, boolean empty) {
            super.updateItem(enabled, empty);
            if (empty || enabled == null) {
                setGraphic(null);
            } else {
                box.setSelected(enabled);
                setGraphic(box);
            }
        }
    }
}
