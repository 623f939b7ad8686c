package io.kumo.ui.dashboard;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Open while the pane is shown and its window is not minimised: live figures update only then. The window is found
 * through the pane's scene once the pane is attached, and followed if it changes.
 */
public final class RefreshGate {

    private final BooleanProperty shown = new SimpleBooleanProperty();
    private final BooleanProperty iconified = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper();

    public RefreshGate() {
        open.bind(shown.and(iconified.not()));
    }

    /** Follows the iconified state of the stage that shows {@code node}. */
    public void followWindowOf(Node node) {
        iconified.bind(node.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(window -> window instanceof Stage stage ? stage.iconifiedProperty() : null)
                .orElse(false));
    }

    public void setShown(boolean value) {
        shown.set(value);
    }

    public BooleanProperty iconifiedProperty() { return iconified; }
    public ReadOnlyBooleanProperty openProperty() { return open.getReadOnlyProperty(); }
}
