package io.kumo.ui.projects;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.MultiChangeBuilder;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Find and replace in the selected editor (Ctrl+F, Ctrl+H): as-you-type search, regular expressions and case,
 * next/previous with wrap-around (Enter, Shift+Enter, F3), replace and replace all (one undo step).
 */
final class FindReplaceBar extends VBox {

    private final Supplier<CodeArea> areas;
    private final TextField find = new TextField();
    private final TextField replace = new TextField();
    private final CheckBox regex = new CheckBox("Regex");
    private final CheckBox matchCase = new CheckBox("Match case");
    private final Label status = new Label();
    private final HBox replaceRow;

    FindReplaceBar(Supplier<CodeArea> areas) {
        this.areas = areas;
        find.setId("editor-find-field");
        find.setPromptText("Find");
        find.setPrefColumnCount(18);
        replace.setId("editor-replace-field");
        replace.setPromptText("Replace with");
        replace.setPrefColumnCount(18);
        regex.setId("editor-find-regex");
        matchCase.setId("editor-find-case");
        status.setId("editor-find-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        for (javafx.scene.layout.Region fixed : List.of(regex, matchCase, status)) {
            fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox.setHgrow(find, Priority.SOMETIMES);
        HBox.setHgrow(replace, Priority.SOMETIMES);

        Button previous = iconButton("editor-find-previous", Feather.CHEVRON_UP, "Previous match (Shift+Enter, Shift+F3)");
        previous.setOnAction(event -> previous());
        Button next = iconButton("editor-find-next", Feather.CHEVRON_DOWN, "Next match (Enter, F3)");
        next.setOnAction(event -> next());
        Button close = iconButton("editor-find-close", Feather.X, "Close (Esc)");
        close.setOnAction(event -> hide());
        HBox findRow = new HBox(6, find, previous, next, regex, matchCase, status, spacer(), close);
        findRow.setAlignment(Pos.CENTER_LEFT);

        Button replaceOne = new Button("Replace");
        replaceOne.setId("editor-replace");
        replaceOne.setOnAction(event -> replaceCurrent());
        Button replaceAll = new Button("Replace all");
        replaceAll.setId("editor-replace-all");
        replaceAll.setOnAction(event -> replaceAll());
        replaceRow = new HBox(6, replace, replaceOne, replaceAll);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        replaceRow.managedProperty().bind(replaceRow.visibleProperty());

        getChildren().addAll(findRow, replaceRow);
        setSpacing(6);
        setPadding(new Insets(6, 8, 6, 8));
        getStyleClass().add("find-bar");
        managedProperty().bind(visibleProperty());
        setVisible(false);

        find.textProperty().addListener((obs, old, text) -> searchFromSelectionStart());
        regex.selectedProperty().addListener((obs, old, on) -> searchFromSelectionStart());
        matchCase.selectedProperty().addListener((obs, old, on) -> searchFromSelectionStart());
        find.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                if (event.isShiftDown()) {
                    previous();
                } else {
                    next();
                }
                event.consume();
            }
        });
        replace.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                replaceCurrent();
                event.consume();
            }
        });
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                hide();
                event.consume();
            }
        });
    }

    /** Opens the bar (with the replace row when {@code withReplace}), taking a one-line selection as the query. */
    void show(boolean withReplace) {
        CodeArea area = areas.get();
        if (area != null) {
            String selected = area.getSelectedText();
            if (!selected.isEmpty() && !selected.contains("\n")) {
                find.setText(selected);
            }
        }
        replaceRow.setVisible(withReplace);
        setVisible(true);
        (withReplace && !find.getText().isEmpty() ? replace : find).requestFocus();
        find.selectAll();
    }

    void hide() {
        setVisible(false);
        CodeArea area = areas.get();
        if (area != null) {
            area.requestFocus();
        }
    }

    void next() {
        CodeArea area = areas.get();
        if (area == null) {
            return;
        }
        select(area, search().next(area.getText(), area.getSelection().getEnd(), replace.getText()));
    }

    void previous() {
        CodeArea area = areas.get();
        if (area == null) {
            return;
        }
        select(area, search().previous(area.getText(), area.getSelection().getStart(), replace.getText()));
    }

    private void searchFromSelectionStart() {
        CodeArea area = areas.get();
        if (area == null || !isVisible()) {
            return;
        }
        select(area, search().next(area.getText(), area.getSelection().getStart(), replace.getText()));
    }

    /** Replaces the selection when it is a match, then moves on to the next match. */
    void replaceCurrent() {
        CodeArea area = areas.get();
        if (area == null || !area.isEditable()) {
            return;
        }
        int start = area.getSelection().getStart();
        int end = area.getSelection().getEnd();
        Optional<TextSearch.Match> current = search().matchAt(area.getText(), start, end, replace.getText());
        if (current.isPresent()) {
            area.replaceText(start, end, current.get().replacement());
            area.moveTo(start + current.get().replacement().length());
        }
        next();
    }

    void replaceAll() {
        CodeArea area = areas.get();
        if (area == null || !area.isEditable()) {
            return;
        }
        List<TextSearch.Match> matches = search().all(area.getText(), replace.getText());
        if (matches.isEmpty()) {
            status.setText("No matches");
            return;
        }
        MultiChangeBuilder<?, ?, ?> changes = area.createMultiChange(matches.size());
        for (TextSearch.Match match : matches.reversed()) {
            changes.replaceText(match.start(), match.end(), match.replacement());
        }
        changes.commit();
        status.setText("Replaced " + matches.size());
    }

    private void select(CodeArea area, Optional<TextSearch.Match> match) {
        TextSearch search = search();
        Optional<String> problem = search.problem();
        if (problem.isPresent() && search.regex()) {
            status.setText(problem.get());
            status.getStyleClass().add(Styles.DANGER);
            return;
        }
        status.getStyleClass().remove(Styles.DANGER);
        if (find.getText().isEmpty()) {
            status.setText("");
            return;
        }
        if (match.isEmpty()) {
            status.setText("No matches");
            return;
        }
        List<TextSearch.Match> all = search.all(area.getText(), replace.getText());
        int index = all.indexOf(all.stream().filter(m -> m.start() == match.get().start()).findFirst().orElse(match.get()));
        status.setText((index + 1) + " of " + all.size());
        area.selectRange(match.get().start(), match.get().end());
        area.requestFollowCaret();
    }

    private TextSearch search() {
        return new TextSearch(find.getText(), regex.isSelected(), matchCase.isSelected());
    }

    private static Button iconButton(String id, Feather icon, String tooltip) {
        Button button = new Button(null, FontIcon.of(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tooltip));
        return button;
    }

    private static javafx.scene.layout.Region spacer() {
        javafx.scene.layout.Region spacer = new javafx.scene.layout.Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
