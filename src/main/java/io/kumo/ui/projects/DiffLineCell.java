package io.kumo.ui.projects;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.text.Text;
import javafx.scene.shape.Rectangle;

/**
 * One diff line: unified as one column, side by side as two, changed words marked inside changed lines. Lines do not
 * wrap (rows keep one height, so the list stays fast for long files); what does not fit is clipped.
 */
final class DiffLineCell extends ListCell<DiffLines.DiffLine> {

    private static final List<String> KINDS = List.of("diff-header", "diff-hunk", "diff-context", "diff-removed",
            "diff-added", "diff-changed");

    private final HBox left = column();
    private final HBox right = column();
    private final HBox columns = new HBox(12, left, right);

    DiffLineCell() {
        getStyleClass().add("diff-line");
        left.getStyleClass().add("diff-old");
        right.getStyleClass().add("diff-new");
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setMinWidth(0);
        right.setMinWidth(0);
        columnWidths(true);
    }

    /** Columns follow the cell's width (never their text's), so long lines are clipped instead of widening the list. */
    private void columnWidths(boolean sideBySide) {
        javafx.beans.binding.DoubleBinding width = widthProperty().subtract(sideBySide ? 36 : 24).divide(sideBySide ? 2 : 1);
        for (HBox column : sideBySide ? java.util.List.of(left, right) : java.util.List.of(left)) {
            column.prefWidthProperty().bind(width);
            column.maxWidthProperty().bind(width);
        }
    }

    private static HBox column() {
        HBox column = new HBox();
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(column.widthProperty());
        clip.heightProperty().bind(column.heightProperty());
        column.setClip(clip);
        return column;
    }

    @Override
    protected void updateItem(DiffLines.DiffLine line, boolean empty) {
        super.updateItem(line, empty);
        getStyleClass().removeAll(KINDS);
        setText(null);
        if (empty || line == null) {
            setGraphic(null);
            return;
        }
        getStyleClass().add(KINDS.get(line.kind().ordinal()));
        left.getChildren().setAll(segments(line.left(), "diff-word-removed"));
        if (line.sideBySide()) {
            right.getChildren().setAll(segments(line.right(), "diff-word-added"));
            right.setVisible(true);
            right.setManaged(true);
            columnWidths(true);
        } else {
            right.getChildren().clear();
            right.setVisible(false);
            right.setManaged(false);
            columnWidths(false);
        }
        setGraphic(columns);
    }

    /** Text between marks alternates plain and changed. */
    private static List<Text> segments(String text, String changedStyle) {
        List<Text> parts = new ArrayList<>();
        String[] pieces = (text == null ? "" : text).split(String.valueOf(DiffLines.MARK), -1);
        for (int i = 0; i < pieces.length; i++) {
            if (pieces[i].isEmpty()) {
                continue;
            }
            Text part = new Text(pieces[i].replace("\t", "    "));
            part.getStyleClass().add(i % 2 == 1 ? changedStyle : "diff-text");
            parts.add(part);
        }
        if (parts.isEmpty()) {
            Text blank = new Text(" ");
            blank.getStyleClass().add("diff-text");
            parts.add(blank);
        }
        return parts;
    }
}
