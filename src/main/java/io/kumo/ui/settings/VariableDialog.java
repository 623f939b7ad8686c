package io.kumo.ui.settings;

import io.kumo.ui.common.DialogFit;
import io.kumo.ui.common.FormGrid;
import atlantafx.base.theme.Styles;
import io.kumo.secrets.VariableService.VariableView;
import io.kumo.service.VariableNames;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * Adds or edits a global variable. A secret's value is typed into a password field; editing a secret shows no value
 * (leaving it empty keeps the stored one), so the dialog never displays a secret.
 */
final class VariableDialog {

    private VariableDialog() {
    }

    /** {@code editing} is null to add a variable. */
    static Optional<VariableDraft> show(Window owner, VariableView editing) {
        boolean adding = editing == null;
        Dialog<VariableDraft> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Kumo");
        dialog.setHeaderText(adding ? "New global variable" : "Edit " + editing.name());

        TextField name = new TextField(adding ? "" : editing.name());
        name.setId("var-name");
        name.setPromptText("e.g. API_URL");
        name.setDisable(!adding);
        Label nameError = Forms.muted("");
        nameError.setId("var-name-error");
        nameError.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);

        CheckBox secret = new CheckBox("Secret: stored encrypted, masked in lists, the audit log and run logs");
        secret.setId("var-secret");
        secret.setSelected(!adding && editing.secret());
        TextField plainValue = new TextField(!adding && !editing.secret() ? editing.shownValue() : "");
        plainValue.setId("var-value");
        PasswordField secretValue = new PasswordField();
        secretValue.setId("var-value");
        boolean hasStoredSecret = !adding && editing.secret();
        secretValue.setPromptText(hasStoredSecret ? "Leave empty to keep the current value" : "Value");
        plainValue.setPromptText("Value");
        // only one of the two is in the dialog at a time; what was typed moves across
        StackPane value = new StackPane(secret.isSelected() ? secretValue : plainValue);
        secret.selectedProperty().addListener((obs, old, nowSecret) -> {
            TextField from = nowSecret ? plainValue : secretValue;
            TextField to = nowSecret ? secretValue : plainValue;
            to.setText(from.getText());
            from.clear();
            value.getChildren().setAll(to);
        });

        TextField description = new TextField(adding || editing.description() == null ? "" : editing.description());
        description.setId("var-description");
        description.setPromptText("What it is for (optional)");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(DialogFit.CONTENT_PADDING);
        grid.addRow(0, new Label("Name"), name);
        grid.add(nameError, 1, 1);
        secret.setWrapText(true);
        grid.add(secret, 1, 2);
        Label valueError = Forms.muted("");
        valueError.setId("var-value-error");
        valueError.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        grid.addRow(3, new Label("Value"), value);
        grid.add(valueError, 1, 4);
        grid.addRow(5, new Label("Description"), description);
        grid.add(Forms.muted("Every run gets it as an environment variable; a task's own variables take precedence."), 1, 6);
        GridPane.setHgrow(name, Priority.ALWAYS);
        // the labels keep their width; the fields and the wrapping hint share what is left
        FormGrid.labelsAndFields(grid);
        grid.setPrefWidth(560);
        dialog.getDialogPane().setContent(grid);

        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId("var-save");
        saveButton.getStyleClass().add(Styles.ACCENT);
        name.textProperty().subscribe(text -> nameError.setText(text.isEmpty() || VariableNames.isValid(text) ? ""
                : "Use " + VariableNames.RULE));
        // a new secret needs a value, and so does a secret made plain; a stored secret may keep its own
        BooleanBinding incomplete = Bindings.createBooleanBinding(() -> !VariableNames.isValid(name.getText())
                        || (secret.isSelected() && secretValue.getText().isEmpty() && !hasStoredSecret)
                        || (!secret.isSelected() && plainValue.getText().isEmpty() && hasStoredSecret),
                name.textProperty(), secret.selectedProperty(), secretValue.textProperty(), plainValue.textProperty());
        saveButton.disableProperty().bind(incomplete);
        // the same rule as VariableService: a secret is never empty (a stored one may keep its value)
        valueError.textProperty().bind(Bindings.createStringBinding(
                () -> secret.isSelected() && secretValue.getText().isEmpty() && !hasStoredSecret
                        ? "A secret needs a value" : "",
                secret.selectedProperty(), secretValue.textProperty()));

        dialog.setResultConverter(button -> {
            if (button != save) {
                return null;
            }
            boolean isSecret = secret.isSelected();
            String typed = isSecret ? secretValue.getText() : plainValue.getText();
            boolean keep = isSecret && hasStoredSecret && typed.isEmpty();
            return new VariableDraft(name.getText().strip(), keep ? null : typed, isSecret, description.getText().strip(), keep);
        });
        dialog.setOnShown(event -> (adding ? name : secret.isSelected() ? secretValue : plainValue).requestFocus());
        Optional<VariableDraft> result = dialog.showAndWait();
        // nothing typed stays behind in the closed dialog's controls
        secretValue.clear();
        plainValue.clear();
        return result;
    }
}
