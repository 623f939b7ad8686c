package io.kumo.ui.runs;

import io.kumo.logs.LogLine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * One log line: its number, a marker for stderr, and the text (stderr in the danger colour, Kumo's own notices
 * dimmed, search matches highlighted). The text comes from the model's page cache; "…" while its page is read.
 */
public final class LogLineCell extends ListCell<Integer> {

    /** A line whose page is being read: a pseudo-class, whose change restyles the cell far less than a style class. */
    private static final PseudoClass PENDING = PseudoClass.getPseudoClass("pending");

    private final LogViewerModel model;
    private final Label number = new Label();
    private final Label marker = new Label();
    private final Label text = new Label();
    private final HBox box = new HBox(number, marker, text);
    private String shown = "";
    /** The cell's style classes for its line ("log-stderr", "log-hit", …): changed only when they differ. */
    private List<String> kinds = List.of();

    LogLineCell(LogViewerModel model) {
        this.model = model;
        getStyleClass().add("log-line");
        number.getStyleClass().add("log-gutter");
        number.setAlignment(Pos.CENTER_RIGHT);
        number.setMinWidth(Label.USE_PREF_SIZE);
        marker.getStyleClass().add("log-marker");
        marker.setMinWidth(16);
        marker.setAlignment(Pos.CENTER);
        text.getStyleClass().add("log-text");
        text.setMinWidth(Label.USE_PREF_SIZE);
        box.setAlignment(Pos.TOP_LEFT);
        box.setSpacing(4);
        setText(null);
    }

    @Override
    protected void updateItem(Integer line, boolean empty) {
        super.updateItem(line, empty);
        render(empty ? null : line);
    }

    /**
     * Shows the model's current text for this cell's line again (a page arrived, the last line grew): in place, so
     * the cell keeps its nodes and styles, where {@code ListView.refresh()} would re-create every cell.
     */
    void redraw() {
        render(isEmpty() ? null : getItem());
    }

    private void render(Integer line) {
        if (line == null) {
            shown = "";
            setKinds(List.of(), false);
            setGraphic(null);
            return;
        }
        LogLine logLine = model.line(line);
        number.setPrefWidth(digits(model.lineCountProperty().get()) * 8 + 8);
        number.setText(String.valueOf(line));
        boolean wrap = model.wrapProperty().get();
        text.setWrapText(wrap);
        text.setMinWidth(wrap ? 0 : Label.USE_PREF_SIZE);
        HBox.setHgrow(text, wrap ? Priority.ALWAYS : Priority.NEVER);
        if (logLine == null) {
            shown = "";
            setKinds(List.of(), true);
            marker.setText("");
            text.setText("…");
            text.setGraphic(null);
            setGraphic(box);
            return;
        }
        shown = logLine.text();
        List<String> newKinds = new ArrayList<>(2);
        switch (logLine.kind()) {
            case STDERR -> {
                newKinds.add("log-stderr");
                marker.setText("!");
            }
            case NOTICE -> {
                newKinds.add("log-notice");
                marker.setText("·");
            }
            case STDOUT -> marker.setText("");
        }
        boolean hit = model.isHit(line);
        if (hit) {
            newKinds.add(model.currentHit() == line ? "log-hit-current" : "log-hit");
        }
        setKinds(newKinds, false);
        Pattern highlight = model.highlightProperty().get();
        if (hit && highlight != null) {
            text.setText(null);
            text.setGraphic(highlighted(shown, highlight));
        } else {
            text.setGraphic(null);
            text.setText(shown);
        }
        setGraphic(box);
    }

    /**
     * Sets the cell's style classes for its line and the pending state, touching the style classes only when they change:
     * each change of a style class makes JavaFX look the cell's styles up again.
     */
    private void setKinds(List<String> newKinds, boolean pending) {
        pseudoClassStateChanged(PENDING, pending);
        if (!kinds.equals(newKinds)) {
            getStyleClass().removeAll(kinds);
            getStyleClass().addAll(newKinds);
            kinds = newKinds;
        }
    }

    /** Digits of the gutter: those of the highest line number, at least four. */
    private static int digits(int lineCount) {
        int digits = 4;
        for (int limit = 10_000; lineCount >= limit && digits < 10; limit *= 10) {
            digits++;
        }
        return digits;
    }

    private static Node highlighted(String line, Pattern pattern) {
        TextFlow flow = new TextFlow();
        Matcher matcher = pattern.matcher(line);
        int at = 0;
        while (matcher.find() && matcher.end() > matcher.start()) {
            flow.getChildren().add(plain(line.substring(at, matcher.start())));
            Text match = new Text(line.substring(matcher.start(), matcher.end()));
            match.getStyleClass().addAll("log-text-fill", "log-match");
            flow.getChildren().add(match);
            at = matcher.end();
        }
        flow.getChildren().add(plain(line.substring(at)));
        return flow;
    }

    private static Text plain(String part) {
        Text text = new Text(part);
        text.getStyleClass().add("log-text-fill");
        return text;
    }

    /** The line's text as shown (empty while it loads): for tests and accessibility. */
    public String lineText() {
        return shown;
    }
}
