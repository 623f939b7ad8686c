package io.kumo.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Dialogs with the main window as owner; errors show what happened, the details sit in an expandable area. */
public class DialogService {

    private final Window owner;

    public DialogService(Window owner) {
        this.owner = owner;
    }

    public void showError(String title, Throwable error) {
        UiThread.run(() -> {
            Alert alert = new Alert(Alert.AlertType.ERROR);
            alert.initOwner(owner);
            alert.setTitle("Kumo");
            alert.setHeaderText(title);
            alert.setContentText(error.getMessage() == null ? error.toString() : error.getMessage());
            TextArea details = new TextArea(stackTrace(error));
            details.setEditable(false);
            alert.getDialogPane().setExpandableContent(details);
            alert.show();
        });
    }

    /** Asks on the FX thread; true when the user chose {@code confirmLabel}. */
    public boolean confirm(String title, String message, String confirmLabel) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.initOwner(owner);
        alert.setTitle("Kumo");
        alert.setHeaderText(title);
        alert.setContentText(message);
        javafx.scene.control.ButtonType confirm = new javafx.scene.control.ButtonType(confirmLabel,
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(confirm, javafx.scene.control.ButtonType.CANCEL);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    private static String stackTrace(Throwable error) {
        var writer = new java.io.StringWriter();
        error.printStackTrace(new java.io.PrintWriter(writer));
        return writer.toString();
    }
}
