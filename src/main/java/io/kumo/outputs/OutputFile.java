package io.kumo.outputs;

import java.time.Instant;

/** A file a run wrote: its path relative to the run's OUTPUT_DIR, its size and when it was last modified. */
public record OutputFile(String path, long size, Instant modified) {
}
