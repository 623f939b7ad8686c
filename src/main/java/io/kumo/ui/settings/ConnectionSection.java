package io.kumo.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Settings → Connection: what this Kumo works on now, then the cluster's PostgreSQL and how this computer joins it,
 * with Test connection, Save and Forget. What is saved is used from the next start.
 */
final class ConnectionSection {

    private ConnectionSection() {
    }

    static VBox create(ConnectionModel model) {
        return Forms.section(current(model), Forms.muted("Several Kumo computers can share one PostgreSQL database as a "
                        + "cluster: each task runs once, on one node, and a node that stops answering hands its runs to "
                        + "the others. kumo --db-url does the same for one start."),
                override(model), fields(model), buttons(model), Forms.status("connection-test-result", model.testResult()),
                Forms.status("connection-status", model.status()));
    }

    private static HBox current(ConnectionModel model) {
        Label now = new Label(model.current());
        now.setId("connection-current");
        now.setWrapText(true);
        now.getStyleClass().add(Styles.TEXT_BOLD);
        HBox row = new HBox(12, Forms.caption("Works on"), now);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label override(ConnectionModel model) {
        Label note = Forms.warning("connection-override", "");
        note.textProperty().bind(model.overrideProperty());
        note.visibleProperty().bind(model.overrideProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    private static VBox fields(ConnectionModel model) {
        GridPane grid = Forms.grid();
        TextField url = new TextField();
        url.setPromptText("jdbc:postgresql://db.example.com:5432/kumo");
        int row = Forms.addField(grid, 0, "Database URL", "connection-url", url, model.urlProperty(),
                model.urlErrorProperty(), 420, "", "");
        GridPane.setColumnSpan(url, GridPane.REMAINING); // a long URL must not push the other rows' explanations aside
        row = Forms.addField(grid, row, "User", "connection-user", new TextField(), model.userProperty(),
                noProblem(), 200, "", "empty: the one in the URL");
        row = Forms.addField(grid, row, "Password", "connection-password", new PasswordField(), model.passwordProperty(),
                noProblem(), 200, "",
                "kept in the data directory, readable by you alone");
        TextField name = new TextField();
        name.setPromptText(model.hostName());
        row = Forms.addField(grid, row, "Node name", "connection-node", name, model.nodeNameProperty(),
                model.nodeNameErrorProperty(), 200, "", "empty: this computer's host name");
        TextField labels = new TextField();
        labels.setPromptText("e.g. gpu, eu");
        Forms.addField(grid, row, "Labels", "connection-labels", labels, model.labelsProperty(),
                model.labelsErrorProperty(), 260, "", "tasks that ask for labels run on nodes carrying them");
        CheckBox runs = new CheckBox("Run tasks on this computer");
        runs.setId("connection-runs-tasks");
        runs.selectedProperty().bindBidirectional(model.runsTasksProperty());
        HBox runsRow = new HBox(12, runs, Forms.muted("off: this window controls the cluster, the servers run the tasks"));
        runsRow.setAlignment(Pos.CENTER_LEFT);
        return new VBox(10, grid, runsRow);
    }

    private static javafx.beans.value.ObservableStringValue noProblem() {
        return new javafx.beans.property.SimpleStringProperty("");
    }

    private static HBox buttons(ConnectionModel model) {
        Button test = new Button("Test connection", FontIcon.of(Feather.ZAP));
        test.setId("connection-test");
        test.disableProperty().bind(model.busyProperty().or(model.testableProperty().not()));
        test.setOnAction(event -> model.test());
        Button save = new Button("Save", FontIcon.of(Feather.CHECK));
        save.setId("connection-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.busyProperty().or(model.validProperty().not()));
        save.setOnAction(event -> model.save());
        Button forget = new Button("Forget connection", FontIcon.of(Feather.X_CIRCLE));
        forget.setId("connection-forget");
        forget.getStyleClass().addAll(Styles.DANGER, Styles.FLAT);
        forget.disableProperty().bind(model.busyProperty().or(model.savedProperty().not()));
        forget.setOnAction(event -> model.forget());
        HBox row = new HBox(12, test, save, forget);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
