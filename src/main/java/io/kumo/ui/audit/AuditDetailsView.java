package io.kumo.ui.audit;

import java.util.function.Supplier;
import atlantafx.base.theme.Styles;
import io.kumo.audit.AuditEntry;
import io.kumo.audit.FieldChange;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Every changed field of the selected entry with its value before and after, and the entry's note. */
final class AuditDetailsView extends VBox {

    private final Supplier<AuditNames> names;

    AuditDetailsView(ObservableValue<AuditEntry> selected, Supplier<AuditNames> names) {
        this.names = names;
        setId("audit-details");
        getStyleClass().add("audit-details");
        setSpacing(8);
        setPadding(new Insets(12));
        selected.subscribe(this::show);
    }

    private void show(AuditEntry entry) {
        if (entry == null) {
            getChildren().setAll(muted("Select an entry to see every field it changed, before and after."));
            return;
        }
        Label heading = new Label(AuditText.action(entry) + " · " + AuditText.target(entry)
                + (entry.targetId() == null ? "" : " (id " + entry.targetId() + ")"));
        heading.setId("audit-details-heading");
        heading.getStyleClass().add(Styles.TITLE_4);
        Label who = muted("by " + entry.actor() + " at " + AuditText.time(entry));
        getChildren().setAll(heading, who);
        if (!entry.changes().isEmpty()) {
            getChildren().add(changes(entry));
        }
        if (entry.note() != null && !entry.note().isBlank()) {
            Label note = new Label("Note: " + entry.note());
            note.setId("audit-details-note");
            note.setWrapText(true);
            getChildren().add(note);
        }
        if (entry.changes().isEmpty() && (entry.note() == null || entry.note().isBlank())) {
            getChildren().add(muted("No fields changed."));
        }
    }

    private GridPane changes(AuditEntry entry) {
        GridPane grid = new GridPane();
        grid.setId("audit-details-changes");
        grid.getStyleClass().add("audit-changes");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints field = new ColumnConstraints();
        field.setMinWidth(120);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setPercentWidth(40);
        grid.getColumnConstraints().addAll(field, value, value);
        grid.addRow(0, header("Field"), header("Before"), header("After"));
        int row = 1;
        for (FieldChange change : entry.changes()) {
            grid.addRow(row++, cell(AuditText.field(entry, change), "audit-field"),
                    cell(AuditText.value(change.field(), change.before(), names.get()), "audit-before"),
                    cell(AuditText.value(change.field(), change.after(), names.get()), "audit-after"));
        }
        return grid;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_BOLD, Styles.TEXT_MUTED);
        return label;
    }

    private static Label cell(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        return label;
    }
}
