package io.kumo.ui.tasks;

import atlantafx.base.theme.Styles;
import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.RetryBackoff;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.ui.common.DialogFit;
import io.kumo.ui.common.FormGrid;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The task editor, for a new task and an existing one: what runs (name, project, environment, command), when
 * (cron, interval, once, by hand; time zone) on the left, how (timeout, retries, priority, overlap and missed-run
 * policies, variables, tags) on the right; limits, sandbox and run conditions in collapsible sections below. Save
 * stays disabled while a field is invalid and the message names it.
 */
final class TaskEditorDialog {

    private static final Map<OverlapPolicy, String> OVERLAP = Map.of(OverlapPolicy.SKIP, "Skip the new run",
            OverlapPolicy.QUEUE, "Queue it (at most one waits)", OverlapPolicy.ALLOW, "Run both at once");
    private static final Map<MisfirePolicy, String> MISFIRE = Map.of(MisfirePolicy.SKIP, "Skip them",
            MisfirePolicy.ONCE, "Run once to catch up", MisfirePolicy.ALL, "Run every missed one");
    private static final Map<RetryBackoff, String> BACKOFF = Map.of(RetryBackoff.FIXED, "Same delay each time",
            RetryBackoff.EXPONENTIAL, "Double the delay each time");

    private TaskEditorDialog() {
    }

    static void show(Window owner, TaskEditorViewModel model, Consumer<Task> onSaved) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Kumo");
        dialog.setHeaderText(model.isNew() ? "New task" : "Edit task '" + model.nameProperty().get() + "'");
        dialog.setResizable(true);

