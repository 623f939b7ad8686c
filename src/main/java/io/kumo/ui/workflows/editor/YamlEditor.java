package io.kumo.ui.workflows.editor;

import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.reactfx.Subscription;

/**
 * The YAML tab: the workflow's file in a code area kept in sync with the graph. A graph edit rewrites the text; 300 ms
 * after the user's last keystroke the text goes to {@link WorkflowEditorModel#editYaml}; a parse error shows under
 * the text with its line and leaves the graph as it was.
 */
public final class YamlEditor extends BorderPane {

    private final WorkflowEditorModel model;
    private final CodeArea area = new CodeArea();
    private final Label error = Forms.error("workflow-yaml-error");
    private Subscription typing = Subscription.EMPTY;
    private boolean writing;

    public YamlEditor(WorkflowEditorModel model) {
        this.model = model;
        setId("workflow-yaml");
        area.setId("workflow-yaml-text");
        area.getStyleClass().add("kumo-code");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        setCenter(new VirtualizedScrollPane<>(area));
        setBottom(error);
        error.getStyleClass().add("workflow-yaml-error");
        error.textProperty().bind(model.yamlErrorProperty());
        model.yamlProperty().addListener((obs, old, now) -> showModelText(now));
        showModelText(model.yamlProperty().get());
    }

    /** Listens to the user's typing while the editor is shown. */
    public void start() {
        typing.unsubscribe();
        Subscription highlight = area.plainTextChanges().subscribe(change -> area.setStyleSpans(0,
                YamlHighlighter.compute(area.getText())));
        Subscription parse = area.plainTextChanges().filter(change -> !writing)
                .successionEnds(Duration.ofMillis(300)).subscribe(change -> model.editYaml(area.getText()));
        typing = highlight.and(parse);
    }

    public void stop() {
        typing.unsubscribe();
        typing = Subscription.EMPTY;
    }

    /** The text as the user sees it (tests). */
    public CodeArea area() {
        return area;
    }

    private void showModelText(String text) {
        if (text == null || text.equals(area.getText())) {
            return;
        }
        writing = true;
        try {
            area.replaceText(text);
            area.setStyleSpans(0, YamlHighlighter.compute(text));
        } finally {
            writing = false;
        }
    }
}
