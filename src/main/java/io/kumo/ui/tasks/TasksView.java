package io.kumo.ui.tasks;

import static io.kumo.ui.common.ActionButtons.button;

import atlantafx.base.theme.Styles;
import io.kumo.ui.common.EmptyState;
import io.kumo.ui.common.PaneView;
import io.kumo.ui.common.Windows;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Tasks pane: the task table with its filters and actions (toolbar, context menu, keyboard), the editor and the
 * crontab import, and an explanation with the first steps while there is no task.
 */
public final class TasksView implements PaneView {

    private static final KeyCombination NEW_TASK = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final TasksViewModel model;
    private final VBox root = new VBox(12);
    private final TableView<TaskRow> table;
    private final Timeline clockTick;
    private Scene acceleratorScene;

    public TasksView(TasksViewModel model) {
        this.model = model;
        this.table = TaskTable.create(model, this::edit);
        Bindings.bindContent(model.selection(), table.getSelectionModel().getSelectedItems());
        model.revealedProperty().addListener((obs, old, row) -> reveal(row));
        table.setContextMenu(contextMenu());
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                edit();
                event.consume();
            } else if (event.getCode() == KeyCode.DELETE) {
                model.delete();
                event.consume();
            }
        });
        table.setPlaceholder(noMatch());

        Label title = new Label("Tasks");
        title.getStyleClass().add(Styles.TITLE_2);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button importCrontab = button("Import crontab…", "task-import-crontab", Feather.DOWNLOAD, null, this::importCrontab);
        importCrontab.setTooltip(new Tooltip("Turn the lines of a crontab (crontab -l) into tasks"));
        Button create = button("New task", "task-new", Feather.PLUS, null, this::create);
        create.getStyleClass().add(Styles.ACCENT);
        create.setTooltip(new Tooltip("New task (Ctrl+N)"));
        HBox header = new HBox(8, title, spacer, importCrontab, create);
        header.setAlignment(Pos.CENTER_LEFT);

        VBox tableBox = new VBox(8, filters(), actions(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        tableBox.visibleProperty().bind(model.noTasksProperty().not());
        StackPane content = new StackPane(tableBox, emptyState());
        VBox.setVgrow(content, Priority.ALWAYS);

        root.getChildren().addAll(header, content);
        root.setPadding(new Insets(24));
        root.setId("pane-tasks");
        root.getStyleClass().add("tasks-pane");
        // relative times ("in 4 min") move on even when nothing else changes
        clockTick = new Timeline(new KeyFrame(Duration.seconds(30), event -> table.refresh()));
        clockTick.setCycleCount(Animation.INDEFINITE);
    }

    private HBox filters() {
        TextField text = new TextField();
        text.setId("task-filter-text");
        text.setPromptText("Filter by name, command, project, tag…");
        text.textProperty().bindBidirectional(model.filterTextProperty());
        text.setPrefWidth(280);
        HBox.setHgrow(text, Priority.SOMETIMES);
        ComboBox<String> project = new ComboBox<>(model.projectOptions());
        project.setId("task-filter-project");
        project.valueProperty().bindBidirectional(model.filterProjectProperty());
        ComboBox<String> tag = new ComboBox<>(model.tagOptions());
        tag.setId("task-filter-tag");
        tag.valueProperty().bindBidirectional(model.filterTagProperty());
        ComboBox<StatusFilter> status = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(StatusFilter.values()));
        status.setId("task-filter-status");
        status.valueProperty().bindBidirectional(model.filterStatusProperty());
        Button clear = button("Clear", "task-filter-clear", Feather.X, null, model::clearFilters);
        clear.getStyleClass().add(Styles.FLAT);
        clear.visibleProperty().bind(model.filteringProperty());
        text.setMinWidth(140);
        project.setPrefWidth(180); // not as wide as the longest project name; the tooltip shows a cut one
        project.setTooltip(new Tooltip());
        project.getTooltip().textProperty().bind(project.valueProperty());
        for (Region fixed : List.of(project, tag, status, clear)) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox box = new HBox(8, text, project, tag, status, clear);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private HBox actions() {
        var none = model.hasSelectionProperty().not();
        var notOne = model.singleSelectionProperty().not();
        Button run = button("Run now", "task-run-now", Feather.PLAY, none, model::runNow);
        Button stop = button("Stop", "task-stop", Feather.SQUARE, model.canStopProperty().not(), model::stop);
        stop.setTooltip(new Tooltip("Stop the runs in progress of the selected tasks"));
        Button pause = button("Pause", "task-pause", Feather.PAUSE, model.canPauseProperty().not(), model::pause);
        pause.setTooltip(new Tooltip("Stop scheduling the selected tasks (runs in progress go on)"));
        Button resume = button("Resume", "task-resume", Feather.PLAY_CIRCLE, model.canResumeProperty().not(), model::resume);
        resume.setTooltip(new Tooltip("Schedule the selected tasks again, from now on"));
        Button edit = button("Edit", "task-edit", Feather.EDIT_2, notOne, this::edit);
        edit.setTooltip(new Tooltip("Edit the task (Enter or double-click)"));
        Button duplicate = button("Duplicate", "task-duplicate", Feather.COPY, none, model::duplicate);
        duplicate.setTooltip(new Tooltip("Copy the selected tasks, paused, to review before they run"));
        Button runs = button("Runs", "task-runs", Feather.LIST, notOne, model::openRuns);
        runs.setTooltip(new Tooltip("Show the run history and logs of the task"));
        Button delete = button("Delete", "task-delete", Feather.TRASH_2, none, model::delete);
        delete.getStyleClass().add(Styles.DANGER);
        delete.setTooltip(new Tooltip("Delete the selected tasks (Delete key); their run history stays"));
        Label selected = new Label();
        selected.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        selected.textProperty().bind(Bindings.createStringBinding(() -> selectionText(), model.selection(),
                model.filteredRows(), model.rows()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(6, run, stop, pause, resume, new Separator(Orientation.VERTICAL), edit, duplicate, runs,
                delete, spacer, selected);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("task-actions");
        return box;
    }

    private String selectionText() {
        int shown = model.filteredRows().size();
        int all = model.rows().size();
        String count = shown == all ? all + (all == 1 ? " task" : " tasks") : shown + " of " + all + " tasks";
        return model.selection().size() > 1 ? model.selection().size() + " selected · " + count : count;
    }

    private ContextMenu contextMenu() {
        var none = model.hasSelectionProperty().not();
        var notOne = model.singleSelectionProperty().not();
        return new ContextMenu(
                item("Run now", Feather.PLAY, none, model::runNow),
                item("Stop", Feather.SQUARE, model.canStopProperty().not(), model::stop),
                item("Pause", Feather.PAUSE, model.canPauseProperty().not(), model::pause),
                item("Resume", Feather.PLAY_CIRCLE, model.canResumeProperty().not(), model::resume),
                new SeparatorMenuItem(),
                item("Edit…", Feather.EDIT_2, notOne, this::edit),
                item("Duplicate", Feather.COPY, none, model::duplicate),
                item("Runs", Feather.LIST, notOne, model::openRuns),
                item("Trends", Feather.TRENDING_UP, notOne, model::openInsights),
                new SeparatorMenuItem(),
                item("Delete…", Feather.TRASH_2, none, model::delete));
    }

    private Node emptyState() {
        EmptyState empty = new EmptyState(Feather.CLOCK, "No tasks yet",
                "A task runs a command (a Python script of a project, in its environment) on a cron schedule, every "
                        + "few minutes, once at a given time, or when you click Run now. Its runs, logs and results "
                        + "are kept. Create one, or bring over the lines of your crontab.");
        Button create = button("New task", "task-empty-new", Feather.PLUS, null, this::create);
        create.getStyleClass().add(Styles.ACCENT);
        Button importCrontab = button("Import crontab…", "task-empty-import", Feather.DOWNLOAD, null, this::importCrontab);
        HBox buttons = new HBox(8, create, importCrontab);
        buttons.setAlignment(Pos.CENTER);
        empty.getChildren().add(buttons);
        empty.visibleProperty().bind(model.noTasksProperty());
        return empty;
    }

    private Node noMatch() {
        Label text = new Label("No task matches the filters.");
        text.getStyleClass().add(Styles.TEXT_MUTED);
        Button clear = button("Clear filters", "task-filter-clear-placeholder", Feather.X, null, model::clearFilters);
        VBox box = new VBox(8, text, clear);
        box.setAlignment(Pos.CENTER);
        box.visibleProperty().bind(model.filteringProperty());
        return box;
    }

    private void create() {
        model.openEditor((TaskRow) null, this::showEditor);
    }

    /** Opens the editor for a new task (the dashboard's first-run guide). */
    public void newTask() {
        create();
    }

    /** Opens the editor for a new task with values another pane chose; the user reviews and saves it. */
    public void newTask(TaskPrefill prefill) {
        model.openEditor(prefill, this::showEditor);
    }

    private void edit() {
        if (model.selection().size() == 1) {
            model.openEditor(model.selection().getFirst(), this::showEditor);
        }
    }

    private void showEditor(TaskEditorViewModel editor) {
        TaskEditorDialog.show(Windows.of(root), editor, model::saved);
    }

    private void importCrontab() {
        CrontabImportDialog.show(Windows.of(root), model.crontabImport());
    }

    private void reveal(TaskRow row) {
        if (row != null && table.getItems().contains(row)) {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(row);
            table.scrollTo(row);
            table.requestFocus();
        }
    }


    private static MenuItem item(String text, Feather icon, ObservableValue<Boolean> disabled, Runnable action) {
        MenuItem item = new MenuItem(text, FontIcon.of(icon));
        item.disableProperty().bind(disabled);
        item.setOnAction(event -> action.run());
        return item;
    }

    @Override
    public Node getRoot() {
        return root;
    }

    @Override
    public void onShow() {
        model.activate();
        clockTick.play();
        acceleratorScene = root.getScene();
        if (acceleratorScene != null) {
            acceleratorScene.getAccelerators().put(NEW_TASK, this::create);
        }
    }

    @Override
    public void onHide() {
        model.deactivate();
        clockTick.stop();
        if (acceleratorScene != null) {
            acceleratorScene.getAccelerators().remove(NEW_TASK);
            acceleratorScene = null;
        }
    }
}
