package io.kumo.ui.alerts;

import static io.kumo.ui.common.ActionButtons.button;

import atlantafx.base.theme.Styles;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.Templates;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebView;
import org.kordamp.ikonli.feather.Feather;

/**
 * The selected channel's template: subject and body (a click on a variable inserts it), Reset to default and Save; on
 * the right the preview for a chosen event, its Markdown rendered as HTML in a {@link WebView}.
 */
final class TemplateSection {

    private TemplateSection() {
    }

    static Node create(TemplateViewModel model) {
        TextField subject = new TextField();
        subject.setId("template-subject");
        subject.textProperty().bindBidirectional(model.subjectProperty());
        TextArea body = new TextArea();
        body.setId("template-body");
        body.getStyleClass().add("mono");
        body.setPromptText("Markdown with {{variables}}; empty for the default body");
        body.textProperty().bindBidirectional(model.bodyProperty());
        VBox.setVgrow(body, Priority.ALWAYS);
        FlowPane variables = new FlowPane(6, 2);
        variables.setId("template-variables");
        for (String variable : Templates.VARIABLES) {
            Hyperlink link = new Hyperlink("{{" + variable + "}}");
            link.getStyleClass().add(Styles.TEXT_SMALL);
            link.setOnAction(event -> {
                int caret = model.insert(variable, body.getCaretPosition());
                body.positionCaret(caret);
                body.requestFocus();
            });
            variables.getChildren().add(link);
        }
        Button reset = button("Reset to default", "template-reset", Feather.ROTATE_CCW, null, model::resetToDefault);
        Button save = button("Save template", "template-save", Feather.CHECK, null, model::save);
        save.getStyleClass().add(Styles.ACCENT);
        Label message = new Label();
        message.setId("template-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox actions = new HBox(8, save, reset, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox editor = new VBox(6, new Label("Subject"), subject, new Label("Body"), body, variables, actions);
        editor.setPadding(new Insets(12));

        ComboBox<EventKind> event = new ComboBox<>();
        event.setId("template-event");
        event.getItems().setAll(RuleRow.EVENTS);
        event.getItems().add(EventKind.TEST);
        event.setConverter(AlertWords.named(AlertWords::event));
        event.valueProperty().bindBidirectional(model.eventProperty());
        Label previewSubject = new Label();
        previewSubject.setId("template-preview-subject");
        previewSubject.getStyleClass().add(Styles.TEXT_BOLD);
        previewSubject.setWrapText(true);
        previewSubject.textProperty().bind(model.previewSubjectProperty());
        WebView html = new WebView();
        html.setId("template-preview");
        html.setContextMenuEnabled(false);
        html.getEngine().setJavaScriptEnabled(false);
        model.previewHtmlProperty().subscribe(text -> html.getEngine().loadContent(text == null ? "" : text));
        VBox.setVgrow(html, Priority.ALWAYS);
        HBox eventRow = new HBox(8, new Label("Preview for"), event);
        eventRow.setAlignment(Pos.CENTER_LEFT);
        VBox preview = new VBox(8, eventRow, previewSubject, html);
        preview.setPadding(new Insets(12));
        SplitPane split = new SplitPane(editor, preview);
        split.setDividerPositions(0.5);
        return split;
    }
}
