package io.kumo.ui.settings;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The building blocks the settings sections share: labelled fields with their inline error, Apply rows, status lines. */
final class Forms {

    private static final List<String> TONES = List.of(Styles.SUCCESS, Styles.DANGER, Styles.TEXT_MUTED);

    private Forms() {
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.getStyleClass().add("settings-grid");
        javafx.scene.layout.ColumnConstraints captions = new javafx.scene.layout.ColumnConstraints();
        captions.setMinWidth(200);
        grid.getColumnConstraints().add(captions);
        return grid;
    }

    /**
     * Adds a field on two grid rows: caption, text field, unit and explanation, then the error under the field.
     * Returns the next free row.
     */
    static int addField(GridPane grid, int row, String caption, String id, SettingField<?> field, double width,
                        String unit, String explanation) {
        return addField(grid, row, caption, id, new TextField(), field.textProperty(), field.errorProperty(), width, unit,
                explanation);
    }

    /** As above, for any text control (a password field, say) editing {@code value}, with {@code problem} under it. */
    static int addField(GridPane grid, int row, String caption, String id, TextField text,
                        javafx.beans.property.StringProperty value, javafx.beans.value.ObservableStringValue problem,
                        double width, String unit, String explanation) {
        text.setId(id);
        text.setPrefWidth(width);
        text.setMinWidth(width); // the explanation column gives way, not the number being typed
        text.setMaxWidth(width);
        text.textProperty().bindBidirectional(value);
        Label error = new Label();
        error.setId(id + "-error");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setWrapText(true);
        error.textProperty().bind(problem);
        error.visibleProperty().bind(Bindings.isNotEmpty(problem));
        error.managedProperty().bind(error.visibleProperty());
        problem.subscribe(message -> text.pseudoClassStateChanged(Styles.STATE_DANGER, message != null && !message.isEmpty()));
        Label unitLabel = muted(unit);
        unitLabel.setWrapText(false); // "seconds" must not break into one letter a line when the grid is tight
        unitLabel.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, caption(caption), text, unitLabel, muted(explanation));
        grid.add(error, 1, row + 1, 3, 1);
        return row + 2;
    }

    /** A file path field with a Choose… button that fills it; on two grid rows like {@link #addField}. */
    static int addFileField(GridPane grid, int row, String caption, String id, SettingField<String> field, double width,
                            String chooserTitle, String explanation) {
        int next = addField(grid, row, caption, id, field, width, "", explanation);
        Button choose = new Button("Choose…");
        choose.setId(id + "-choose");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(event -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle(chooserTitle);
            chooser.getExtensionFilters().addAll(new javafx.stage.FileChooser.ExtensionFilter("PEM files", "*.pem", "*.crt", "*.key"),
                    new javafx.stage.FileChooser.ExtensionFilter("All files", "*"));
            java.io.File file = chooser.showOpenDialog(io.kumo.ui.common.Windows.of(choose));
            if (file != null) {
                field.textProperty().set(file.getAbsolutePath());
            }
        });
        // the button sits beside the field, not in the unit column, which would push every explanation aside
        Node text = grid.getChildren().stream().filter(node -> id.equals(node.getId())).findFirst().orElseThrow();
        grid.getChildren().remove(text);
        HBox input = new HBox(8, text, choose);
        input.setAlignment(Pos.CENTER_LEFT);
        grid.add(input, 1, row);
        return next;
    }

    /** A button that puts a text on the clipboard. */
    static Button copyButton(String id, java.util.function.Supplier<String> text) {
        Button copy = new Button("Copy", FontIcon.of(Feather.COPY));
        copy.setId(id);
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.setOnAction(event -> {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(text.get());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        return copy;
    }

    /** A text to copy (a token shown once, a URL): read-only field and Copy. */
    static HBox copyRow(String id, String value) {
        TextField field = new TextField(value);
        field.setId(id);
        field.setEditable(false);
        field.getStyleClass().add("monospace");
        HBox.setHgrow(field, javafx.scene.layout.Priority.ALWAYS);
        HBox row = new HBox(8, field, copyButton(id + "-copy", field::getText));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** After a dialog's content changed: its window takes the new size and is centred again, so no button is cut off. */
    static void refit(javafx.scene.control.Dialog<?> dialog) {
        javafx.stage.Window window = dialog.getDialogPane().getScene().getWindow();
        if (window != null) {
            window.sizeToScene();
            window.centerOnScreen();
        }
    }

    /** A warning line with its triangle, in the section banners' style. */
    static Label warning(String id, String text) {
        Label label = new Label(text, FontIcon.of(Feather.ALERT_TRIANGLE));
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().addAll("settings-banner", Styles.WARNING);
        label.setMinHeight(Region.USE_PREF_SIZE); // a dialog sized to its scene would cut the wrapped lines to "…"
        return label;
    }

    /** Apply for a group of settings, with its status line. */
    static HBox applyRow(String id, SettingsGroup group) {
        Button apply = new Button("Apply", FontIcon.of(Feather.CHECK));
        apply.setId(id);
        apply.getStyleClass().add(Styles.ACCENT);
        apply.disableProperty().bind(group.busyProperty());
        apply.setOnAction(event -> group.apply());
        HBox row = new HBox(12, apply, status(id.replace("-apply-", "-status-"), group.status()));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    static Label status(String id, StatusLine line) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.textProperty().bind(line.textProperty());
        label.visibleProperty().bind(line.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        line.toneProperty().subscribe(tone -> {
            label.getStyleClass().removeAll(TONES);
            label.getStyleClass().add(switch (tone) {
                case GOOD -> Styles.SUCCESS;
                case BAD -> Styles.DANGER;
                case NEUTRAL -> Styles.TEXT_MUTED;
            });
        });
        return label;
    }

    static VBox section(Node... content) {
        VBox box = new VBox(10, content);
        box.getStyleClass().add("settings-section");
        return box;
    }

    static Label caption(String text) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }

}
