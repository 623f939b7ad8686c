package io.kumo.ui.workflows.editor;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The small pieces the side forms are made of: a caption over its field, text fields with an id, an error line. */
final class Forms {

    private Forms() {
    }

    static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    static TextArea area(String id, String prompt) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setPrefRowCount(3);
        area.getStyleClass().add("workflow-form-area");
        return area;
    }

    static Label error(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    /** Runs {@code action} whenever one of {@code values} changes: each field edit of a side form is one model edit. */
    static void onAnyChange(Runnable action, javafx.beans.value.ObservableValue<?>... values) {
        for (javafx.beans.value.ObservableValue<?> value : values) {
            value.addListener((obs, old, now) -> action.run());
        }
    }

    static VBox labelled(String caption, Node field) {
        Label label = new Label(caption);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        label.setLabelFor(field);
        return new VBox(2, label, field);
    }
}
