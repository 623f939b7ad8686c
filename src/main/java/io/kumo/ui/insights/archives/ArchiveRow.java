package io.kumo.ui.insights.archives;

import io.kumo.archive.ArchiveEntry;
import io.kumo.ui.runs.RunFormat;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One archive as the table shows it. */
public record ArchiveRow(YearMonth month, int runs, String size, String tasks, String created) {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static ArchiveRow of(ArchiveEntry entry, ZoneId zone) {
        return new ArchiveRow(entry.month(), entry.runs(), RunFormat.bytes(entry.sizeBytes()), String.join(", ", entry.tasks()),
                CREATED.format(entry.createdAt().atZone(zone)));
    }
}
