package io.kumo.cli;

import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Points the log file at the data directory; until then nothing is written (see {@link LogFileConfigurator}). */
final class Logging {

    static final String LOG_DIR_PROPERTY = "kumo.log.dir";

    private Logging() {
    }

    /** Opens the log file in the data directory's logs folder; what was logged before is written there first. */
    static void useDirectory(Path logs) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, logs.toString());
        }
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            LogFileConfigurator.useFolder(context, Path.of(System.getProperty(LOG_DIR_PROPERTY)));
        }
    }

    static Logger logger(Class<?> type) {
        return LoggerFactory.getLogger(type);
    }
}
