package io.kumo.ui.environments;

import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The operation console: status line with progress and Cancel, and the tool's output, following the newest line. */
final class ConsoleView extends VBox {

    private static final List<String> TONES = List.of(Styles.SUCCESS, Styles.DANGER, Styles.WARNING, Styles.TEXT_MUTED);

    ConsoleView(ConsoleModel console, OperationModel operation) {
        Label title = new Label("Output");
        title.getStyleClass().add(Styles.TITLE_4);

        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setId("env-progress");
        progress.setPrefWidth(140);
        progress.visibleProperty().bind(operation.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Label status = new Label();
        status.setId("env-status");
        status.textProperty().bind(operation.statusProperty());
        status.setMinWidth(0);
        operation.outcomeProperty().addListener((obs, old, outcome) -> tone(status, outcome));
        tone(status, operation.outcomeProperty().get());

        Button cancel = new Button("Cancel", FontIcon.of(Feather.X_CIRCLE));
        cancel.setId("env-cancel");
        cancel.getStyleClass().add(Styles.DANGER);
        cancel.visibleProperty().bind(operation.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.disableProperty().bind(operation.cancellableProperty().not());
        cancel.setOnAction(event -> operation.cancel());

        ListView<String> lines = new ListView<>(console.lines());
        lines.setId("env-console");
        lines.setStyle("-fx-font-family: monospace; -fx-font-size: 12px;");
        lines.getStyleClass().add(Styles.DENSE);
        lines.setFixedCellSize(18);
        lines.setCellFactory(view -> new ListCell<>() {
            {
                setStyle("-fx-padding: 0 6 0 6;");
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        lines.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        lines.setPlaceholder(muted("The output of environment creation and package changes shows here."));
        // follow the newest line; deferred to after the list's skin has taken in the new lines
        console.lines().addListener((ListChangeListener<String>) change -> Platform.runLater(() -> {
            if (!lines.getItems().isEmpty()) {
                lines.scrollTo(lines.getItems().size() - 1);
            }
        }));
        MenuItem copy = new MenuItem("Copy");
        copy.setOnAction(event -> copy(lines.getSelectionModel().getSelectedItems()));
        MenuItem copyAll = new MenuItem("Copy all");
        copyAll.setOnAction(event -> copy(lines.getItems()));
        MenuItem clear = new MenuItem("Clear");
        clear.setOnAction(event -> console.clear());
        clear.disableProperty().bind(operation.runningProperty());
        lines.setContextMenu(new ContextMenu(copy, copyAll, clear));
        lines.setOnKeyPressed(event -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(event)) {
                copy(lines.getSelectionModel().getSelectedItems());
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, progress, status, spacer, cancel);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(lines, Priority.ALWAYS);
        getChildren().addAll(header, lines);
        setSpacing(8);
        setMinHeight(0);
    }

    private static void tone(Label status, OperationModel.Outcome outcome) {
        status.getStyleClass().removeAll(TONES);
        switch (outcome) {
            case SUCCEEDED -> status.getStyleClass().add(Styles.SUCCESS);
            case FAILED, PROBLEM -> status.getStyleClass().add(Styles.DANGER);
            case CANCELLED -> status.getStyleClass().add(Styles.WARNING);
            case NONE, RUNNING -> status.getStyleClass().add(Styles.TEXT_MUTED);
        }
    }

    private static void copy(List<String> text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(String.join(System.lineSeparator(), text));
        Clipboard.getSystemClipboard().setContent(content);
    }

    static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