        HBox columns = new HBox(24, whatAndWhen(model), new Separator(javafx.geometry.Orientation.VERTICAL), how(model));
        Label message = new Label();
        message.setId("task-validation");
        message.getStyleClass().add(Styles.DANGER);
        message.setWrapText(true);
        message.setPrefWidth(TriggerSection.HINT_WIDTH);
        message.textProperty().bind(model.messageProperty());
        Label warning = new Label();
        warning.setId("task-warning");
        warning.getStyleClass().add(Styles.WARNING);
        warning.setWrapText(true);
        warning.setPrefWidth(TriggerSection.HINT_WIDTH);
        warning.textProperty().bind(model.warningProperty());
        warning.managedProperty().bind(model.warningProperty().isNotEmpty());
        warning.visibleProperty().bind(warning.managedProperty());
        Label alerts = new Label();
        alerts.setId("task-alerts");
        alerts.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        alerts.setWrapText(true);
        alerts.setPrefWidth(TriggerSection.HINT_WIDTH);
        alerts.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.BELL));
        alerts.textProperty().bind(model.alertsProperty());
        alerts.managedProperty().bind(model.alertsProperty().isNotEmpty());
        alerts.visibleProperty().bind(alerts.managedProperty());
        VBox form = new VBox(16, columns, new IsolationSection(model.isolation()));
        form.setPadding(new Insets(0, 12, 0, 0));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add(Styles.FLAT);
        VBox content = new VBox(12, scroll, alerts, warning, message);
        content.setPadding(DialogFit.CONTENT_PADDING);
        dialog.getDialogPane().setContent(content);
        scroll.setMinHeight(160);
        dialog.getDialogPane().getStyleClass().add("task-editor");

        ButtonType save = new ButtonType(model.isNew() ? "Create" : "Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("task-save");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.setMinWidth(Region.USE_PREF_SIZE);
        saveButton.disableProperty().bind(model.problemProperty().isNotNull().and(model.problemsShownProperty())
                .or(model.savingProperty()));
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.save(saved -> {
                onSaved.accept(saved);
                dialog.close();
            });
        });
        dialog.setResultConverter(button -> null);
        // the alerts hint and warnings arrive after the dialog is shown: grow with them rather than squeeze the form
        for (var line : java.util.List.of(model.alertsProperty(), model.warningProperty())) {
            line.addListener((obs, old, now) -> {
                if (dialog.isShowing()) {
                    javafx.application.Platform.runLater(() -> DialogFit.growToContent(dialog.getDialogPane()));
                }
            });
        }
        dialog.setOnShown(event -> {
            DialogFit.toContent(dialog);
            dialog.getDialogPane().lookup("#task-name").requestFocus();
        });
        dialog.show();
    }

    private static Node whatAndWhen(TaskEditorViewModel model) {
        GridPane grid = grid();
        TextField name = text("task-name", model.nameProperty(), "e.g. nightly-report");
        TextField description = text("task-description", model.descriptionProperty(), "optional");
        ComboBox<Choice> project = new ComboBox<>(model.projects());
        project.setId("task-project");
        project.valueProperty().bindBidirectional(model.projectProperty());
        project.setMaxWidth(Double.MAX_VALUE);
        TextField workDir = text("task-workdir", model.workDirProperty(), "the project's work folder");
        Label workHint = TriggerSection.small(null);
        workHint.textProperty().bind(model.workDirHintProperty());
        ComboBox<Choice> environment = new ComboBox<>(model.environments());
        environment.setId("task-env");
        environment.valueProperty().bindBidirectional(model.environmentProperty());
        environment.setMaxWidth(Double.MAX_VALUE);
        ComboBox<String> command = new ComboBox<>(model.suggestions());
        command.setId("task-command");
        command.setEditable(true);
        command.setMaxWidth(Double.MAX_VALUE);
        command.getStyleClass().add("task-command");
        command.setPromptText("python main.py --full");
        command.getEditor().textProperty().bindBidirectional(model.commandProperty());
        Label commandHint = TriggerSection.small(null);
        commandHint.setText("python and pip run from the chosen environment. Suggestions come from the project's files.");
        CheckBox shell = new CheckBox("Run through the shell (pipes, $VARIABLES)");
        shell.setMinWidth(Region.USE_PREF_SIZE);
        shell.setId("task-shell");
        shell.selectedProperty().bindBidirectional(model.useShellProperty());
        ComboBox<TriggerType> trigger = combo("task-trigger-type", TriggerType.values(), TriggerSection.LABELS::get);
        trigger.valueProperty().bindBidirectional(model.triggerTypeProperty());
        ComboBox<String> zone = new ComboBox<>(FXCollections.observableArrayList(ZoneId.getAvailableZoneIds().stream().sorted().toList()));
        zone.setId("task-zone");
        zone.setEditable(true);
        zone.setPromptText("System (" + ZoneId.systemDefault().getId() + ")");
        zone.getEditor().textProperty().bindBidirectional(model.zoneProperty());
        zone.setMaxWidth(Double.MAX_VALUE);

        int row = 0;
        grid.addRow(row++, label("Name"), name);
        grid.addRow(row++, label("Description"), description);
        grid.addRow(row++, label("Project"), project);
        grid.addRow(row++, label("Work folder"), new VBox(2, workDir, workHint));
        grid.addRow(row++, label("Environment"), environment);
        grid.addRow(row++, label("Command"), new VBox(2, command, commandHint));
        grid.add(shell, 1, row++);
        grid.addRow(row++, label("Schedule"), trigger);
        grid.add(new TriggerSection(model), 1, row++);
        grid.addRow(row, label("Time zone"), zone);
        return grid(grid, 360);
    }

    private static Node how(TaskEditorViewModel model) {
        GridPane grid = grid();
        TextField timeout = text("task-timeout", model.timeoutProperty(), "none; e.g. 30m, 2h");
        Spinner<Integer> retries = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100, model.retriesProperty().get()));
        retries.setId("task-retries");
        retries.setEditable(true);
        retries.setPrefWidth(100);
        retries.valueProperty().addListener((obs, old, now) -> model.retriesProperty().set(now == null ? 0 : now));
        TextField retryDelay = text("task-retry-delay", model.retryDelayProperty(), "right away; e.g. 30s, 5m");
        retryDelay.disableProperty().bind(model.retriesProperty().isEqualTo(0));
        ComboBox<RetryBackoff> backoff = combo("task-backoff", RetryBackoff.values(), BACKOFF::get);
        backoff.valueProperty().bindBidirectional(model.backoffProperty());
        backoff.disableProperty().bind(model.retriesProperty().isEqualTo(0));
        backoff.setMinWidth(Region.USE_PREF_SIZE);
        retryDelay.setPrefColumnCount(8);
        ComboBox<PriorityLevel> priority = combo("task-priority", PriorityLevel.values(), PriorityLevel::toString);
        priority.valueProperty().bindBidirectional(model.priorityProperty());
        ComboBox<OverlapPolicy> overlap = combo("task-overlap", OverlapPolicy.values(), OVERLAP::get);
        overlap.valueProperty().bindBidirectional(model.overlapProperty());
        ComboBox<MisfirePolicy> misfire = combo("task-misfire", MisfirePolicy.values(), MISFIRE::get);
        misfire.valueProperty().bindBidirectional(model.misfireProperty());
        TextField tags = text("task-tags", model.tagsProperty(), "e.g. etl, nightly");
        TextField nodeLabels = text("task-node-labels", model.nodeLabelsProperty(), "any node; e.g. gpu, eu");
        CheckBox enabled = new CheckBox("Enabled (scheduled)");
        enabled.setId("task-enabled");
        enabled.setMinWidth(Region.USE_PREF_SIZE);
        enabled.selectedProperty().bindBidirectional(model.enabledProperty());

        int row = 0;
        grid.addRow(row++, label("Timeout"), timeout);
        grid.addRow(row++, label("Retries"), retries);
        grid.addRow(row++, label("Retry delay"), new VBox(4, retryDelay, backoff));
        grid.addRow(row++, label("Priority"), priority);
        grid.addRow(row++, label("If still running"), overlap);
        grid.addRow(row++, label("Missed runs"), misfire);
        grid.addRow(row++, label("Tags"), tags);
        grid.addRow(row++, label("Node labels"), nodeLabels);
        grid.add(enabled, 1, row++);
        CheckBox notify = new CheckBox("Notify me on failure, timeout, recovery");
        notify.setMinWidth(Region.USE_PREF_SIZE);
        notify.setId("task-notify");
        notify.selectedProperty().bindBidirectional(model.notifyProperty());
        grid.add(notify, 1, row++);
        Label variables = label("Variables");
        GridPane.setValignment(variables, VPos.TOP);
        grid.addRow(row, variables, new EnvVariablesEditor(model.variables(), model::addVariable));
        HBox.setHgrow(grid, Priority.ALWAYS);
        return grid(grid, 300);
    }

    /** The fields get at least {@code fieldWidth}; more when a check box or hint in the column needs it. */
    private static GridPane grid(GridPane grid, double fieldWidth) {
        grid.getColumnConstraints().get(1).setMinWidth(fieldWidth);
        return grid;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        FormGrid.labelsAndFields(grid);
        grid.setAlignment(Pos.TOP_LEFT);
        return grid;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static <E> ComboBox<E> combo(String id, E[] values, Function<E, String> label) {
        ComboBox<E> combo = new ComboBox<>(FXCollections.observableArrayList(values));
        combo.setId(id);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        });
        return combo;
    }
}
