package io.kumo.backup;

import java.util.Map;

/** What a verified backup holds: its schema version and the rows of each table. */
public record BackupSummary(String schemaVersion, Map<String, Long> rows) {
}
