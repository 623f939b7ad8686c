package io.kumo.ui.layout;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;

/** Writes what a scene shows as a PNG, so a reviewer can look at a layout test's screens. Call on the FX thread. */
public final class Screenshots {

    private final Path folder;

    public Screenshots(Path folder) {
        this.folder = folder;
    }

    /** The default folder, {@code target/screenshots}, which {@code mvn verify} leaves for review. */
    public static Screenshots inTarget() {
        return new Screenshots(Path.of("target", "screenshots"));
    }

    public Path write(Scene scene, String name) {
        // the root at scale 1 within the window's area, not the scene: a scene's snapshot follows its window's render
        // scale, which the headless platform can leave at another window's; hidden panes reach past the window
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(scene.getFill() == null ? Color.WHITE : scene.getFill());
        parameters.setViewport(new Rectangle2D(0, 0, scene.getWidth(), scene.getHeight()));
        WritableImage image = scene.getRoot().snapshot(parameters, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path file = folder.resolve(name.replaceAll("[^A-Za-z0-9._-]+", "-") + ".png");
        try {
            Files.createDirectories(folder);
            ImageIO.write(buffered, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
