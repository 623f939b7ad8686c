package io.kumo.ui.alerts;

import static io.kumo.ui.common.ActionButtons.button;

import atlantafx.base.theme.Styles;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.RuleScope;
import java.time.ZoneId;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The selected channel's rules: one line per scope with its event checkboxes (long run over N minutes or the 95th
 * percentile, N failures in a row), then quiet hours and the per-minute limit, and Save.
 */
final class RulesSection {

    private RulesSection() {
    }

    static Node create(RulesViewModel model) {
        VBox rows = new VBox(10);
        rows.setId("rule-rows");
        Runnable redraw = () -> rows.getChildren().setAll(model.rows().stream().map(row -> rowView(model, row)).toList());
        model.rows().addListener((ListChangeListener<RuleRow>) change -> redraw.run());

        Button add = button("Add rule", "rule-add", Feather.PLUS, null, model::addRow);
        Button save = button("Save rules", "rule-save", Feather.CHECK, null, model::save);
        save.getStyleClass().add(Styles.ACCENT);
        Label message = new Label();
        message.setId("rule-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.TEXT_SMALL);
        HBox saveRow = new HBox(12, save, message);
        saveRow.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(12, AlertsView.muted("A rule for a task, workflow or project wins over a broader one; "
                + "a rule with no events mutes its scope."), rows, add, limits(model), saveRow);
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.FLAT);
        return scroll;
    }

    /** Quiet hours (off unless ticked) and the storm guard, each on its own row. */
    private static Node limits(RulesViewModel model) {
        CheckBox quiet = new CheckBox("Quiet hours");
        quiet.setId("rule-quiet-on");
        quiet.selectedProperty().bindBidirectional(model.quietOnProperty());
        TextField from = small("rule-quiet-from", model.quietFromProperty(), "22:00", 70);
        TextField to = small("rule-quiet-to", model.quietToProperty(), "07:00", 70);
        ComboBox<String> zone = new ComboBox<>();
        zone.setId("rule-quiet-zone");
        zone.setEditable(true);
        zone.setPrefWidth(220);
        zone.getItems().setAll(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.valueProperty().bindBidirectional(model.quietZoneProperty());
        Label zoneProblem = new Label();
        zoneProblem.setId("rule-quiet-zone-problem");
        zoneProblem.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        zoneProblem.textProperty().bind(model.quietZoneProperty().map(RulesViewModel::zoneProblem).orElse(""));
        HBox hours = new HBox(8, new Label("from"), from, new Label("to"), to, new Label("in"), zone, zoneProblem);
        hours.setAlignment(Pos.CENTER_LEFT);
        hours.disableProperty().bind(quiet.selectedProperty().not());
        Label held = AlertsView.muted("Alerts are held and sent as one digest when they end.");

        TextField limit = small("rule-per-minute", model.perMinuteProperty(), "10", 60);
        HBox storm = new HBox(8, new Label("At most"), limit, new Label("messages a minute"));
        storm.setAlignment(Pos.CENTER_LEFT);
        Label digest = AlertsView.muted("The rest go out in one digest.");

        GridPane grid = new GridPane(16, 6);
        grid.setId("rule-limits");
        grid.addRow(0, quiet, hours);
        grid.add(held, 1, 1);
        grid.addRow(2, new Label("Storm guard"), storm);
        grid.add(digest, 1, 3);
        return grid;
    }

    private static Node rowView(RulesViewModel model, RuleRow row) {
        ComboBox<RuleScope> scope = new ComboBox<>();
        scope.getItems().setAll(RuleScope.values());
        scope.setConverter(AlertWords.named(AlertWords::scope));
        scope.valueProperty().bindBidirectional(row.scopeProperty());
        scope.getStyleClass().add("rule-scope");
        ComboBox<ScopeTarget> target = new ComboBox<>();
        target.getStyleClass().add("rule-target");
        target.setPrefWidth(200);
        target.setPromptText("Pick one");
        row.scopeProperty().subscribe(now -> {
            ScopeTarget keep = row.targetProperty().get();
            target.getItems().setAll(model.targets().stream().filter(t -> t.scope() == now).toList());
            target.setValue(keep != null && keep.scope() == now ? keep : null);
            target.setVisible(now != RuleScope.ALL);
            target.setManaged(now != RuleScope.ALL);
        });
        target.valueProperty().subscribe(now -> {
            if (now != null || row.scopeProperty().get() != RuleScope.ALL) {
                row.targetProperty().set(now);
            }
        });
        FlowPane events = new FlowPane(12, 6);
        Node longRun = null;
        Node inRow = null;
        for (EventKind event : RuleRow.EVENTS) {
            CheckBox box = new CheckBox(AlertWords.event(event));
            box.getStyleClass().add("rule-event-" + event.word());
            box.selectedProperty().bindBidirectional(row.eventProperty(event));
            events.getChildren().add(box);
            if (event == EventKind.LONG_RUN) {
                TextField minutes = small(null, row.longRunMinutesProperty(), "min", 55);
                minutes.getStyleClass().add("rule-long-minutes");
                CheckBox p95 = new CheckBox("or over the 95th percentile of its successful runs");
                p95.getStyleClass().add("rule-long-p95");
                p95.selectedProperty().bindBidirectional(row.longRunP95Property());
                minutes.disableProperty().bind(p95.selectedProperty());
                longRun = shownWhen(box, new Label("Long run: when a run takes over"), minutes, new Label("minutes"), p95);
            } else if (event == EventKind.FAILURES_IN_ROW) {
                TextField count = small(null, row.inRowProperty(), "3", 45);
                count.getStyleClass().add("rule-in-row");
                inRow = shownWhen(box, new Label("Failures in a row: tell after"), count, new Label("failures in a row"));
            }
        }
        Button remove = button("", null, Feather.X, null, () -> model.removeRow(row));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "rule-remove");
        HBox head = new HBox(8, scope, target, remove);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, head, events, longRun, inRow);
        box.getStyleClass().add("rule-row");
        return box;
    }

    /** A line of a rule's settings for one event, shown only while that event is ticked. */
    private static Node shownWhen(CheckBox event, Node... parts) {
        HBox line = new HBox(6, parts);
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty().bind(event.selectedProperty());
        line.managedProperty().bind(event.selectedProperty());
        return line;
    }

    private static TextField small(String id, StringProperty value, String prompt, double width) {
        TextField field = new TextField();
        if (id != null) {
            field.setId(id);
        }
        field.setPromptText(prompt);
        field.setPrefColumnCount(4);
        field.setPrefWidth(width);
        field.setMinWidth(width);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
