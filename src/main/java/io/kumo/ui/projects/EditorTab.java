package io.kumo.ui.projects;

import atlantafx.base.theme.Styles;
import io.kumo.project.TextDocument;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import io.kumo.ui.common.EmptyState;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An editor tab: the code area with line numbers and the current line marked, a bar when the file changed on disk
 * (Reload / Keep mine), a bar saying why a file is read-only, and the reason when a file cannot be opened at all.
 * The title carries a "•" while there are unsaved edits.
 */
final class EditorTab extends Tab {

    static final String AREA_ID = "editor-area";
    private static final String DIRTY_MARK = " \u2022";

    private final EditorTabViewModel model;
    private final DialogService dialogs;
    private final CodeArea area = new CodeArea();
    private final SyntaxHighlighting highlighting;
    private final EditorChecksModel checks;
    private final ProblemsPanel problems;
    private final javafx.collections.MapChangeListener<String, java.util.List<io.kumo.code.CodeProblem>> underline;

    EditorTab(EditorTabViewModel model, BackgroundExecutor background, DialogService dialogs, CodeTools tools,
              java.util.function.Supplier<io.kumo.code.snippet.SnippetLibrary> snippets) {
        this.model = model;
        this.dialogs = dialogs;
        this.highlighting = model.isPython() ? new SyntaxHighlighting(area, background) : null;
        this.checks = model.isPython() && tools != null ? new EditorChecksModel(tools, model, background) : null;
        this.problems = new ProblemsPanel(model.problems(), this::jumpTo);
        this.underline = change -> {
            if (highlighting != null) {
                highlighting.refresh();
            }
        };
        if (highlighting != null) {
            highlighting.underline(() -> ProblemSummary.all(model.problems()));
            model.problems().addListener(underline);
        }
        textProperty().bind(Bindings.when(model.dirtyProperty()).then(model.name() + DIRTY_MARK).otherwise(model.name()));
        setTooltip(new Tooltip(model.relativePath()));

        area.getStyleClass().add("kumo-code");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setLineHighlighterFill(Color.rgb(128, 128, 128, 0.14));
        area.setLineHighlighterOn(true);
        area.setEditable(false);
        MultiCaretSupport carets = new MultiCaretSupport(area);
        new SnippetSupport(area, snippets, carets::active);
        model.dirtyProperty().bind(Bindings.not(area.getUndoManager().atMarkedPositionProperty()));
        model.loadedProperty().addListener((obs, old, loaded) -> {
            if (loaded != null) {
                load(loaded.text());
                if (checks != null) {
                    checks.check(loaded.text());
                }
            }
        });
        model.documentProperty().addListener((obs, old, document) -> area.setEditable(document != null && !document.readOnly()));

        VirtualizedScrollPane<CodeArea> scroller = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroller, Priority.ALWAYS);
        VBox editor = new VBox(changedOnDiskBar(), readOnlyBar(), scroller, problems);
        if (checks != null) {
            editor.getChildren().add(2, new ChecksBar(checks));
        }
        editor.visibleProperty().bind(model.documentProperty().isNotNull());

        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(36, 36);
        progress.visibleProperty().bind(model.loadingProperty().and(model.documentProperty().isNull()));
        StackPane refused = new StackPane();
        refused.visibleProperty().bind(model.problemProperty().isNotNull());
        model.problemProperty().addListener((obs, old, problem) -> refused.getChildren().setAll(
                problem == null ? java.util.List.of() : java.util.List.of(new EmptyState(Feather.SLASH, "Not opened here", problem))));
        setContent(new StackPane(editor, progress, refused));

