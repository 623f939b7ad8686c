package io.kumo.reports;

import io.kumo.common.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's period as a user names it: whole local days from {@code first} to {@code last}, both included. The
 * window's presets, {@code kumo report} and the API all make their periods here.
 */
public record ReportPeriod(LocalDate first, LocalDate last) {

    private static final Pattern LAST = Pattern.compile("(\\d{1,4})d");

    public ReportPeriod {
        if (first == null || last == null) {
            throw new ValidationException("A period needs a first and a last day");
        }
        if (first.isAfter(last)) {
            throw new ValidationException("The period's first day " + first + " is after its last day " + last);
        }
    }

    /** "2026-11-01" and "2026-11-30" (yyyy-MM-dd); a missing or malformed date is refused with its name. */
    public static ReportPeriod parse(String first, String last) {
        return new ReportPeriod(day("from", first), day("to", last));
    }

    /** "30d": the 30 days ending with {@code today}, today included. */
    public static ReportPeriod last(String days, LocalDate today) {
        Matcher matcher = LAST.matcher(days == null ? "" : days.strip());
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) < 1) {
            throw new ValidationException("'" + days + "' is not a number of days such as 30d");
        }
        return lastDays(Integer.parseInt(matcher.group(1)), today);
    }

    public static ReportPeriod lastDays(int days, LocalDate today) {
        return new ReportPeriod(today.minusDays(days - 1L), today);
    }

    /** The calendar month before {@code today}'s. */
    public static ReportPeriod lastMonth(LocalDate today) {
        LocalDate first = today.withDayOfMonth(1).minusMonths(1);
        return new ReportPeriod(first, first.withDayOfMonth(first.lengthOfMonth()));
    }

    /** The first instant of the first day in {@code zone}. */
    public Instant from(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the last day in {@code zone} (the query's exclusive end). */
    public Instant to(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static LocalDate day(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(name + ": a date (yyyy-MM-dd) is needed");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(name + ": '" + text + "' is not a date such as 2026-11-30");
        }
    }
}
