package io.kumo.ui.settings;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.api.HookTarget;
import io.kumo.api.HookTrigger;
import io.kumo.ui.common.ActionButtons;
import io.kumo.ui.common.SelectionSync;
import io.kumo.ui.common.Windows;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** The trigger URLs of tasks and workflows: a table with New trigger… and Remove. */
final class ApiHooksPart {

    private ApiHooksPart() {
    }

    static VBox create(ApiHooksModel model, ApiServerModel server) {
        TableView<HookTrigger> table = new TableView<>(model.rows());
        table.setId("api-hook-table");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED, Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(170);
        table.getColumns().addAll(List.of(
                ApiTokensPart.<HookTrigger>column("Starts", 90, hook -> hook.target().kind() == HookTarget.Kind.TASK
                        ? "Task" : "Workflow"),
                ApiTokensPart.<HookTrigger>column("Name", 180, hook -> hook.target().name()),
                ApiTokensPart.<HookTrigger>column("Path", 300, HookTrigger::path),
                ApiTokensPart.<HookTrigger>column("Last called", 140, hook -> ApiTokensPart.when(hook.lastCalledAt(), "never"))));
        table.setPlaceholder(Forms.muted("No trigger URLs. Give a task or workflow one to start it from a webhook."));
        SelectionSync.bind(table.getSelectionModel(), model.selectedProperty(), model::select);

        Button create = ActionButtons.button("New trigger…", "api-hook-new", Feather.PLUS, model.busyProperty(),
                () -> HookDialog.show(Windows.of(table), model, server));
        Button remove = ActionButtons.button("Remove", "api-hook-remove", Feather.TRASH_2,
                model.selectedProperty().isNull().or(model.busyProperty()), model::remove);
        remove.getStyleClass().add(Styles.DANGER);
        HBox actions = new HBox(8, create, remove, Forms.status("api-hook-status", model.status()));
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox part = new VBox(10, ApiTokensPart.subtitle("Trigger URLs"), Forms.muted("A POST to a trigger URL starts its task "
                + "or workflow without an API token; it needs the trigger's own secret (query token or GitHub-style "
                + "signature). The request's JSON body reaches the run as the file named by KUMO_PAYLOAD."), actions, table);
        part.setPadding(new javafx.geometry.Insets(14, 0, 0, 0)); // apart from the settings above
        return part;
    }
}
