package io.kumo.reports;

import java.time.Duration;

/** The totals over every selected run, in one aggregate pass. */
final class SummaryFigures {

    private final ReportRows rows;

    SummaryFigures(ReportRows rows) {
        this.rows = rows;
    }

    Report.Summary summary(RunFilter filter) {
        return rows.query("SELECT COUNT(*), " + RunSql.count("status = 'SUCCESS'") + ", " + RunSql.count(RunSql.FAILED) + ", "
                + RunSql.count(RunSql.TIMED_OUT) + ", COALESCE(SUM(" + RunSql.DURATION + "), 0), " + RunSql.percentile(0.5)
                + ", " + RunSql.percentile(0.95) + ", COALESCE(SUM(cpu_millis), 0) FROM runs" + filter.where(), row -> {
                    long runs = row.getLong(1);
                    long succeeded = row.getLong(2);
                    long failed = row.getLong(3);
                    long timedOut = row.getLong(4);
                    long finished = succeeded + failed + timedOut;
                    return new Report.Summary(runs, succeeded, failed, timedOut, runs - finished,
                            finished == 0 ? null : (double) succeeded / finished, Duration.ofMillis(row.getLong(5)),
                            TaskFigures.millis(row, 6), TaskFigures.millis(row, 7), row.getLong(8) / 1000.0);
                }).getFirst();
    }
}
