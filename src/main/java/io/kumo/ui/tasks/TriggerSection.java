package io.kumo.ui.tasks;

import atlantafx.base.theme.Styles;
import io.kumo.domain.TriggerType;
import java.time.LocalDate;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The schedule part of the editor: the cron field checked as it is typed (error in place, description, next five
 * fire times), the interval's amount, unit and start, or the one-shot's date and time; the fields of the chosen
 * trigger type only.
 */
final class TriggerSection extends VBox {

    TriggerSection(TaskEditorViewModel model) {
        StackPane fields = new StackPane(
                only(model, TriggerType.CRON, cronBox(model.cron())),
                only(model, TriggerType.INTERVAL, intervalBox(model)),
                only(model, TriggerType.ONCE, onceBox(model)));
        fields.setAlignment(Pos.TOP_LEFT);
        Label summary = small("task-trigger-summary");
        summary.textProperty().bind(model.triggerSummaryProperty());
        summary.visibleProperty().bind(summary.textProperty().isNotEmpty());
        summary.managedProperty().bind(summary.visibleProperty());
        getChildren().addAll(fields, summary);
        setSpacing(6);
    }

    private static Node only(TaskEditorViewModel model, TriggerType type, Node node) {
        node.visibleProperty().bind(model.triggerTypeProperty().isEqualTo(type));
        node.managedProperty().bind(node.visibleProperty());
        return node;
    }

    private static Node cronBox(CronFieldModel cron) {
        TextField field = new TextField();
        field.setId("task-cron");
        field.getStyleClass().add("task-cron-field");
        field.setPromptText("*/15 * * * *");
        field.textProperty().bindBidirectional(cron.textProperty());
        field.setPrefColumnCount(24);
        Label error = small("task-cron-error");
        error.getStyleClass().remove(Styles.TEXT_MUTED);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(cron.errorProperty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        cron.errorProperty().subscribe(text -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !text.isEmpty()));
        Label description = new Label();
        description.setId("task-cron-description");
        description.setWrapText(true);
        description.setPrefWidth(HINT_WIDTH);
        description.textProperty().bind(cron.descriptionProperty());
        description.getStyleClass().add("task-cron-description");
        VBox next = new VBox(2);
        next.setId("task-cron-next");
        Runnable showFires = () -> next.getChildren().setAll(cron.nextFires().stream().map(fire -> {
            Label label = new Label(fire);
            label.getStyleClass().add("task-cron-fire");
            return label;
        }).toList());
        cron.nextFires().subscribe(showFires);
        showFires.run();
        return new VBox(4, field, error, description, next);
    }

    private static Node intervalBox(TaskEditorViewModel model) {
        TextField amount = new TextField();
        amount.setId("task-interval-amount");
        amount.setPrefColumnCount(5);
        amount.textProperty().bindBidirectional(model.intervalAmountProperty());
        ComboBox<IntervalUnit> unit = new ComboBox<>(FXCollections.observableArrayList(IntervalUnit.values()));
        unit.setId("task-interval-unit");
        unit.valueProperty().bindBidirectional(model.intervalUnitProperty());
        HBox every = row(new Label("Every"), amount, unit);
        HBox start = row(new Label("counted from"), date("task-interval-anchor-date", model.anchorDateProperty()),
                time("task-interval-anchor-time", model.anchorTimeProperty()));
        Label hint = small(null);
        hint.setText("Runs at the start time plus whole intervals, in the task's time zone.");
        return new VBox(6, every, start, hint);
    }

    private static Node onceBox(TaskEditorViewModel model) {
        return row(new Label("On"), date("task-once-date", model.onceDateProperty()), new Label("at"),
                time("task-once-time", model.onceTimeProperty()));
    }

    private static DatePicker date(String id, ObjectProperty<LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.valueProperty().bindBidirectional(value);
        picker.setPrefWidth(150);
        return picker;
    }

    private static TextField time(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText("HH:mm");
        field.setPrefColumnCount(6);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static HBox row(Node... nodes) {
        HBox box = new HBox(8, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** How wide a hint prefers to be; it wraps onto more lines rather than widen the editor. */
    static final double HINT_WIDTH = 320;

    static Label small(String id) {
        Label label = new Label();
        if (id != null) {
            label.setId(id);
        }
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setWrapText(true);
        label.setPrefWidth(HINT_WIDTH); // wraps within the form instead of widening it to the hint's one-line length
        return label;
    }

    static final Map<TriggerType, String> LABELS = Map.of(TriggerType.CRON, "Cron schedule", TriggerType.INTERVAL,
            "Every interval", TriggerType.ONCE, "Once, at a date and time", TriggerType.MANUAL, "Only when run by hand");
}
