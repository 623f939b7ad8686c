package io.kumo.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds what is logged before the data directory is known (and with it the log file): Kumo never writes a log
 * anywhere else. The first {@value #KEPT} events are handed to the file once it is opened; later ones are dropped,
 * as are all of them when the command ends without a data directory ({@code kumo cron}, a usage error).
 */
final class PendingLogEvents extends AppenderBase<ILoggingEvent> {

    static final String NAME = "PENDING";
    private static final int KEPT = 1000;

    private final List<ILoggingEvent> events = new ArrayList<>();

    PendingLogEvents() {
        setName(NAME);
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (events.size() < KEPT) {
            event.prepareForDeferredProcessing();
            events.add(event);
        }
    }

    /** Replays the held events into the appender and forgets them. */
    synchronized void handOver(Appender<ILoggingEvent> target) {
        events.forEach(target::doAppend);
        events.clear();
    }
}
