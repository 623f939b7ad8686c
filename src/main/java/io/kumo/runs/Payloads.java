package io.kumo.runs;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * The JSON bodies webhook triggers bring: each kept as an owner-only file that the run it started (and that run's
 * retries, or every step of a workflow run) reads through {@code KUMO_PAYLOAD}; pruned with the run records.
 */
public final class Payloads {

    public Payloads(Path folder, Clock clock) {
        // TODO issue 23 (payload part)
    }

    /** Stores one request's body; the file's path goes to the run. */
    public Path save(byte[] body) {
        throw new UnsupportedOperationException("issue 23");
    }

    /** Deletes the files stored before {@code cutoff}; how many. */
    public int deleteOlderThan(Instant cutoff) {
        throw new UnsupportedOperationException("issue 23");
    }
}
