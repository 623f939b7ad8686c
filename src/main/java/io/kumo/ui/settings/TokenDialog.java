package io.kumo.ui.settings;

import atlantafx.base.theme.Styles;
import io.kumo.api.ApiRole;
import io.kumo.api.CreatedToken;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * New REST API token: name, role and lifetime; Create keeps the dialog open, shows why the service refused (a name
 * taken) under the name, or turns the dialog into the one view of the token's secret, with Copy.
 */
final class TokenDialog {

    private TokenDialog() {
    }

    static void show(Window owner, ApiTokensModel model) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Kumo");
        dialog.setHeaderText("New REST API token");

        TextField name = new TextField();
        name.setId("api-token-name");
        name.setPromptText("e.g. ci-deploy or grafana");
        Label error = new Label();
        error.setId("api-token-error");
        error.setWrapText(true);
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        ChoiceBox<ApiRole> role = new ChoiceBox<>();
        role.setId("api-token-role");
        role.getItems().setAll(ApiRole.values());
        role.setValue(ApiRole.VIEWER);
        role.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ApiRole value) {
                return value == null ? "" : value.label();
            }

            @Override
            public ApiRole fromString(String text) {
                return ApiRole.parse(text);
            }
        });
        ChoiceBox<TokenExpiry> expiry = new ChoiceBox<>();
        expiry.setId("api-token-expiry");
        expiry.getItems().setAll(TokenExpiry.values());
        expiry.setValue(TokenExpiry.QUARTER);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(12, 16, 8, 16)); // the header's inset, so captions do not touch the edge
        grid.addRow(0, Forms.caption("Name"), name);
        grid.add(error, 1, 1);
        grid.addRow(2, Forms.caption("Role"), role);
        grid.add(Forms.muted("viewer reads; operator also runs, stops and pauses; admin also changes tasks, "
                + "workflows, environments, channels and tokens"), 1, 3);
        grid.addRow(4, Forms.caption("Expires after"), expiry);
        GridPane.setHgrow(name, Priority.ALWAYS);
        grid.setPrefWidth(540);
        dialog.getDialogPane().setContent(grid);

        ButtonType create = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        Node createButton = dialog.getDialogPane().lookupButton(create);
        createButton.setId("api-token-create");
        createButton.getStyleClass().add(Styles.ACCENT);
        createButton.disableProperty().bind(name.textProperty().isEmpty().or(model.busyProperty()));
        name.textProperty().subscribe(typed -> error.setText(""));
        createButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog stays open: for the secret, or for why not
            model.create(new TokenDraft(name.getText(), role.getValue(), expiry.getValue()),
                    made -> showSecret(dialog, made), error::setText);
        });
        dialog.setOnShown(event -> name.requestFocus());
        dialog.showAndWait();
    }

    private static void showSecret(Dialog<Void> dialog, CreatedToken made) {
        dialog.setHeaderText("Token " + made.token().name() + " (" + made.token().role().label() + ")");
        VBox content = new VBox(10,
                Forms.warning("api-token-once", "Copy the token now: Kumo keeps only a hash of it and cannot show it again."),
                Forms.copyRow("api-token-secret", made.secret()),
                Forms.muted("Send it as the header Authorization: Bearer TOKEN. Revoke it in this list when it is no "
                        + "longer needed or may have leaked."));
        content.setPrefWidth(540);
        content.getChildren().stream().filter(Label.class::isInstance)
                .forEach(label -> ((Label) label).setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("api-token-close");
        Forms.refit(dialog);
    }
}
