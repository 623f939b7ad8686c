package io.kumo.ui.projects;

import io.kumo.code.lsp.Completion;
import io.kumo.code.lsp.DefinitionTarget;
import io.kumo.ui.common.UiThread;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.reactfx.Subscription;

/**
 * The language server's help in one Python editor: completion on Ctrl+Space and after ".", docs when the mouse rests
 * on a name, go to definition on F12 and Ctrl+click. Edits and saves reach the server through the model; every answer
 * arrives asynchronously and is dropped when the text moved on meanwhile.
 */
final class LanguageAssist {

    private static final KeyCombination COMPLETE = new KeyCodeCombination(KeyCode.SPACE, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination DEFINITION = new KeyCodeCombination(KeyCode.F12);
    private static final Duration HOVER_DELAY = Duration.ofMillis(600);

    private final CodeArea area;
    private final EditorTabViewModel tab;
    private final EditorLanguageModel language;
    private final Path file;
    private final Consumer<DefinitionTarget> goTo;
    private final CompletionPopup completions = new CompletionPopup(this::insert);
    private final HoverPopup hover = new HoverPopup();
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private final EventHandler<KeyEvent> typed = this::keyTyped;
    private final EventHandler<MouseEvent> clicks = this::clicked;
    private final EventHandler<MouseOverTextEvent> hoverBegin = this::hoverBegin;
    private final EventHandler<MouseOverTextEvent> hoverEnd = event -> hover.hide();
    private final javafx.beans.value.ChangeListener<Boolean> dirtyListener;
    private Subscription edits;
    /** Where the word being completed starts; -1 while no completion is under way. */
    private int wordStart = -1;
    private boolean attached;
    private boolean detached;

    LanguageAssist(CodeArea area, EditorTabViewModel tab, EditorLanguageModel language, Path file, Consumer<DefinitionTarget> goTo) {
        this.area = area;
        this.tab = tab;
        this.language = language;
        this.file = file;
        this.goTo = goTo;
        this.dirtyListener = (obs, was, dirty) -> {
            if (was && !dirty) {
                language.saved(file, area.getText());
            }
        };
    }

    /** Starts helping once the file's text is in the area. */
    void attach() {
        if (tab.loadedProperty().get() == null) {
            tab.loadedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends EditorTabViewModel.Loaded> obs,
                                    EditorTabViewModel.Loaded old, EditorTabViewModel.Loaded loaded) {
                    obs.removeListener(this);
                    if (!detached) {
                        Platform.runLater(LanguageAssist.this::attach); // after the editor took the text
                    }
                }
            });
            return;
        }
        attached = true;
        language.opened(tab, file, area::getText);
        edits = area.plainTextChanges().subscribe(change -> {
            language.changed(file, area.getText());
            Platform.runLater(this::refilter);
        });
        tab.dirtyProperty().addListener(dirtyListener);
        area.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        area.addEventHandler(KeyEvent.KEY_TYPED, typed);
        area.addEventFilter(MouseEvent.MOUSE_CLICKED, clicks);
        area.setMouseOverTextDelay(HOVER_DELAY);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, hoverBegin);
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, hoverEnd);
    }

    void detach() {
        detached = true;
        if (!attached) {
            return;
        }
        if (edits != null) {
            edits.unsubscribe();
        }
        tab.dirtyProperty().removeListener(dirtyListener);
        area.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        area.removeEventHandler(KeyEvent.KEY_TYPED, typed);
        area.removeEventFilter(MouseEvent.MOUSE_CLICKED, clicks);
        area.removeEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, hoverBegin);
        area.removeEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, hoverEnd);
        completions.hide();
        hover.hide();
        language.closed(file);
    }

    private void keyPressed(KeyEvent event) {
        if (completions.isShowing()) {
            switch (event.getCode()) {
                case UP -> completions.move(-1);
                case DOWN -> completions.move(1);
                case ENTER, TAB -> completions.choose();
                case ESCAPE -> close();
                default -> {
                    return;
                }
            }
            event.consume();
        } else if (COMPLETE.match(event)) {
            complete();
            event.consume();
        } else if (DEFINITION.match(event)) {
            definitionAt(area.getCaretPosition());
            event.consume();
        }
    }

    private void keyTyped(KeyEvent event) {
        if (".".equals(event.getCharacter()) && area.isEditable()) {
            Platform.runLater(this::complete); // after the dot is in the text
        }
    }

    /** Asks for completions at the caret; the list shows what starts with the word typed so far. */
    void complete() {
        int caret = area.getCaretPosition();
        int start = wordStart(caret);
        int line = area.getCurrentParagraph();
        int column = area.getCaretColumn();
        String text = area.getText();
        language.completion(file, line, column).whenComplete((found, error) -> UiThread.run(() -> {
            if (error != null || found == null || !area.getText().startsWith(text.substring(0, start))
                    || area.getCaretPosition() < start) {
                return;
            }
            wordStart = start;
            area.getCaretBounds().ifPresent(bounds -> completions.show(area, bounds, found, prefix()));
            if (!completions.isShowing()) {
                wordStart = -1;
            }
        }));
    }

    private void refilter() {
        if (!completions.isShowing() || wordStart < 0) {
            return;
        }
        int caret = area.getCaretPosition();
        if (caret < wordStart || wordStart(caret) != wordStart) {
            close();
            return;
        }
        completions.filter(prefix());
    }

    private String prefix() {
        int caret = area.getCaretPosition();
        return wordStart < 0 || caret < wordStart ? "" : area.getText(wordStart, caret);
    }

    private int wordStart(int caret) {
        String text = area.getText();
        int start = Math.min(caret, text.length());
        while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private void insert(Completion completion) {
        int caret = area.getCaretPosition();
        int start = wordStart >= 0 && wordStart <= caret ? wordStart : wordStart(caret);
        wordStart = -1;
        area.replaceText(start, caret, completion.insertText());
        area.requestFocus();
    }

    private void close() {
        wordStart = -1;
        completions.hide();
    }

    private void clicked(MouseEvent event) {
        if (event.isShortcutDown() && event.getClickCount() == 1) {
            area.hit(event.getX(), event.getY()).getCharacterIndex().ifPresent(this::definitionAt);
            event.consume();
        }
    }

    private void definitionAt(int index) {
        var position = area.offsetToPosition(index, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
        language.definition(file, position.getMajor(), position.getMinor()).whenComplete((target, error) -> UiThread.run(() -> {
            if (error != null || target == null || target.isEmpty()) {
                language.messageProperty().set("No definition found here.");
            } else {
                goTo.accept(target.get());
            }
        }));
    }

    private void hoverBegin(MouseOverTextEvent event) {
        int index = event.getCharacterIndex();
        String text = area.getText();
        if (index >= text.length() || !Character.isJavaIdentifierPart(text.charAt(index))) {
            return;
        }
        var position = area.offsetToPosition(index, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
        language.hover(file, position.getMajor(), position.getMinor()).whenComplete((docs, error) -> UiThread.run(() -> {
            if (error == null && docs != null && !docs.isBlank() && area.getText().equals(text)) {
                hover.show(area, event.getScreenPosition(), docs);
            }
        }));
    }

    /** For tests: what the completion list shows now. */
    List<Completion> shownCompletions() {
        return completions.isShowing() ? completions.shown() : List.of();
    }

    HoverPopup hoverPopup() {
        return hover;
    }
}
