package io.kumo.ui.runs;

import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.SystemOpen;
import java.awt.Desktop;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Opens a folder in the system's file manager without blocking the FX thread. On Linux {@code xdg-open} is asked
 * first (AWT's Desktop loads its own GTK next to JavaFX's), elsewhere {@link Desktop}; where neither can, the path
 * is shown in a dialog to copy.
 */
public final class FolderOpener {

    private final BackgroundExecutor background;
    private final Supplier<Window> owner;

    public FolderOpener(BackgroundExecutor background, Supplier<Window> owner) {
        this.background = background;
        this.owner = owner;
    }

    public void open(Path folder) {
        background.run(() -> tryOpen(folder), opened -> {
            if (!opened) {
                showPath(folder);
            }
        }, error -> showPath(folder));
    }

    private static boolean tryOpen(Path folder) throws Exception {
        return SystemOpen.open(folder.toString(), Desktop.Action.OPEN, desktop -> desktop.open(folder.toFile()));
    }

    private void showPath(Path folder) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner.get());
        alert.setTitle("Kumo");
        alert.setHeaderText("This system cannot open folders from Kumo");
        TextField path = new TextField(folder.toString());
        path.setEditable(false);
        path.setId("log-folder-path");
        alert.getDialogPane().setContent(new VBox(8, new javafx.scene.control.Label("The log is in this folder:"), path));
        alert.show();
    }
}
