package io.kumo.archive;

import java.time.YearMonth;

/**
 * What a restore put back, and what it left in the archive and why: a run whose id is in the database already (it was
 * restored before, say), or whose task already has another run at the same scheduled instant.
 */
public record RestoreReport(YearMonth month, int restored, int logsRestored, int skippedIdInUse, int skippedSameSlot) {

    /** "Restored 120 runs and 118 logs of 2026-11; skipped 3 runs already in the database" */
    public String summary() {
        StringBuilder text = new StringBuilder("Restored " + restored + " run" + (restored == 1 ? "" : "s") + " and "
                + logsRestored + " log" + (logsRestored == 1 ? "" : "s") + " of " + month);
        if (skippedIdInUse > 0) {
            text.append("; skipped ").append(skippedIdInUse).append(" run").append(skippedIdInUse == 1 ? "" : "s")
                    .append(" already in the database (same id)");
        }
        if (skippedSameSlot > 0) {
            text.append("; skipped ").append(skippedSameSlot).append(" run").append(skippedSameSlot == 1 ? "" : "s")
                    .append(" whose task has another run at the same scheduled time");
        }
        return text.toString();
    }
}
