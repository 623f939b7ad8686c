package io.kumo.ui.layout;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Gives a stage an exact size in a headless test. JavaFX's headless platform can leave the scene at the size an
 * earlier test's window had; setting the size anew until the scene has it is what works. The headless screen is
 * 1000x1000 px: a window at (0, 0) whose last pixel lies past it fails on every pulse, and so does every later test
 * in that JVM. Keep {@code (height - 1) * 1000 + width <= 1000000} (1600x999 is the largest "1600x1000").
 */
public final class WindowSizer {

    /** The height of the largest "1600x1000" window the headless screen paints. */
    public static final int LARGE_HEIGHT = 999;

    private WindowSizer() {
    }

    /** True once the stage's scene is {@code width} x {@code height}; false when the platform refused for 20 s. */
    public static boolean resize(FxRobot robot, Stage stage, double width, double height) {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            // a pixel less first: setting the size the stage already has would not reach the scene, and a pixel more
            // could reach past the headless screen
            stage.setWidth(width - 1);
            stage.setHeight(height - 1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                robot.interact(() -> {
                    stage.setWidth(width);
                    stage.setHeight(height);
                });
                WaitForAsyncUtils.waitForFxEvents();
                return stage.getScene().getWidth() == width && stage.getScene().getHeight() == height;
            });
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }
}
