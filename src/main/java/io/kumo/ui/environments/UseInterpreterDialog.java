package io.kumo.ui.environments;

import io.kumo.ui.common.DialogFit;
import atlantafx.base.theme.Styles;
import io.kumo.python.InterpreterInfo;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** Asks which existing interpreter to use as an environment, as it is, and whether Kumo may change its packages. */
final class UseInterpreterDialog {

    private UseInterpreterDialog() {
    }

    static Optional<UseInterpreterRequest> show(Window owner, InterpretersViewModel interpreters) {
        Dialog<UseInterpreterRequest> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Kumo");
        dialog.setHeaderText("Use an interpreter as is");

        TextField name = new TextField("system-python");
        name.setId("env-use-name-field");
        ComboBox<InterpreterInfo> interpreter = InterpreterChoice.create(interpreters.interpreters(), null);
        interpreter.setId("env-use-interpreter-combo");
        CheckBox allow = new CheckBox("Allow package changes");
        allow.setId("env-use-allow-changes");
        Label warning = NewEnvironmentDialog.hint("Tasks run with this interpreter and the packages it already has. "
                + "Installing into it changes it for every program that uses it and can break tools of your "
                + "operating system: leave this off unless the interpreter is yours alone (a venv is the safe choice).");
        warning.setMaxWidth(460);
        allow.selectedProperty().subscribe(on -> {
            warning.getStyleClass().remove(Styles.WARNING);
            if (on) {
                warning.getStyleClass().add(Styles.WARNING);
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(DialogFit.CONTENT_PADDING);
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Interpreter"), interpreter);
        grid.add(allow, 1, 2);
        grid.add(warning, 1, 3);
        GridPane.setHgrow(name, Priority.ALWAYS);
        grid.setPrefWidth(600);
        dialog.getDialogPane().setContent(grid);

        ButtonType use = new ButtonType("Use", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(use, ButtonType.CANCEL);
        Node useButton = dialog.getDialogPane().lookupButton(use);
        useButton.setId("env-use-ok");
        useButton.getStyleClass().add(Styles.ACCENT);
        useButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> name.getText().isBlank() || interpreter.getValue() == null, name.textProperty(), interpreter.valueProperty()));
        dialog.setResultConverter(button -> button != use ? null
                : new UseInterpreterRequest(name.getText().strip(), interpreter.getValue().path(), allow.isSelected()));
        return dialog.showAndWait();
    }
}
