package io.kumo.ui.insights.archives;

import io.kumo.ui.common.DisplayTime;
import io.kumo.archive.ArchiveEntry;
import io.kumo.ui.runs.RunFormat;
import java.time.YearMonth;
import java.time.ZoneId;

/** One archive as the table shows it. */
public record ArchiveRow(YearMonth month, int runs, String size, String tasks, String created) {


    static ArchiveRow of(ArchiveEntry entry, ZoneId zone) {
        return new ArchiveRow(entry.month(), entry.runs(), RunFormat.bytes(entry.sizeBytes()), String.join(", ", entry.tasks()),
                DisplayTime.in(zone).dateTimeMinutes(entry.createdAt()));
    }
}
