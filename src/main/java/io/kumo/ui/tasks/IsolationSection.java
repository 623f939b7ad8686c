package io.kumo.ui.tasks;

import atlantafx.base.theme.Styles;
import io.kumo.domain.SandboxMode;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The editor's "Limits and sandbox" and "Conditions" sections: collapsible, so the dialog keeps its height; each opens
 * by itself when the task sets something in it.
 */
final class IsolationSection extends VBox {

    private static final Map<SandboxMode, String> SANDBOXES = Map.of(SandboxMode.NONE, "None (runs as you)",
            SandboxMode.CONTAINER, "Container (Podman or Docker)", SandboxMode.BWRAP, "bubblewrap (Linux)");

    IsolationSection(IsolationFields fields) {
        super(8);
        TitledPane limits = new TitledPane("Limits and sandbox", limits(fields));
        limits.setId("task-limits-section");
        limits.setExpanded(fields.limitsOrSandboxSet());
        TitledPane conditions = new TitledPane("Conditions", conditions(fields));
        conditions.setId("task-conditions-section");
        conditions.setExpanded(fields.conditionsSet());
        getChildren().addAll(limits, conditions);
    }

    private static GridPane limits(IsolationFields fields) {
        GridPane grid = grid();
        ComboBox<SandboxMode> sandbox = new ComboBox<>(FXCollections.observableArrayList(SandboxMode.values()));
        sandbox.setId("task-sandbox");
        sandbox.setConverter(new StringConverter<>() {
            @Override
            public String toString(SandboxMode mode) {
                return mode == null ? "" : SANDBOXES.get(mode);
            }

            @Override
            public SandboxMode fromString(String text) {
                return null;
            }
        });
        sandbox.valueProperty().bindBidirectional(fields.sandboxProperty());
        TextField image = text("task-sandbox-image", fields.imageProperty());
        image.setPromptText("from the environment's Python version");
        image.disableProperty().bind(fields.sandboxProperty().isNotEqualTo(SandboxMode.CONTAINER));
        CheckBox network = check("task-sandbox-network", "Network inside the sandbox", fields.networkProperty());
        network.disableProperty().bind(fields.sandboxProperty().isEqualTo(SandboxMode.NONE));
        Label note = TriggerSection.small(null);
        note.setId("task-sandbox-note");
        note.getStyleClass().add(Styles.WARNING);
        note.textProperty().bind(fields.sandboxNoteProperty());
        note.managedProperty().bind(fields.sandboxNoteProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());

        int row = 0;
        grid.addRow(row++, label("Memory"), limit("task-max-memory", fields.memoryProperty(), fields.memoryDefaultProperty(),
                "e.g. 500M, 2G"), label("CPU"), limit("task-max-cpu", fields.cpuProperty(), fields.cpuDefaultProperty(),
                "% of one core: 50%, 200%"));
        grid.addRow(row++, label("Processes"), limit("task-max-processes", fields.processesProperty(),
                fields.processesDefaultProperty(), null), label("Open files"), limit("task-max-open-files",
                fields.openFilesProperty(), fields.openFilesDefaultProperty(), null));
        grid.addRow(row++, label("Largest output file"), limit("task-max-output", fields.outputProperty(),
                fields.outputDefaultProperty(), "e.g. 1G"));
        grid.addRow(row++, label("Sandbox"), sandbox, label("Image"), image);
        grid.add(network, 1, row++, 3, 1);
        grid.add(note, 1, row, 3, 1);
        return grid;
    }

    private static GridPane conditions(IsolationFields fields) {
        GridPane grid = grid();
        CheckBox ac = check("task-only-on-ac", "Only on AC power", fields.onlyOnAcProperty());
        CheckBox online = check("task-only-online", "Only when a network is up", fields.onlyOnlineProperty());
        TextField host = text("task-online-host", fields.hostProperty());
        host.setPromptText("or this host is reachable: example.com:443");
        TextField idle = text("task-only-idle", fields.idleProperty());
        idle.setPromptText("any time; e.g. 10m");
        CheckBox metered = check("task-not-metered", "Not on a metered connection (where the OS says so)",
                fields.notMeteredProperty());
        TextField wait = text("task-condition-wait", fields.waitForProperty());
        wait.setPromptText("skip at once; e.g. 30m");
        Label waitHint = TriggerSection.small("task-condition-wait-hint");
        waitHint.setText("When a condition is false at fire time, the run waits up to this long, then is skipped with "
                + "the reason. Run now ignores conditions.");

        int row = 0;
        grid.add(ac, 0, row++, 4, 1);
        grid.addRow(row++, online, host);
        grid.addRow(row++, label("Computer idle for at least"), idle);
        grid.add(metered, 0, row++, 4, 1);
        grid.addRow(row++, label("Wait up to, else skip"), wait);
        grid.add(waitHint, 0, row, 4, 1);
        return grid;
    }

    private static TextField limit(String id, StringProperty value, ReadOnlyStringProperty defaultText, String example) {
        TextField field = text(id, value);
        field.promptTextProperty().bind(defaultText);
        if (example != null) {
            field.setTooltip(new javafx.scene.control.Tooltip(example + "; empty: the default from Settings"));
        }
        return field;
    }

    private static TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        for (int pair = 0; pair < 2; pair++) {
            ColumnConstraints labels = new ColumnConstraints();
            labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ColumnConstraints fields = new ColumnConstraints();
            fields.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(labels, fields);
        }
        HBox.setHgrow(grid, Priority.ALWAYS);
        return grid;
    }
}
