package io.kumo.ui.projects;

import atlantafx.base.theme.Styles;
import io.kumo.domain.PythonEnvironment;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** "Install into environment…": choose the environment and what to install, then watch pip's output. */
final class InstallDialog extends Dialog<Void> {

    InstallDialog(Window owner, InstallModel model) {
        initOwner(owner);
        initModality(Modality.NONE);
        setTitle("Install the dependencies of " + model.projectName());
        setResizable(true);

        ComboBox<PythonEnvironment> environment = new ComboBox<>(model.environments());
        environment.setId("install-environment");
        environment.valueProperty().bindBidirectional(model.environmentProperty());
        environment.setCellFactory(view -> new EnvironmentCell());
        environment.setButtonCell(new EnvironmentCell());
        environment.setMaxWidth(Double.MAX_VALUE);
        ComboBox<InstallModel.Choice> what = new ComboBox<>(model.choices());
        what.setId("install-what");
        what.valueProperty().bindBidirectional(model.choiceProperty());
        what.setMaxWidth(Double.MAX_VALUE);

        GridPane form = new GridPane(10, 8);
        form.addRow(0, new Label("Environment"), environment);
        form.addRow(1, new Label("Install"), what);
        GridPane.setHgrow(environment, Priority.ALWAYS);
        GridPane.setHgrow(what, Priority.ALWAYS);

        Button install = new Button("Install", FontIcon.of(Feather.DOWNLOAD));
        install.setId("install-run");
        install.getStyleClass().add(Styles.ACCENT);
        install.disableProperty().bind(model.runningProperty().or(model.environmentProperty().isNull())
                .or(model.choiceProperty().isNull()));
        install.setOnAction(event -> model.install());
        Button cancel = new Button("Cancel install", FontIcon.of(Feather.X_CIRCLE));
        cancel.setId("install-cancel");
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.setOnAction(event -> model.cancel());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.runningProperty());
        Label status = new Label();
        status.setId("install-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        HBox actions = new HBox(10, install, cancel, progress, status);
        actions.setAlignment(Pos.CENTER_LEFT);

        ListView<String> console = new ListView<>(model.output());
        console.setId("install-console");
        console.getStyleClass().addAll(Styles.DENSE, "output-console");
        console.setPlaceholder(new Label("pip's output shows here."));
        console.setPrefHeight(300);
        model.output().addListener((ListChangeListener<String>) change -> {
            if (!console.getItems().isEmpty()) {
                console.scrollTo(console.getItems().size() - 1);
            }
        });
        VBox.setVgrow(console, Priority.ALWAYS);

        VBox content = new VBox(12, form, actions, console);
        content.setPadding(new Insets(4));
        content.setPrefWidth(720);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        if (owner.getScene() != null) {
            getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        setOnCloseRequest(event -> {
            if (model.runningProperty().get()) {
                event.consume(); // the install keeps going; Cancel stops it
            }
        });
        model.load();
    }

    private static final class EnvironmentCell extends ListCell<PythonEnvironment> {
        @Override
        protected void updateItem(PythonEnvironment environment, boolean empty) {
            super.updateItem(environment, empty);
            setText(empty || environment == null ? null : environment.getName()
                    + (environment.getPythonVersion() == null ? "" : " \u00b7 Python " + environment.getPythonVersion())
                    + " \u00b7 " + environment.getKind());
        }
    }
}
