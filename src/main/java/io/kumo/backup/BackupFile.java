package io.kumo.backup;

import java.nio.file.Path;
import java.time.Instant;

/** A backup archive in the backups folder (or chosen by the user). */
public record BackupFile(Path path, String name, long size, Instant createdAt, boolean automatic) {
}
