package io.kumo.ui.preview;

import io.kumo.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens a data file's preview in its own window, which releases the file when closed. */
public final class DataPreviewWindow {

    private DataPreviewWindow() {
    }

    public static Stage show(Window owner, Path file, BackgroundExecutor background) {
        DataPreviewViewModel model = new DataPreviewViewModel(file, background);
        DataPreviewView view = new DataPreviewView(model);
        Stage stage = new Stage();
        stage.setTitle(file.getFileName() + " — Kumo data preview");
        if (owner != null) {
            stage.initOwner(owner);
            stage.getIcons().setAll(owner instanceof Stage parent ? parent.getIcons() : java.util.List.of());
        }
        Scene scene = new Scene(view);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(event -> model.close());
        model.open();
        stage.show();
        return stage;
    }
}
