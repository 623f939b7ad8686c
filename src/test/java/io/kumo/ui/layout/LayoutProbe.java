package io.kumo.ui.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;

/**
 * Finds what a user would see cut: a button or label whose text JavaFX had to elide, or a window smaller than its
 * content asks for. Column headers may elide; a cell may elide when its tooltip carries the full text.
 * Call on the FX thread after a layout pass.
 */
public final class LayoutProbe {

    private LayoutProbe() {
    }

    /** One line per visible {@link Labeled} whose text is truncated, naming it so a failure says where to look. */
    public static List<String> truncatedTexts(Parent root) {
        List<String> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    /** Empty when the window is at least as large as its root's preferred size (within a pixel). */
    public static Optional<String> undersized(Window window) {
        Parent root = window.getScene().getRoot();
        double width = root.getLayoutBounds().getWidth();
        double height = root.getLayoutBounds().getHeight();
        double wanted = root.prefWidth(-1);
        double wantedHeight = root.prefHeight(width);
        if (width + 1 < Math.min(wanted, root.maxWidth(-1)) || height + 1 < Math.min(wantedHeight, root.maxHeight(width))) {
            return Optional.of("%s is %.0fx%.0f but its content wants %.0fx%.0f"
                    .formatted(title(window), width, height, wanted, wantedHeight));
        }
        return Optional.empty();
    }

    private static void collect(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.isTextTruncated() && !mayElide(labeled)) {
            found.add(describe(labeled));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    private static boolean mayElide(Labeled labeled) {
        if (inColumnHeader(labeled)) {
            return true;
        }
        if (labeled instanceof IndexedCell<?> cell) {
            Tooltip tooltip = cell.getTooltip();
            return tooltip != null && tooltip.getText() != null && tooltip.getText().contains(cell.getText().strip());
        }
        return false;
    }

    private static boolean inColumnHeader(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains("column-header") || at.getStyleClass().contains("nested-column-header")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Labeled labeled) {
        String id = labeled.getId() == null ? "" : "#" + labeled.getId() + " ";
        return "%s%s \"%s\" (width %.0f, wants %.0f) in %s".formatted(id, labeled.getClass().getSimpleName(),
                labeled.getText(), labeled.getWidth(), labeled.prefWidth(-1), path(labeled.getParent()));
    }

    private static String path(Node node) {
        List<String> names = new ArrayList<>();
        for (Node at = node; at != null && names.size() < 4; at = at.getParent()) {
            names.add(at.getId() != null ? "#" + at.getId() : at.getClass().getSimpleName());
        }
        return String.join(" < ", names);
    }

    private static String title(Window window) {
        return window instanceof javafx.stage.Stage stage && stage.getTitle() != null ? "\"" + stage.getTitle() + "\"" : "a window";
    }
}
