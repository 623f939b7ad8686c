package io.kumo.ui.alerts;

import atlantafx.base.theme.Styles;
import io.kumo.alerts.ChannelForms;
import io.kumo.alerts.ChannelKind;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Adds or edits a channel: its name, the service, then that service's form (built by {@link ChannelForms}) or a pasted
 * URL. The URL is shown masked as it is typed; what is wrong shows under the field or the URL, and a refused save keeps
 * the dialog open with the service's message.
 */
final class ChannelDialog {

    private ChannelDialog() {
    }

    static void show(Window owner, ChannelFormModel model, Runnable onSaved) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Kumo");
        dialog.setHeaderText(model.isNew() ? "New alert channel" : "Edit channel '" + model.nameProperty().get() + "'");
        dialog.setResizable(true);

        TextField name = new TextField();
        name.setId("channel-name");
        name.setPromptText("e.g. ops-mail");
        name.textProperty().bindBidirectional(model.nameProperty());
        ComboBox<ChannelKind> kind = new ComboBox<>();
        kind.setId("channel-kind");
        kind.getItems().setAll(ChannelKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChannelKind value) {
                return value == null ? "" : value.label();
            }

            @Override
            public ChannelKind fromString(String text) {
                return null;
            }
        });
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.disableProperty().bind(model.pasteProperty());

        ToggleGroup mode = new ToggleGroup();
        ToggleButton form = new ToggleButton("Fill in a form");
        form.setId("channel-mode-form");
        ToggleButton paste = new ToggleButton("Paste a URL");
        paste.setId("channel-mode-paste");
        form.setToggleGroup(mode);
        paste.setToggleGroup(mode);
        form.getStyleClass().add(Styles.LEFT_PILL);
        paste.getStyleClass().add(Styles.RIGHT_PILL);
        form.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        paste.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        (model.pasteProperty().get() ? paste : form).setSelected(true);
        mode.selectedToggleProperty().subscribe((old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                model.pasteProperty().set(now == paste);
            }
        });

        GridPane head = grid();
        head.addRow(0, caption("Name"), name);
        head.addRow(1, caption("Service"), new HBox(12, kind, new HBox(form, paste)));

        VBox body = new VBox();
        Runnable rebuild = () -> body.getChildren().setAll(model.pasteProperty().get() ? pasteForm(model) : fieldsForm(model));
        model.kindProperty().subscribe(rebuild);
        model.pasteProperty().subscribe(rebuild);
        rebuild.run();

        Label masked = new Label();
        masked.setId("channel-url-masked");
        masked.getStyleClass().addAll(Styles.TEXT_MUTED, "mono");
        masked.setWrapText(true);
        masked.textProperty().bind(model.maskedProperty().map(url -> url.isEmpty() ? "" : "URL: " + url));
        Label error = errorLabel("channel-error");
        error.textProperty().bind(model.errorProperty());

        VBox content = new VBox(10, head, body, masked, error);
        content.setPadding(new Insets(12, 16, 8, 16)); // the header's inset, so captions do not touch the edge
        content.setPrefWidth(720);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinWidth(680); // the pane alone sized the window to its header and buttons

        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("channel-save");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.disableProperty().bind(model.savingProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.save(() -> {
                onSaved.run();
                dialog.close();
            });
        });
        dialog.setResultConverter(button -> null);
        dialog.setOnShown(event -> name.requestFocus());
        dialog.show();
    }

    private static Node fieldsForm(ChannelFormModel model) {
        GridPane grid = grid();
        int row = 0;
        for (ChannelForms.Field field : model.fields()) {
            Node input = input(model, field);
            Label error = errorLabel("channel-field-" + field.key() + "-error");
            error.textProperty().bind(javafx.beans.binding.Bindings.valueAt(model.fieldErrors(), field.key()).orElse(""));
            grid.addRow(row, caption(field.label() + (field.required() ? "" : " (optional)")), input);
            grid.add(error, 1, row + 1);
            row += 2;
        }
        return grid;
    }

    private static Node input(ChannelFormModel model, ChannelForms.Field field) {
        String id = "channel-field-" + field.key();
        if (field.type() == ChannelForms.FieldType.CHOICE) {
            ComboBox<String> choice = new ComboBox<>();
            choice.setId(id);
            choice.getItems().setAll(field.choices());
            choice.setConverter(new StringConverter<>() {
                @Override
                public String toString(String value) {
                    return value == null || value.isEmpty() ? field.hint() : value;
                }

                @Override
                public String fromString(String text) {
                    return text;
                }
            });
            choice.setValue(model.value(field.key()));
            choice.valueProperty().subscribe(value -> model.setValue(field.key(), value == null ? "" : value));
            return choice;
        }
        TextInputControl text = switch (field.type()) {
            case SECRET -> new PasswordField();
            case LINES -> {
                TextArea area = new TextArea();
                area.setPrefRowCount(3);
                yield area;
            }
            default -> new TextField();
        };
        text.setId(id);
        text.setText(model.value(field.key()));
        text.setPromptText(model.keepsSecret(field.key()) ? "Kept unless retyped (" + io.kumo.alerts.ChannelUrl.MASK + ")" : field.hint());
        text.textProperty().subscribe(typed -> model.setValue(field.key(), typed));
        GridPane.setHgrow(text, Priority.ALWAYS);
        return text;
    }

    private static Node pasteForm(ChannelFormModel model) {
        TextField url = new TextField();
        url.setId("channel-url");
        url.setPromptText("mailto://user:pass@smtp.example.com:587?from=…&to=…  ·  slack://T…/B…/…  ·  json://host:port/path");
        url.textProperty().bindBidirectional(model.pastedUrlProperty());
        GridPane grid = grid();
        grid.addRow(0, caption("URL"), url);
        grid.add(io.kumo.ui.alerts.AlertsView.muted(model.isNew() ? "Apprise's notation; secrets are stored encrypted."
                : "Secrets show as ******; leave them so to keep the saved ones."), 1, 1);
        return grid;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(150);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().setAll(captions, inputs);
        return grid;
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }

    static Label errorLabel(String id) {
        Label error = new Label();
        error.setId(id);
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.setWrapText(true);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        return error;
    }
}
