package io.kumo.api.http;

import io.kumo.domain.Run;
import io.kumo.engine.RunStore;
import java.time.Instant;

/**
 * The {@code cursor} of a page of runs: where the page before it ended ({@code <scheduled epoch ms>.<id>}), so the next
 * page starts right after that run, however many runs were recorded since. Opaque to clients.
 */
final class RunCursor {

    private RunCursor() {
    }

    static String after(Run run) {
        return run.getScheduledFor().toEpochMilli() + "." + run.getId();
    }

    static RunStore.Position parse(String cursor) {
        int dot = cursor.indexOf('.');
        try {
            if (dot > 0) {
                long millis = Long.parseLong(cursor.substring(0, dot));
                long id = Long.parseLong(cursor.substring(dot + 1));
                if (id > 0) {
                    return new RunStore.Position(Instant.ofEpochMilli(millis), id);
                }
            }
        } catch (NumberFormatException | java.time.DateTimeException e) {
            // answered below, as any other text that is no cursor
        }
        throw ApiException.badRequest("cursor: '" + cursor + "' is not a cursor this API gave (use next_cursor of the page before)");
    }
}
