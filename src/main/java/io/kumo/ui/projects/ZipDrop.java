package io.kumo.ui.projects;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/** ZIP files dragged onto the window or the Projects pane are imported as projects. */
public final class ZipDrop {

    /** Who imports dropped archives (the Projects pane). */
    public interface Target {
        void importZips(List<Path> zips);
    }

    private ZipDrop() {
    }

    public static boolean hasZips(Dragboard board) {
        return !zips(board).isEmpty();
    }

    public static List<Path> zips(Dragboard board) {
        if (!board.hasFiles()) {
            return List.of();
        }
        return board.getFiles().stream().filter(File::isFile)
                .filter(file -> file.getName().toLowerCase(Locale.ROOT).endsWith(".zip")).map(File::toPath).toList();
    }

    /** Accepts ZIP drops on {@code node} (and highlights it meanwhile); other drops pass through. */
    static void install(Node node, Target target) {
        node.setOnDragOver(event -> {
            if (hasZips(event.getDragboard())) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        node.setOnDragEntered(event -> {
            if (hasZips(event.getDragboard())) {
                node.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop-target"), true);
            }
        });
        node.setOnDragExited(event -> node.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop-target"), false));
        node.setOnDragDropped(event -> {
            List<Path> zips = zips(event.getDragboard());
            if (!zips.isEmpty()) {
                event.setDropCompleted(true);
                event.consume();
                target.importZips(zips);
            }
        });
    }
}
