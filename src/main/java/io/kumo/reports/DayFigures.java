package io.kumo.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One line per local day of the period, every day listed (a day without runs shows zeros). */
final class DayFigures {

    private DayFigures() {
    }

    static List<Report.DayLine> lines(RunTally tally, DayBuckets buckets) {
        List<LocalDate> days = buckets.days();
        List<Report.DayLine> lines = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            RunTally.DayTally day = tally.days[i];
            lines.add(new Report.DayLine(days.get(i), day.runs, day.succeeded, day.notSucceeded,
                    TaskFigures.millis(day.durations.percentile(0.5))));
        }
        return lines;
    }
}
