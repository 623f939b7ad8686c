package io.kumo.alerts;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A daily window ({@code 22:00–07:00}, over midnight too) in a zone when a channel holds its messages; they go in one
 * digest when it ends. Contract stub: the `rules` engineer fills it.
 */
public record QuietHours(LocalTime from, LocalTime to, ZoneId zone) {

    public boolean isQuiet(Instant now) {
        throw new UnsupportedOperationException();
    }

    /** The next end of the window after {@code now} (when held messages go). */
    public Instant endAfter(Instant now) {
        throw new UnsupportedOperationException();
    }
}
