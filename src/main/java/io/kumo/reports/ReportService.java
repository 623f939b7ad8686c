package io.kumo.reports;

import io.kumo.common.ValidationException;
import io.kumo.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds reports for the window, the CLI and the API. The period's runs are read once, streamed from a covering index
 * ({@link RunScan}), and added up by task, by day and by error fingerprint in Java, percentiles included: one pass
 * where SQL needed four, each sorting per group (a million runs report in about 2 s on H2, docs/performance.md). Counts: "failed" is FAILED and INTERRUPTED, "timed out" TIMEOUT, "other" every
 * other status (stopped, skipped, missed, queued, running); the success rate is of succeeded, failed and timed-out
 * runs.
 */
public final class ReportService {

    /** Ten years of days: longer periods are refused rather than listed day by day. */
    static final long MAX_DAYS = 3_660;

    private final ReportRows rows;
    private final Clock clock;
    private final ReportWriters writers;
    private final ReportFiles files;

    public ReportService(Database database, Clock clock, ReportWriters writers) {
        this.rows = new ReportRows(database);
        this.clock = clock;
        this.writers = writers;
        this.files = new ReportFiles(writers);
    }

    /** The formats a report can be written as, and their writers. */
    public ReportWriters writers() {
        return writers;
    }

    /**
     * The query for a period of whole local days and a selection by name (each part optional), as the CLI and the
     * API take it.
     *
     * @throws ValidationException for a project or task no one has
     */
    public ReportQuery query(ReportPeriod period, ZoneId zone, String projectName, String tag, List<String> taskNames) {
        ReportNames names = new ReportNames(rows);
        Long projectId = projectName == null || projectName.isBlank() ? null : names.projectId(projectName);
        Set<Long> taskIds = new LinkedHashSet<>();
        for (String name : taskNames == null ? List.<String>of() : taskNames) {
            taskIds.add(names.taskId(name));
        }
        return new ReportQuery(period.from(zone), period.to(zone), projectId, tag == null || tag.isBlank() ? null : tag.strip(),
                taskIds, zone);
    }

    /** Refuses, before a report is built, a format without a writer or a file in a folder that does not exist. */
    public void checkExport(ReportFormat format, Path target) {
        writers.writer(format);
        ReportFiles.checkTarget(target);
    }

    /** Writes the report to {@code target} whole or not at all; see {@link ReportFiles#write}. */
    public void export(Report report, ReportFormat format, Path target) throws IOException {
        files.write(report, format, target);
    }

    /** @throws ValidationException for a period that is empty, reversed or too long, or an unknown project or task */
    public Report build(ReportQuery query) {
        check(query);
        ReportSelection selection = ReportSelection.of(query, rows);
        RunFilter filter = new RunFilter(query.from(), query.to(), selection.taskIds());
        LocalDate first = LocalDate.ofInstant(query.from(), query.zone());
        LocalDate last = LocalDate.ofInstant(query.to().minusMillis(1), query.zone());
        String title = "Kumo report " + first + (first.equals(last) ? "" : " – " + last)
                + (selection.all() ? "" : " · " + selection.words());
        DayBuckets days = new DayBuckets(query.from(), query.to(), query.zone());
        RunTally tally = new RunScan(rows).tally(filter, days);
        List<Report.TaskLine> tasks = new TaskFigures(rows).lines(tally, selection);
        Map<Long, String> names = tasks.stream().collect(Collectors.toMap(Report.TaskLine::taskId, Report.TaskLine::taskName));
        return new Report(query, clock.instant(), title, selection.words(), SummaryFigures.summary(tally), tasks,
                new FailureFigures(rows).groups(tally, names), DayFigures.lines(tally, days));
    }

    private static void check(ReportQuery query) {
        if (query.from() == null || query.to() == null || query.zone() == null) {
            throw new ValidationException("A report needs a period (from, to) and a time zone");
        }
        if (!query.from().isBefore(query.to())) {
            throw new ValidationException("The period's start " + query.from() + " is not before its end " + query.to());
        }
        if (Duration.between(query.from(), query.to()).toDays() > MAX_DAYS) {
            throw new ValidationException("A report covers at most " + MAX_DAYS + " days");
        }
    }
}
