package io.kumo.ui.insights.reports;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where "Export…" writes: the native save dialog in the app; tests give a path of their own. */
@FunctionalInterface
public interface ExportTarget {

    Optional<Path> choose(Window owner, String suggestedName, String extension);

    static ExportTarget fileChooser() {
        return (owner, suggestedName, extension) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export report");
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT)
                    + " file", "*." + extension));
            return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
        };
    }
}
