package io.kumo.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import io.kumo.config.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Kumo's rolling log file, created owner-only and never opened through a symbolic link: the file is created (or
 * checked) with {@code NOFOLLOW_LINKS} right before Logback opens it, in a logs folder only the user can write to.
 * Rolled archives are tightened after each roll (the gzip runs in the background, so its file is caught at the next).
 */
final class OwnerOnlyLogFile extends RollingFileAppender<ILoggingEvent> {

    @Override
    public void openFile(String fileName) throws IOException {
        OwnerOnly.createFile(Path.of(fileName)); // throws on a symbolic link: nothing is written through it
        super.openFile(fileName);
    }

    @Override
    public void rollover() {
        super.rollover();
        Path folder = Path.of(getFile()).toAbsolutePath().getParent();
        try (var entries = Files.newDirectoryStream(folder, "kumo*")) {
            for (Path entry : entries) {
                OwnerOnly.tighten(entry);
            }
        } catch (IOException e) {
            addWarn("Could not restrict the rolled logs in " + folder + ": " + e.getMessage());
        }
    }
}
