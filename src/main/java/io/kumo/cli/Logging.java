package io.kumo.cli;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Points the log file at the data directory; must run before the first logger is created. */
final class Logging {

    static final String LOG_DIR_PROPERTY = "kumo.log.dir";

    private Logging() {
    }

    static void useDirectory(Path logs) {
        if (System.getProperty(LOG_DIR_PROPERTY) == null) {
            System.setProperty(LOG_DIR_PROPERTY, logs.toString());
        }
    }

    static Logger logger(Class<?> type) {
        return LoggerFactory.getLogger(type);
    }
}
