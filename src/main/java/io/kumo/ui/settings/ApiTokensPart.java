package io.kumo.ui.settings;

import io.kumo.ui.common.DisplayTime;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.api.ApiToken;
import io.kumo.ui.common.ActionButtons;
import io.kumo.ui.common.SelectionSync;
import io.kumo.ui.common.Windows;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The REST API tokens: a table with New token… and Revoke. */
final class ApiTokensPart {


    private ApiTokensPart() {
    }

    static VBox create(ApiTokensModel model) {
        TableView<ApiToken> table = new TableView<>(model.rows());
        table.setId("api-token-table");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(170);
        table.getColumns().addAll(List.of(
                column("Name", 150, ApiToken::name),
                column("Role", 75, token -> token.role().label()),
                column("Created", 150, token -> DisplayTime.system().dateTimeMinutes(token.createdAt())),
                column("Expires", 150, token -> when(token.expiresAt(), "never")),
                column("Last used", 150, token -> when(token.lastUsedAt(), "not yet"))));
        table.setPlaceholder(Forms.muted("No tokens. Create one for each tool that calls the API, with the least role it needs."));
        SelectionSync.bind(table.getSelectionModel(), model.selectedProperty(), model::select);

        Button create = ActionButtons.button("New token…", "api-token-new", Feather.PLUS, model.busyProperty(),
                () -> TokenDialog.show(Windows.of(table), model));
        Button revoke = ActionButtons.button("Revoke", "api-token-revoke", Feather.SLASH,
                model.selectedProperty().isNull().or(model.busyProperty()), model::revoke);
        revoke.getStyleClass().add(Styles.DANGER);
        HBox actions = new HBox(8, create, revoke, Forms.status("api-token-status", model.status()));
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox part = new VBox(10, subtitle("Tokens"), Forms.muted("A tool sends its token as Authorization: Bearer TOKEN. "
                + "viewer reads; operator also runs, stops and pauses; admin also changes tasks, workflows, "
                + "environments, channels and tokens. What a token does is audited under its name."), actions, table);
        part.setPadding(new javafx.geometry.Insets(14, 0, 0, 0)); // apart from the settings above
        return part;
    }

    static Label subtitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    static String when(Optional<Instant> instant, String none) {
        return instant.map(DisplayTime.system()::dateTimeMinutes).orElse(none);
    }

    static <R> TableColumn<R, String> column(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
