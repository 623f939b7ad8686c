package io.kumo.ui.nodes;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.ui.common.EmptyState;
import io.kumo.ui.common.FullTextCell;
import io.kumo.ui.common.PaneView;
import io.kumo.ui.common.SelectionSync;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Nodes pane: every Kumo node sharing the database, with its status, labels, load and last heartbeat, kept current
 * while shown; on one machine, this machine alone and the way to Settings → Connection.
 */
public final class NodesView implements PaneView {

    private final NodesViewModel model;
    private final VBox root = new VBox(12);

    /** {@code openConnection}: shows Settings → Connection. */
    public NodesView(NodesViewModel model, Runnable openConnection) {
        this.model = model;
        Label title = new Label("Nodes");
        title.getStyleClass().add(Styles.TITLE_2);
        Label summary = new Label();
        summary.setId("nodes-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, summary);
        header.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.setId("nodes-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        TableView<NodeRow> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(header, problem);
        if (!model.hint().isEmpty()) {
            root.getChildren().add(hint(model.hint(), openConnection));
        }
        root.getChildren().add(table);
        root.setPadding(new Insets(24));
        root.setId("pane-nodes");
    }

    private static HBox hint(String text, Runnable openConnection) {
        Label words = new Label(text, FontIcon.of(Feather.INFO));
        words.setId("nodes-hint");
        words.setWrapText(true);
        Hyperlink open = new Hyperlink("Open Settings → Connection");
        open.setId("nodes-open-connection");
        open.setOnAction(event -> openConnection.run());
        HBox row = new HBox(8, words, open);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("settings-banner", Styles.ACCENT);
        return row;
    }

    private TableView<NodeRow> table() {
        TableView<NodeRow> table = new TableView<>(model.rows());
        table.setId("nodes-table");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // a narrow window scrolls rather than cut every value
        table.getColumns().addAll(List.of(nameColumn(), statusColumn(), labelsColumn(),
                column("Running", 80, 70, NodeRow::running),
                column("CPU", 60, 50, NodeRow::cpu),
                column("Memory", 130, 100, NodeRow::memory),
                column("Last heartbeat", 120, 110, NodeRow::heartbeat),
                column("Version", 110, 70, NodeRow::version),
                column("Host", 160, 90, NodeRow::host),
                column("Started", 140, 125, NodeRow::started)));
        table.setPlaceholder(new EmptyState(Feather.SHARE_2, "No nodes yet",
                "Every Kumo sharing this database lists itself here when it starts."));
        SelectionSync.bind(table.getSelectionModel(), model.selectedProperty(), model::select);
        return table;
    }

    private static TableColumn<NodeRow, NodeRow> nameColumn() {
        return graphicColumn("Name", 170, 130, () -> new TableCell<>() {
            private final Label name = new Label();
            private final Label self = new Label("this computer");
            private final HBox box = new HBox(6, name, self);

            {
                name.setMinWidth(Region.USE_PREF_SIZE);
                self.setMinWidth(Region.USE_PREF_SIZE);
                self.getStyleClass().addAll("node-self", Styles.TEXT_SMALL, Styles.ACCENT);
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(NodeRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                name.setText(row.name());
                self.setVisible(row.self());
                self.setManaged(row.self());
                setGraphic(box);
            }
        });
    }

    /** The badge, and under it for a dead node who declared it dead and when. */
    private static TableColumn<NodeRow, NodeRow> statusColumn() {
        return graphicColumn("Status", 150, 100, () -> new TableCell<>() {
            private final NodeStatusBadge badge = new NodeStatusBadge();
            private final Label note = new Label();
            private final VBox box = new VBox(2, badge, note);

            {
                note.getStyleClass().addAll("node-dead-note", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                note.setWrapText(true);
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(NodeRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                badge.show(row.status());
                note.setText(row.deadNote());
                note.setVisible(!row.deadNote().isEmpty());
                note.setManaged(note.isVisible());
                setGraphic(box);
            }
        });
    }

    private static TableColumn<NodeRow, NodeRow> labelsColumn() {
        return graphicColumn("Labels", 140, 80, () -> new TableCell<>() {
            private final FlowPane chips = new FlowPane(4, 4);

            @Override
            protected void updateItem(NodeRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                chips.getChildren().setAll(row.labels().stream().map(NodesView::chip).toList());
                setGraphic(chips);
            }
        });
    }

    private static Label chip(String label) {
        Label chip = new Label(label);
        chip.getStyleClass().addAll("node-label-chip", Styles.TEXT_SMALL);
        return chip;
    }

    private static TableColumn<NodeRow, NodeRow> graphicColumn(String title, double width, double min,
                                                               java.util.function.Supplier<TableCell<NodeRow, NodeRow>> cell) {
        TableColumn<NodeRow, NodeRow> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(min);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setCellFactory(ignored -> cell.get());
        return column;
    }

    /** {@code min}: the header stays readable when the window is narrow. */
    private static TableColumn<NodeRow, String> column(String title, double width, double min,
                                                       Function<NodeRow, String> value) {
        TableColumn<NodeRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(min);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
        return FullTextCell.on(column);
    }

    @Override
    public Node getRoot() {
        return root;
    }

    @Override
    public void onShow() {
        model.activate();
    }

    @Override
    public void onHide() {
        model.deactivate();
    }
}
