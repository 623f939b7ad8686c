package io.kumo.reports;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The one read of the period's runs that every figure comes from: the columns of {@code ix_runs_report} (migration
 * V16), so H2 answers from that index alone. The index is named: for a day's range H2 would pick {@code
 * ix_runs_scheduled} and fetch each row, and for a few tasks {@code uq_runs_task_scheduled}, whose scan by task does
 * not stop at the day. Read a day at a time: H2 builds a query's whole result before handing it over, on disk past a
 * few ten thousand rows, and its lazy mode, which streams, can lose pages to the store's background compaction
 * (h2database issue 4142); a day's runs stay in memory.
 */
final class RunScan {

    private static final String COLUMNS = "task_id, status, scheduled_for, started_at, ended_at, cpu_millis, peak_rss, "
            + "error_fingerprint, error";
    private static final String WHERE = " WHERE scheduled_for >= ? AND scheduled_for < ? AND ";

    private final ReportRows rows;

    RunScan(ReportRows rows) {
        this.rows = rows;
    }

    RunTally tally(RunFilter filter, DayBuckets days) {
        RunTally tally = new RunTally(days.size());
        rows.withConnection(connection -> {
            String sql = "SELECT " + COLUMNS + " FROM runs" + rows.useIndex("ix_runs_report") + WHERE + filter.tasks();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                for (int day = 0; day < days.size(); day++) {
                    select.setLong(1, Math.max(filter.from().toEpochMilli(), days.start(day)));
                    select.setLong(2, day + 1 < days.size() ? days.start(day + 1) : filter.to().toEpochMilli());
                    try (ResultSet row = select.executeQuery()) {
                        while (row.next()) {
                            Long started = ReportRows.longOrNull(row, 4);
                            Long ended = ReportRows.longOrNull(row, 5);
                            tally.add(day, row.getLong(1), row.getString(2), row.getLong(3),
                                    started == null || ended == null ? null : ended - started, ReportRows.longOrNull(row, 6),
                                    ReportRows.longOrNull(row, 7), row.getString(8), row.getString(9));
                        }
                    }
                }
            }
            return null;
        });
        return tally;
    }
}
