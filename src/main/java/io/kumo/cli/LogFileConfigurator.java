package io.kumo.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.Logger;

/**
 * Kumo's log file, {@code kumo.log} in the data directory's {@code logs/}: rolled daily and at 10 MB, gzipped, kept
 * 14 days and 200 MB at most, owner-only. Configured in code (found by logback through {@code META-INF/services})
 * rather than from a {@code logback.xml}: parsing XML loads a few hundred classes on every start.
 * {@code -Dlogback.configurationFile} still wins, for anyone who wants their own configuration (the tests use it).
 * Until the data directory is known ({@link Logging#useDirectory}) events are held in memory, never written to a
 * shared place such as the temporary folder.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogFileConfigurator extends ContextAwareBase implements Configurator {

    private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String folder = System.getProperty(Logging.LOG_DIR_PROPERTY);
        if (folder != null) {
            logTo(context, Path.of(folder));
        } else {
            holdUntilFolder(context);
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Keeps events in memory until {@link #useFolder}: no file is opened before the data directory is known. */
    static void holdUntilFolder(LoggerContext context) {
        PendingLogEvents pending = new PendingLogEvents();
        pending.setContext(context);
        pending.start();
        root(context).setLevel(Level.INFO);
        root(context).addAppender(pending);
    }

    /**
     * Opens the log file once the data directory is known, handing it what was logged before. Nothing when the
     * context logs elsewhere (an explicit configuration) or already has its file.
     */
    static void useFolder(LoggerContext context, Path folder) {
        ch.qos.logback.classic.Logger root = root(context);
        if (root.getAppender(PendingLogEvents.NAME) instanceof PendingLogEvents pending) {
            root.detachAppender(pending);
            pending.stop();
            logTo(context, folder);
            if (root.getAppender("FILE") instanceof ch.qos.logback.core.Appender<ILoggingEvent> file) {
                pending.handOver(file);
            }
        }
    }

    private static ch.qos.logback.classic.Logger root(LoggerContext context) {
        return context.getLogger(Logger.ROOT_LOGGER_NAME);
    }

    /** Logs to {@code kumo.log} in the folder; nothing is logged to a file when the folder is a symbolic link. */
    static void logTo(LoggerContext context, Path folder) {
        ch.qos.logback.classic.Logger root = root(context);
        root.setLevel(Level.INFO);
        for (String chatty : new String[] {"org.flywaydb", "com.j256.ormlite", "oshi"}) {
            context.getLogger(chatty).setLevel(Level.WARN);
        }
        if (java.nio.file.Files.isSymbolicLink(folder)) {
            context.getStatusManager().add(new ch.qos.logback.core.status.WarnStatus(
                    folder + " is a symbolic link: Kumo does not log there", context));
            return;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new OwnerOnlyLogFile();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder.resolve("kumo.log").toString());
        file.setEncoder(encoder);

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(folder.resolve("kumo.%d{yyyy-MM-dd}.%i.log.gz").toString());
        rolling.setMaxFileSize(FileSize.valueOf("10MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("200MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.start();
        if (file.isStarted()) { // not when kumo.log is a symbolic link or cannot be opened
            root.addAppender(file);
        }
    }
}
