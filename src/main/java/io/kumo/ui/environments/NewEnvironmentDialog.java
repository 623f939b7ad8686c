package io.kumo.ui.environments;

import io.kumo.ui.common.DialogFit;
import io.kumo.ui.common.FormGrid;
import atlantafx.base.theme.Styles;
import io.kumo.domain.EnvironmentKind;
import io.kumo.python.InterpreterInfo;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** Asks for a new environment: its name, and a venv from an interpreter or a conda environment with a Python version. */
final class NewEnvironmentDialog {

    private NewEnvironmentDialog() {
    }

    static Optional<NewEnvironmentRequest> show(Window owner, EnvironmentsViewModel model) {
        NewEnvironmentRequest draft = model.draft().orElse(new NewEnvironmentRequest("", EnvironmentKind.VENV, null, "3.12"));
        Dialog<NewEnvironmentRequest> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Kumo");
        dialog.setHeaderText("New Python environment");

        TextField name = new TextField(draft.name());
        name.setId("env-name-field");
        name.setPromptText("e.g. reports-py312");
        Label nameHint = hint("Letters, digits, '.', '_' and '-'; it becomes the folder name.");

        ToggleGroup kinds = new ToggleGroup();
        RadioButton venv = new RadioButton("venv");
        venv.setId("env-kind-venv");
        venv.setToggleGroup(kinds);
        RadioButton conda = new RadioButton("conda");
        conda.setId("env-kind-conda");
        conda.setToggleGroup(kinds);
        (draft.kind() == EnvironmentKind.CONDA ? conda : venv).setSelected(true);

        ComboBox<InterpreterInfo> interpreter = InterpreterChoice.create(model.interpreters().interpreters(), draft.interpreter());
        ProgressIndicator looking = new ProgressIndicator();
        looking.setPrefSize(18, 18);
        looking.visibleProperty().bind(model.interpreters().loadingProperty());
        looking.managedProperty().bind(looking.visibleProperty());
        HBox.setHgrow(interpreter, Priority.ALWAYS);
        HBox interpreterRow = new HBox(8, interpreter, looking);
        interpreter.disableProperty().bind(conda.selectedProperty());

        TextField version = new TextField(draft.pythonVersion());
        version.setId("env-conda-version");
        version.setPromptText("3.12");
        version.disableProperty().bind(venv.selectedProperty().or(model.condaAvailableProperty().not()));
        Label condaNote = hint("");
        condaNote.textProperty().bind(model.condaNoteProperty());
        condaNote.setMaxWidth(460);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(DialogFit.CONTENT_PADDING);
        grid.addRow(0, new Label("Name"), name);
        grid.add(nameHint, 1, 1);
        grid.addRow(2, new Label("Kind"), new HBox(16, venv, conda));
        grid.addRow(3, new Label("Interpreter"), interpreterRow);
        grid.addRow(4, new Label("Python version"), version);
        grid.add(condaNote, 1, 5);
        GridPane.setHgrow(name, Priority.ALWAYS);
        FormGrid.labelsAndFields(grid);
        interpreter.setPrefWidth(320); // a long interpreter path is cut in the box; its drop-down list shows it whole
        interpreter.setMaxWidth(Double.MAX_VALUE);
        grid.setPrefWidth(600);
        dialog.getDialogPane().setContent(grid);

        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        Node createButton = dialog.getDialogPane().lookupButton(create);
        createButton.setId("env-create-ok");
        createButton.getStyleClass().add(Styles.ACCENT);
        BooleanBinding incomplete = Bindings.createBooleanBinding(() -> name.getText().isBlank()
                        || (venv.isSelected() ? interpreter.getValue() == null
                        : !model.condaAvailableProperty().get() || version.getText().isBlank()),
                name.textProperty(), venv.selectedProperty(), interpreter.valueProperty(), version.textProperty(),
                model.condaAvailableProperty());
        createButton.disableProperty().bind(incomplete);

        dialog.setResultConverter(button -> button != create ? null : new NewEnvironmentRequest(name.getText().strip(),
                venv.isSelected() ? EnvironmentKind.VENV : EnvironmentKind.CONDA,
                interpreter.getValue() == null ? null : interpreter.getValue().path(), version.getText().strip()));
        dialog.setOnShown(event -> name.requestFocus());
        return dialog.showAndWait();
    }

    static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        label.setWrapText(true);
        return label;
    }
}
