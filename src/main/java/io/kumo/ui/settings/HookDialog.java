package io.kumo.ui.settings;

import atlantafx.base.theme.Styles;
import io.kumo.api.CreatedHook;
import io.kumo.api.HookTarget;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * New trigger URL: a task or a workflow chosen from the lists; Create turns the dialog into the one view of its URL
 * and secret, with a ready-to-copy curl command that signs the body.
 */
final class HookDialog {

    private HookDialog() {
    }

    static void show(Window owner, ApiHooksModel model, ApiServerModel server) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Kumo");
        dialog.setHeaderText("New trigger URL");

        ToggleGroup kinds = new ToggleGroup();
        RadioButton task = new RadioButton("Task");
        task.setId("api-hook-kind-task");
        task.setUserData(HookTarget.Kind.TASK);
        RadioButton workflow = new RadioButton("Workflow");
        workflow.setId("api-hook-kind-workflow");
        workflow.setUserData(HookTarget.Kind.WORKFLOW);
        task.setToggleGroup(kinds);
        workflow.setToggleGroup(kinds);
        kinds.selectToggle(task);
        ComboBox<String> target = new ComboBox<>();
        target.setId("api-hook-target");
        target.setPromptText("Loading…");
        target.setMaxWidth(Double.MAX_VALUE);
        Label error = new Label();
        error.setId("api-hook-error");
        error.setWrapText(true);
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 16, 8, 16)); // the header's inset, so captions do not touch the edge
        grid.addRow(0, Forms.caption("Starts a"), new HBox(16, task, workflow));
        grid.addRow(1, Forms.caption("Name"), target);
        grid.add(error, 1, 2);
        GridPane.setHgrow(target, Priority.ALWAYS);
        grid.setPrefWidth(540);
        dialog.getDialogPane().setContent(grid);

        model.loadTargets(targets -> {
            Runnable fill = () -> {
                var names = targets.of(kind(kinds));
                target.getItems().setAll(names);
                target.setPromptText(names.isEmpty() ? "None yet" : "Choose one");
                target.getSelectionModel().clearSelection();
            };
            fill.run();
            kinds.selectedToggleProperty().addListener((obs, old, now) -> fill.run());
        });

        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        Node createButton = dialog.getDialogPane().lookupButton(create);
        createButton.setId("api-hook-create");
        createButton.getStyleClass().add(Styles.ACCENT);
        createButton.disableProperty().bind(target.valueProperty().isNull().or(model.busyProperty()));
        target.valueProperty().subscribe(chosen -> error.setText(""));
        createButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog stays open: for the secret, or for why not
            model.create(kind(kinds), target.getValue(), made -> showSecret(dialog, made, server), error::setText);
        });
        dialog.showAndWait();
    }

    private static HBox labelled(String caption, HBox row) {
        Label label = Forms.caption(caption);
        label.setMinWidth(60);
        HBox.setHgrow(row, Priority.ALWAYS);
        HBox line = new HBox(8, label, row);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return line;
    }

    private static HookTarget.Kind kind(ToggleGroup kinds) {
        return (HookTarget.Kind) kinds.getSelectedToggle().getUserData();
    }

    private static void showSecret(Dialog<Void> dialog, CreatedHook made, ApiServerModel server) {
        String url = server.urlOf(made.hook().path());
        dialog.setHeaderText("Trigger URL of " + (made.hook().target().kind() == HookTarget.Kind.TASK ? "the task " : "the workflow ")
                + made.hook().target().name());
        TextArea example = new TextArea(HookExample.curl(url, made.secret()));
        example.setId("api-hook-curl");
        example.setEditable(false);
        example.setPrefRowCount(6);
        example.setMinHeight(150);
        example.getStyleClass().add("monospace");
        VBox content = new VBox(8,
                Forms.warning("api-hook-once", "Copy the secret now: it is not shown again. Remove the trigger and "
                        + "create a new one if it is lost or leaks."),
                labelled("URL", Forms.copyRow("api-hook-url", url)),
                labelled("Secret", Forms.copyRow("api-hook-secret", made.secret())),
                Forms.muted((url.startsWith("/") ? "The REST API is not listening now: put its address (such as "
                        + "https://host:8765) in front of the path. " : "") + "POST to the URL with the secret, either in the query as ?token=SECRET or, "
                        + "GitHub-style, as the header X-Hub-Signature-256: sha256= followed by the HMAC-SHA256 of "
                        + "the exact body, keyed with the secret. For example:"),
                example, Forms.copyButton("api-hook-curl-copy", example::getText));
        content.setFillWidth(true);
        content.getChildren().stream().filter(Label.class::isInstance)
                .forEach(label -> ((Label) label).setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE));
        content.setPrefWidth(680);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("api-hook-close");
        Forms.refit(dialog);
    }
}
