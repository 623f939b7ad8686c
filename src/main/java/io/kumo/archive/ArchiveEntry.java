package io.kumo.archive;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/** One month's archive file as the catalog lists it. */
public record ArchiveEntry(YearMonth month, Path file, long sizeBytes, ArchiveManifest manifest) {

    public int runs() {
        return manifest.runCount();
    }

    public Instant firstScheduled() {
        return manifest.firstScheduled();
    }

    public Instant lastScheduled() {
        return manifest.lastScheduled();
    }

    public List<String> tasks() {
        return manifest.tasks();
    }

    public Instant createdAt() {
        return manifest.createdAt();
    }
}
