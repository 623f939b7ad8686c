package io.kumo.project;

import java.time.Instant;

/** One earlier version of a file, kept when the file was saved over. */
public record FileVersion(String id, Instant savedAt, long size) {
}
