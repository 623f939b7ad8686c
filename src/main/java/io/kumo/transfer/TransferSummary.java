package io.kumo.transfer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an export wrote or an import read: rows by table, the file's size, and how many rows hold secrets sealed with
 * a data directory's key.
 */
public record TransferSummary(Map<String, Long> rows, long bytes, long sealedRows, ExportHeader header) {

    public TransferSummary {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /** "12 tasks, 3400 runs, 1 project", tables without rows left out. */
    public String describe() {
        String counts = KumoTables.EXPORTED.stream()
                .filter(table -> rows.getOrDefault(table.name(), 0L) > 0)
                .map(table -> table.count(rows.get(table.name())))
                .collect(Collectors.joining(", "));
        return counts.isEmpty() ? "no rows" : counts;
    }

    /** The file size for people: "830 bytes", "1.2 MB". */
    public String size() {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
