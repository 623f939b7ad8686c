package io.kumo.ui.monitor;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A titled card holding one chart or list of the dashboard. */
public final class Panel extends VBox {

    private final HBox header;

    public Panel(String title, Ikon icon, Node content) {
        Label heading = new Label(title, FontIcon.of(icon, 16));
        heading.getStyleClass().addAll(Styles.TEXT_BOLD, "panel-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(8, heading, spacer);
        header.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(content, Priority.ALWAYS);
        getChildren().addAll(header, content);
        getStyleClass().addAll("kumo-card", "dashboard-panel");
        setPadding(new Insets(12, 14, 12, 14));
        setSpacing(8);
        setMinWidth(0);
        setMaxWidth(Double.MAX_VALUE);
    }

    /** A muted note at the right of the title (units, totals). */
    public Label addNote(javafx.beans.value.ObservableValue<String> text) {
        Label note = new Label();
        note.textProperty().bind(text);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        header.getChildren().add(note);
        return note;
    }

    /** A line under the content (an explanation of gaps, say). */
    public Label addFooter(javafx.beans.value.ObservableValue<String> text) {
        Label footer = new Label();
        footer.textProperty().bind(text);
        footer.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        footer.setWrapText(true);
        footer.visibleProperty().bind(footer.textProperty().isNotEmpty());
        footer.managedProperty().bind(footer.visibleProperty());
        getChildren().add(footer);
        return footer;
    }
}
