package io.kumo.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A made-up run for previews of a template ("backup" of project "ops", run 42), shaped for each event. */
public final class SampleEvent {

    private SampleEvent() {
    }

    /** An event of {@code kind} about a sample task run that ended just before {@code now}. */
    public static AlertEvent of(EventKind kind, Instant now) {
        Instant started = now.minus(Duration.ofMinutes(12));
        String status = switch (kind) {
            case FAILURE, FAILURES_IN_ROW, NEW_ERROR -> "FAILED";
            case TIMEOUT -> "TIMEOUT";
            case MISSED -> "MISSED";
            case LONG_RUN -> "RUNNING";
            default -> "SUCCESS";
        };
        boolean bad = kind == EventKind.FAILURE || kind == EventKind.NEW_ERROR || kind == EventKind.FAILURES_IN_ROW || kind == EventKind.TIMEOUT;
        RunFacts facts = new RunFacts(42L, null, 7L, null, 3L, "backup", "ops", status, bad ? 2 : 0,
                kind == EventKind.MISSED ? null : started, kind == EventKind.LONG_RUN ? null : now.minusSeconds(10),
                bad ? "rsync: Permission denied (13)" : null, 1, kind == EventKind.MISSED ? 3 : 0,
                bad ? List.of("sending incremental file list", "rsync: Permission denied (13)") : List.of(), List.of());
        return new AlertEvent(kind, facts, kind == EventKind.LONG_RUN ? Duration.ofMinutes(5) : null,
                kind == EventKind.FAILURES_IN_ROW ? 3 : 0);
    }
}
