package io.kumo.ui.projects;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/** The docs of the name under the mouse: its signature in code type, then the docstring. */
final class HoverPopup {

    static final String ID = "hover-docs";

    private final Popup popup = new Popup();
    private final Label signature = new Label();
    private final Label docs = new Label();

    HoverPopup() {
        signature.getStyleClass().add("hover-signature");
        signature.setWrapText(true);
        docs.setWrapText(true);
        docs.getStyleClass().add("hover-docs-text");
        VBox box = new VBox(6, signature, docs);
        box.setMaxWidth(560);
        box.setMinWidth(200);
        ScrollPane scroller = new ScrollPane(box);
        scroller.setFitToWidth(true);
        scroller.setMaxHeight(300);
        scroller.setPrefWidth(560);
        scroller.setId(ID);
        scroller.getStyleClass().add("hover-docs");
        // a popup has no background of its own: the theme's colours, so light and dark both read
        box.setStyle("-fx-background-color: -color-bg-default; -fx-padding: 8 10 8 10;");
        scroller.setStyle("-fx-background-color: -color-bg-default; -fx-border-color: -color-border-default;"
                + " -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
        signature.setStyle("-fx-font-family: monospace;");
        popup.getContent().add(scroller);
        popup.setAutoHide(true);
    }

    /** Shows a hover text (markdown from the server): a leading code block becomes the signature. */
    void show(Node owner, Point2D at, String text) {
        String body = text.strip();
        String head = "";
        if (body.startsWith("```")) {
            int open = body.indexOf('\n');
            int close = open < 0 ? -1 : body.indexOf("```", open);
            if (close > 0) {
                head = body.substring(open + 1, close).strip();
                body = body.substring(close + 3).strip();
            }
        }
        signature.setText(head);
        signature.setVisible(!head.isEmpty());
        signature.setManaged(!head.isEmpty());
        docs.setText(body.replace("\\_", "_").replace("---", "").strip());
        docs.setVisible(!docs.getText().isEmpty());
        docs.setManaged(docs.isVisible());
        popup.show(owner, at.getX() + 8, at.getY() + 14);
    }

    void hide() {
        popup.hide();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    String signatureText() {
        return signature.getText();
    }

    String docsText() {
        return docs.getText();
    }
}
