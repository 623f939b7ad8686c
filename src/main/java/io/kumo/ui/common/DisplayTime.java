package io.kumo.ui.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * The one way the window writes a point in time, in the user's zone and locale: "Dec 5, 2026, 5:54:20 AM" (en_US) or
 * "05.12.2026, 05:54:20" (de_DE); a time alone for today's items; the localized date for days. The CLI and REST API
 * keep ISO-8601.
 */
public final class DisplayTime {

    /** Shown where there is no time. */
    public static final String NONE = "—";

    private final ZoneId zone;
    private final Locale locale;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter shortDateTime;
    private final DateTimeFormatter time;
    private final DateTimeFormatter shortTime;
    private final DateTimeFormatter date;
    private final DateTimeFormatter day;
    private final DateTimeFormatter weekday;
    private final DateTimeFormatter weekdayTime;
    private final DateTimeFormatter weekdayDateTime;

    public DisplayTime(ZoneId zone, Locale locale) {
        this.zone = Objects.requireNonNull(zone);
        this.locale = Objects.requireNonNull(locale);
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
        this.shortDateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
        this.shortTime = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).withZone(zone);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.day = DateTimeFormatter.ofLocalizedPattern("MMMd").withLocale(locale);
        this.weekday = DateTimeFormatter.ofLocalizedPattern("MMMEd").withLocale(locale);
        this.weekdayTime = DateTimeFormatter.ofLocalizedPattern("EEEjm").withLocale(locale).withZone(zone);
        this.weekdayDateTime = DateTimeFormatter.ofLocalizedPattern("yMMMEdjm").withLocale(locale).withZone(zone);
    }

    /** In the given zone, in the locale the user formats dates with (the composition root's choice). */
    public static DisplayTime in(ZoneId zone) {
        return new DisplayTime(zone, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** In this machine's zone and the user's format locale. */
    public static DisplayTime system() {
        return in(ZoneId.systemDefault());
    }

    public ZoneId zone() {
        return zone;
    }

    public Locale locale() {
        return locale;
    }

    /** The same formats in another zone (a task's own zone, say). */
    public DisplayTime withZone(ZoneId other) {
        return new DisplayTime(other, locale);
    }

    /** "Dec 5, 2026, 5:54:20 AM"; a dash for no time. */
    public String dateTime(Instant instant) {
        return instant == null ? NONE : dateTime.format(instant);
    }

    public String dateTime(LocalDateTime local) {
        return local == null ? NONE : dateTime.format(local.atZone(zone));
    }

    /** "Dec 5, 2026, 5:54 AM": where seconds are noise (saved-at, created-at, fire times). */
    public String dateTimeMinutes(Instant instant) {
        return instant == null ? NONE : shortDateTime.format(instant);
    }

    /** "5:54:20 AM". */
    public String time(Instant instant) {
        return instant == null ? NONE : time.format(instant);
    }

    /** "5:54 AM". */
    public String shortTime(Instant instant) {
        return instant == null ? NONE : shortTime.format(instant);
    }

    public String shortTime(LocalTime local) {
        return local == null ? NONE : shortTime.format(local);
    }

    /** "Fri 6:00 AM": a time within the coming week. */
    public String weekdayTime(Instant instant) {
        return instant == null ? NONE : weekdayTime.format(instant);
    }

    /** "Mon, Mar 2, 2026, 6:00 AM": a fire time, whose weekday matters. */
    public String weekdayDateTime(Instant instant) {
        return instant == null ? NONE : weekdayDateTime.format(instant);
    }

    /** The time alone when {@code instant} falls on the same day as {@code now}, else the date and time. */
    public String recent(Instant instant, Instant now) {
        if (instant == null) {
            return NONE;
        }
        return isSameDay(instant, now) ? time(instant) : dateTime(instant);
    }

    /** "Dec 5, 2026". */
    public String date(LocalDate local) {
        return local == null ? NONE : date.format(local);
    }

    public String date(Instant instant) {
        return instant == null ? NONE : date(instant.atZone(zone).toLocalDate());
    }

    /** A chart's day label: "Dec 5" (en_US), "5. Dez." (de_DE). */
    public String day(LocalDate local) {
        return local == null ? NONE : day.format(local);
    }

    /** A chart's day label within one week: "Sat, Dec 5" (en_US), "Sa., 5. Dez." (de_DE). */
    public String weekday(LocalDate local) {
        return local == null ? NONE : weekday.format(local);
    }

    public boolean isSameDay(Instant instant, Instant now) {
        return local(instant).toLocalDate().equals(local(now).toLocalDate());
    }

    private ZonedDateTime local(Instant instant) {
        return instant.atZone(zone);
    }
}
