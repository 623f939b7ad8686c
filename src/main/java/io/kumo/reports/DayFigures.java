package io.kumo.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One line per local day of the period, every day listed (a day without runs shows zeros). */
final class DayFigures {

    private final ReportRows rows;

    DayFigures(ReportRows rows) {
        this.rows = rows;
    }

    List<Report.DayLine> lines(RunFilter filter, DayBuckets buckets) {
        List<LocalDate> days = buckets.days();
        Map<Integer, Report.DayLine> found = new HashMap<>();
        // grouped in a derived table: PostgreSQL and H2 both group by its column, where grouping by the CASE itself
        // would make each repeat the expression
        rows.query("SELECT d, COUNT(*), " + RunSql.count("status = 'SUCCESS'") + ", " + RunSql.count(RunSql.NOT_SUCCEEDED)
                + ", " + RunSql.percentile(0.5) + " FROM (SELECT " + buckets.indexOfScheduledFor()
                + " AS d, status, started_at, ended_at FROM runs" + filter.where() + ") r GROUP BY d", row -> {
                    int index = row.getInt(1);
                    return found.put(index, new Report.DayLine(days.get(index), row.getLong(2), row.getLong(3), row.getLong(4),
                            TaskFigures.millis(row, 5)));
                });
        List<Report.DayLine> lines = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            lines.add(found.getOrDefault(i, new Report.DayLine(days.get(i), 0, 0, 0, null)));
        }
        return lines;
    }
}
