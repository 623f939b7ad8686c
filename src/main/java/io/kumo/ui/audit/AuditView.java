package io.kumo.ui.audit;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.kumo.audit.AuditEntry;
import io.kumo.ui.common.EmptyState;
import io.kumo.ui.common.PaneView;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Who changed what, newest first. */
public final class AuditView implements PaneView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private final AuditViewModel model;
    private final VBox root = new VBox(16);

    public AuditView(AuditViewModel model) {
        this.model = model;
        Label title = new Label("Audit");
        title.getStyleClass().add(Styles.TITLE_2);
        Button refresh = new Button("Refresh", FontIcon.of(Feather.REFRESH_CW));
        refresh.setId("audit-refresh");
        refresh.disableProperty().bind(model.loadingProperty());
        refresh.setOnAction(event -> model.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, refresh);
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditEntry> table = new TableView<>(model.entries());
        table.setId("audit-table");
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(List.of(
                column("Time", 170, entry -> TIME.format(entry.occurredAt())),
                column("Actor", 150, AuditEntry::actor),
                column("Action", 130, entry -> readable(entry.action())),
                column("Target", 200, entry -> entry.targetType() + " " + (entry.targetName() == null ? "" : entry.targetName())),
                column("Changes", 400, AuditEntry::changesSummary)));
        table.setPlaceholder(new EmptyState(Feather.SHIELD, "Nothing recorded yet",
                "Every change to tasks, projects, environments and settings, and every run and stop, is listed here."));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(header, table);
        root.setPadding(new Insets(24));
        root.setId("pane-audit");
    }

    private static TableColumn<AuditEntry, String> column(String title, double width, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** SETTINGS_CHANGE reads as "Settings change". */
    static String readable(String action) {
        String words = action.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    @Override
    public Node getRoot() {
        return root;
    }

    @Override
    public void onShow() {
        model.refresh();
    }
}
