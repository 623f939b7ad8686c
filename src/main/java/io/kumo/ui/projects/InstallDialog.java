package io.kumo.ui.projects;

import io.kumo.ui.common.DialogFit;
import atlantafx.base.theme.Styles;
import io.kumo.domain.PythonEnvironment;
import javafx.application.Platform;
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
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
        install.setMinWidth(Region.USE_PREF_SIZE);
        install.disableProperty().bind(model.runningProperty().or(model.environmentProperty().isNull())
                .or(model.choiceProperty().isNull()));
        install.setOnAction(event -> model.install());
        Button cancel = new Button("Cancel install", FontIcon.of(Feather.X_CIRCLE));
        cancel.setId("install-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.visibleProperty().bind(model.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> model.cancel());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        HBox actions = new HBox(10, install, cancel, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        // on its own row, so that a long error wraps under the buttons instead of squeezing them
        Label status = new Label();
        status.setId("install-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.visibleProperty().bind(model.statusProperty().isEmpty().not());
        status.managedProperty().bind(status.visibleProperty());

        ListView<String> console = new ListView<>(model.output());
        console.setId("install-console");
        console.getStyleClass().addAll(Styles.DENSE, "output-console");
        console.setPlaceholder(new Label("pip's output shows here."));
        console.setPrefHeight(300);
        console.setMinHeight(160);
        console.setCellFactory(view -> new WrappingCell());
        model.output().addListener((ListChangeListener<String>) change -> {
            if (!console.getItems().isEmpty()) {
                console.scrollTo(console.getItems().size() - 1);
            }
        });
        VBox.setVgrow(console, Priority.ALWAYS);

        VBox content = new VBox(12, form, actions, status, console);
        content.setPadding(new Insets(4));
        content.setPrefWidth(720);
        model.statusProperty().addListener((obs, old, now) -> Platform.runLater(() -> DialogFit.growToContent(getDialogPane())));
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

    /** A line of pip's output, wrapped at the console's width rather than cut. */
    private static final class WrappingCell extends ListCell<String> {
        /** A path or URL longer than the console cannot wrap at a space: its full text is the tooltip. */
        private static final int TOOLTIP_LENGTH = 60;

        WrappingCell() {
            setWrapText(true);
            // no width of its own: the list lays it out at its own width, where the text wraps
            setPrefWidth(0);
            // the theme's dense lists fix the cell height, which would cut wrapped lines; JavaFX's default measures
            setStyle("-fx-cell-size: 24px;");
        }

        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            setText(empty ? null : line);
            setTooltip(empty || line == null || line.length() < TOOLTIP_LENGTH ? null : new Tooltip(line));
        }
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
