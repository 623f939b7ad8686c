package io.kumo.ui.audit;

import io.kumo.config.OwnerOnly;
import io.kumo.audit.AuditEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Audit entries as a CSV file: one row per entry, the changed fields in one column. */
public final class AuditCsv {

    static final List<String> HEADER = List.of("time", "actor", "action", "target_type", "target_id", "target_name",
            "changes", "note");

    private AuditCsv() {
    }

    public static void write(List<AuditEntry> entries, Writer out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(HEADER);
        for (AuditEntry entry : entries) {
            csv.row(java.util.Arrays.asList(DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt()), entry.actor(),
                    entry.action(), entry.targetType(), entry.targetId(), entry.targetName(), AuditText.rawChanges(entry),
                    entry.note()));
        }
    }

    /** Writes next to the target first and renames it into place, so a reader never sees half a file. */
    public static void write(List<AuditEntry> entries, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(OwnerOnly.newOutputStream(partial), StandardCharsets.UTF_8))) {
                write(entries, out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the error below is what matters
            }
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
