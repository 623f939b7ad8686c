package io.kumo.ui.common;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;

/** A pane whose content is, for now, an explanation of what it will hold; it never shows made-up data. */
public final class MessagePane implements PaneView {

    private final StackPane root;

    public MessagePane(String id, Ikon icon, String title, String message) {
        root = new StackPane(new EmptyState(icon, title, message));
        root.setId(id);
    }

    @Override
    public Node getRoot() {
        return root;
    }
}
