package io.kumo.ui.shell;

import io.kumo.config.OwnerOnly;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the window geometry in a small properties file in the data directory. It is UI state, not a user setting,
 * so it does not go through the audited settings table.
 */
public final class WindowStateStore {

    private static final Logger LOG = LoggerFactory.getLogger(WindowStateStore.class);
    private static final double MIN_WIDTH = 640;
    private static final double MIN_HEIGHT = 420;

    private final Path file;

    public WindowStateStore(Path file) {
        this.file = file;
    }

    public WindowState load() {
        if (!Files.isRegularFile(file)) {
            return WindowState.DEFAULT;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
            return new WindowState(
                    number(properties, "x", Double.NaN),
                    number(properties, "y", Double.NaN),
                    Math.max(MIN_WIDTH, number(properties, "width", WindowState.DEFAULT.width())),
                    Math.max(MIN_HEIGHT, number(properties, "height", WindowState.DEFAULT.height())),
                    Boolean.parseBoolean(properties.getProperty("maximized", "false")));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Ignoring unreadable window state in {}: {}", file, e.getMessage());
            return WindowState.DEFAULT;
        }
    }

    /** Written to a temporary file first and moved into place, so a crash never leaves half a file. */
    public void save(WindowState state) {
        Properties properties = new Properties();
        properties.setProperty("x", Double.toString(state.x()));
        properties.setProperty("y", Double.toString(state.y()));
        properties.setProperty("width", Double.toString(state.width()));
        properties.setProperty("height", Double.toString(state.height()));
        properties.setProperty("maximized", Boolean.toString(state.maximized()));
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (Writer writer = new java.io.OutputStreamWriter(OwnerOnly.newOutputStream(temporary), StandardCharsets.UTF_8)) {
                properties.store(writer, "Kumo main window");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save the window state to {}", file, e);
        }
    }

    private static double number(Properties properties, String key, double fallback) {
        String value = properties.getProperty(key);
        if (value == null) {
            return fallback;
        }
        double parsed = Double.parseDouble(value);
        return Double.isFinite(parsed) || Double.isNaN(fallback) ? parsed : fallback;
    }
}
