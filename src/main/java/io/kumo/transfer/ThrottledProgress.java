package io.kumo.transfer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/** Progress as a line ("exporting runs: 120000 of 1000000 rows") at most once per interval: for big tables. */
public final class ThrottledProgress implements TransferProgress {

    private final String verb;
    private final Clock clock;
    private final Duration interval;
    private final Consumer<String> lines;
    private Instant next;

    public ThrottledProgress(String verb, Clock clock, Duration interval, Consumer<String> lines) {
        this.verb = verb;
        this.clock = clock;
        this.interval = interval;
        this.lines = lines;
        this.next = clock.instant().plus(interval);
    }

    @Override
    public void rows(KumoTables.Table table, long done, long total) {
        if ((done & 0xFF) != 0 && done != total) {
            return; // the clock is read every 256 rows, not for each
        }
        Instant now = clock.instant();
        if (now.isBefore(next)) {
            return;
        }
        next = now.plus(interval);
        lines.accept(verb + " " + table.name() + ": " + done + " of " + total + " rows");
    }
}
