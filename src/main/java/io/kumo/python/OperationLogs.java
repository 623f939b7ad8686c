package io.kumo.python;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Names the log file of one environment operation: {@code <install logs>/<env>-<action>-<UTC time>.log}. */
final class OperationLogs {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Clock clock;

    OperationLogs(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    Path newLog(String environment, String action) {
        return folder.resolve(environment + "-" + action + "-" + STAMP.format(clock.instant()) + ".log");
    }
}