        setOnCloseRequest(event -> {
            if (model.dirtyProperty().get() && !confirmDiscard()) {
                event.consume();
            }
        });
    }

    private HBox changedOnDiskBar() {
        Label message = new Label();
        message.textProperty().bind(model.noticeProperty());
        message.setWrapText(true);
        message.setGraphic(FontIcon.of(Feather.ALERT_TRIANGLE));
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button reload = new Button("Reload");
        reload.setId("editor-reload");
        reload.setOnAction(event -> model.reload());
        Button keep = new Button("Keep mine");
        keep.setId("editor-keep-mine");
        keep.setOnAction(event -> model.keepMine());
        HBox bar = new HBox(10, message, reload, keep);
        bar.setId("editor-changed-bar");
        bar.getStyleClass().addAll("editor-notice", "editor-notice-warning");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.visibleProperty().bind(model.changedOnDiskProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private HBox readOnlyBar() {
        Label message = new Label();
        message.setGraphic(FontIcon.of(Feather.LOCK));
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            TextDocument document = model.documentProperty().get();
            return document == null || !document.readOnly() ? "" : "Read-only. " + document.readOnlyReason();
        }, model.documentProperty()));
        HBox bar = new HBox(message);
        bar.setId("editor-readonly-bar");
        bar.getStyleClass().add("editor-notice");
        bar.setPadding(new Insets(6, 10, 6, 10));
        bar.visibleProperty().bind(message.textProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** Puts the caret at the start of a line (1-based), now or once the file's text is in. */
    void showLine(int line) {
        if (model.loadedProperty().get() != null) {
            moveToLine(line);
            return;
        }
        model.loadedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends EditorTabViewModel.Loaded> obs,
                                EditorTabViewModel.Loaded old, EditorTabViewModel.Loaded loaded) {
                if (loaded != null) {
                    obs.removeListener(this);
                    moveToLine(line);
                }
            }
        });
    }

    private void moveToLine(int line) {
        int paragraph = Math.max(0, Math.min(area.getParagraphs().size() - 1, line - 1));
        area.moveTo(paragraph, 0);
        area.showParagraphAtCenter(paragraph);
        area.requestFocus();
    }

    /** Puts freshly read text in the area, keeping the caret where it was; the area starts clean. */
    private void load(String text) {
        int caret = Math.min(area.getCaretPosition(), text.length());
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.getUndoManager().mark();
        area.moveTo(caret);
        area.requestFollowCaret();
    }

    void save(Runnable afterSave) {
        if (!model.dirtyProperty().get()) {
            return; // nothing to write; a save would only add an identical version to the history
        }
        if (checks != null && checks.formatOnSave()) {
            checks.format(area.getText(), area::getText, this::replaceKeepingCaret, () -> write(afterSave));
        } else {
            write(afterSave);
        }
    }

    private void write(Runnable afterSave) {
        model.save(area.getText(), saved -> {
            if (area.getText().equals(saved)) {
                area.getUndoManager().mark();
            }
            if (checks != null) {
                checks.check(saved);
            }
            afterSave.run();
        });
    }

    /** Formats the text with the environment's formatter (one undoable edit); a refusal says why in the bar. */
    void format() {
        if (checks != null && area.isEditable()) {
            checks.format(area.getText(), area::getText, this::replaceKeepingCaret);
        }
    }

    private void replaceKeepingCaret(String text) {
        int paragraph = area.getCurrentParagraph();
        int column = area.getCaretColumn();
        area.replaceText(0, area.getLength(), text);
        int line = Math.min(paragraph, area.getParagraphs().size() - 1);
        area.moveTo(line, Math.min(column, area.getParagraphLength(line)));
        area.requestFollowCaret();
    }

    private void jumpTo(io.kumo.code.CodeProblem problem) {
        int paragraph = Math.max(0, Math.min(area.getParagraphs().size() - 1, problem.line() - 1));
        area.moveTo(paragraph, Math.min(problem.column(), area.getParagraphLength(paragraph)));
        area.showParagraphAtCenter(paragraph);
        area.requestFocus();
    }

    boolean confirmDiscard() {
        return dialogs.confirm("Close " + model.name() + " without saving?",
                model.relativePath() + " has changes that were not saved; closing the tab drops them.", "Close without saving");
    }

    void started() {
        if (highlighting != null) {
            highlighting.start();
        }
        if (checks != null) {
            checks.detectTools();
        }
    }

    void disposed() {
        if (highlighting != null) {
            highlighting.stop();
        }
        model.problems().removeListener(underline);
        problems.dispose();
    }

    void setSelectedId(boolean selected) {
        area.setId(selected ? AREA_ID : null);
    }

    CodeArea area() {
        return area;
    }

    EditorTabViewModel model() {
        return model;
    }

    /** The checks of a Python file; null for other files. */
    EditorChecksModel checks() {
        return checks;
    }
}
