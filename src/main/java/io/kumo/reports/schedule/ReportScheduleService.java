package io.kumo.reports.schedule;

import io.kumo.alerts.service.ChannelService;
import io.kumo.alerts.service.ChannelView;
import io.kumo.audit.AuditService;
import io.kumo.audit.FieldChange;
import io.kumo.common.ConflictException;
import io.kumo.common.NameRule;
import io.kumo.common.ValidationException;
import io.kumo.reports.ReportFormat;
import io.kumo.schedule.cron.CronExpression;
import io.kumo.schedule.cron.CronParseException;
import io.kumo.store.Database;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every change to report schedules (window, CLI, API), checked and audited. Bad input throws a
 * {@link ValidationException} with one line and changes nothing.
 */
public final class ReportScheduleService {

    public static final int NAME_MAX = 100;
    public static final int PERIOD_MAX_DAYS = 366;
    private static final String AUDIT_TYPE = "ReportSchedule";

    private final Database database;
    private final ReportScheduleRows rows;
    private final AuditService audit;
    private final ChannelService channels;
    private final Clock clock;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public ReportScheduleService(Database database, AuditService audit, ChannelService channels, Clock clock) {
        this.database = database;
        this.rows = new ReportScheduleRows(database);
        this.audit = audit;
        this.channels = channels;
        this.clock = clock;
    }

    /** By name. */
    public List<ReportSchedule> list() {
        return rows.all();
    }

    public Optional<ReportSchedule> find(String name) {
        return rows.byName(name);
    }

    public ReportSchedule get(String name) {
        return find(name).orElseThrow(() -> new ValidationException("No report schedule named '" + name + "'"));
    }

    public ReportSchedule create(ReportScheduleEdit edit) {
        Instant now = clock.instant();
        ReportSchedule checked = check(edit, 0, now, now);
        if (rows.byName(checked.name()).isPresent()) {
            throw new ConflictException("A report schedule named '" + checked.name() + "' exists already");
        }
        ReportSchedule created = database.inTransaction(() -> {
            long id = rows.insert(checked);
            ReportSchedule stored = rows.byId(id).orElseThrow();
            audit.record("CREATE", AUDIT_TYPE, String.valueOf(id), stored.name(),
                    FieldChange.between(Map.of(), stored.auditFields()).values(), null);
            return stored;
        });
        changed();
        return created;
    }

    public ReportSchedule update(long id, ReportScheduleEdit edit) {
        ReportSchedule before = rows.byId(id).orElseThrow(() -> new ValidationException("No report schedule with id " + id));
        ReportSchedule checked = check(edit, id, before.createdAt(), clock.instant());
        rows.byName(checked.name()).filter(other -> other.id() != id).ifPresent(other -> {
            throw new ConflictException("A report schedule named '" + checked.name() + "' exists already");
        });
        ReportSchedule updated = database.inTransaction(() -> {
            rows.update(checked);
            ReportSchedule stored = rows.byId(id).orElseThrow();
            audit.record("UPDATE", AUDIT_TYPE, String.valueOf(id), stored.name(),
                    FieldChange.between(before.auditFields(), stored.auditFields()).values(), null);
            return stored;
        });
        changed();
        return updated;
    }

    public void delete(String name) {
        ReportSchedule schedule = get(name);
        database.inTransaction(() -> {
            rows.delete(schedule.id());
            audit.record("DELETE", AUDIT_TYPE, String.valueOf(schedule.id()), schedule.name(),
                    FieldChange.between(schedule.auditFields(), Map.of()).values(), null);
            return null;
        });
        changed();
    }

    /** Called after any change, on the changing thread: the scheduler plans again. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    /** True for exactly one caller per schedule and due time (a cluster's nodes race for it). */
    boolean claim(long id, Instant due) {
        return rows.claim(id, due);
    }

    void recordOutcome(long id, Instant sentAt, String error) {
        rows.outcome(id, sentAt, error == null ? null : error.length() > 2000 ? error.substring(0, 2000) : error);
        listeners.forEach(Runnable::run);
    }

    private ReportSchedule check(ReportScheduleEdit edit, long id, Instant createdAt, Instant now) {
        String name = edit.name() == null ? "" : edit.name().strip();
        NameRule.check(name, NAME_MAX);
        String cron = edit.cron() == null ? "" : edit.cron().strip();
        CronExpression expression;
        try {
            expression = CronExpression.parse(cron);
        } catch (CronParseException e) {
            throw new ValidationException("schedule " + name + ": " + e.getMessage());
        }
        if (expression.isReboot()) {
            throw new ValidationException("schedule " + name + ": @reboot has no times to send a report at; give a cron");
        }
        ZoneId zone = zone(name, edit.zone());
        if (edit.periodDays() < 1 || edit.periodDays() > PERIOD_MAX_DAYS) {
            throw new ValidationException("schedule " + name + ": the period is 1 to " + PERIOD_MAX_DAYS + " days, not "
                    + edit.periodDays());
        }
        ReportFormat format = ReportFormat.parse(edit.format());
        ChannelView channel = channels.find(edit.channel() == null ? "" : edit.channel().strip())
                .orElseThrow(() -> new ValidationException("schedule " + name + ": no alert channel named '"
                        + edit.channel() + "'"));
        String tag = edit.tag() == null || edit.tag().isBlank() ? null : edit.tag().strip();
        return new ReportSchedule(id, name, expression.text(), zone, edit.periodDays(), edit.projectId(), tag, format,
                channel.id(), channel.name(), edit.enabled(), null, null, createdAt, now);
    }

    private ZoneId zone(String name, String zone) {
        if (zone == null || zone.isBlank()) {
            return clock.getZone();
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new ValidationException("schedule " + name + ": unknown time zone '" + zone.strip() + "' (e.g. Europe/Berlin, UTC)");
        }
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
