package io.kumo.archive;

import io.kumo.logs.CleanupReport;
import java.time.YearMonth;
import java.util.List;

/** What one archiving pass did: runs newly written, per month, and what was then deleted from the database. */
public record ArchivePass(int runsArchived, List<YearMonth> months, CleanupReport deleted) {

    public ArchivePass {
        months = List.copyOf(months);
    }

    /** "Archived 120 runs into 2 months (2026-10, 2026-11); deleted 120 run records and 118 logs" */
    public String summary() {
        return "Archived " + runsArchived + " run" + (runsArchived == 1 ? "" : "s") + (months.isEmpty() ? ""
                : " into " + months.size() + " month" + (months.size() == 1 ? "" : "s") + " ("
                + String.join(", ", months.stream().map(YearMonth::toString).toList()) + ")")
                + "; deleted " + deleted.runsDeleted() + " run record" + (deleted.runsDeleted() == 1 ? "" : "s")
                + " and " + deleted.logsDeleted() + " log" + (deleted.logsDeleted() == 1 ? "" : "s");
    }
}
