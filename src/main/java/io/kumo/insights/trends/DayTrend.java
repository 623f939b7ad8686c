package io.kumo.insights.trends;

import java.time.LocalDate;

/** The runs due on one day of the user's time zone. */
public record DayTrend(LocalDate day, RunFigures figures) {
}
