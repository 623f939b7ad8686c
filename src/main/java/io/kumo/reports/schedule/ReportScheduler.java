package io.kumo.reports.schedule;

import io.kumo.alerts.AlertMessage;
import io.kumo.alerts.send.MailAttachment;
import io.kumo.alerts.send.SendResult;
import io.kumo.reports.Report;
import io.kumo.reports.ReportFormat;
import io.kumo.reports.ReportQuery;
import io.kumo.reports.ReportWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each schedule's report at its due times, on one scheduled thread: wakes at the next due time (at least once a
 * minute, so another node's changes and clock jumps are seen), claims the due time in the database so that one node
 * alone sends it, builds the report over the last whole days, writes it and hands it to the channel. A due time
 * missed while Kumo was down is sent once, the latest of them, when it comes back.
 */
public final class ReportScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReportScheduler.class);
    private static final Duration LONGEST_SLEEP = Duration.ofMinutes(1);
    /** Due times looked through for the latest missed one (a minutely schedule down for a week has 10,080). */
    private static final int MISSED_SCAN_LIMIT = 100_000;

    private final ReportScheduleService schedules;
    private final Function<ReportQuery, Report> reports;
    private final Function<ReportFormat, ReportWriter> writers;
    private final ReportDelivery delivery;
    private final Clock clock;
    private ScheduledExecutorService executor;
    private ScheduledFuture<?> wake;

    public ReportScheduler(ReportScheduleService schedules, Function<ReportQuery, Report> reports,
                           Function<ReportFormat, ReportWriter> writers, ReportDelivery delivery, Clock clock) {
        this.schedules = schedules;
        this.reports = reports;
        this.writers = writers;
        this.delivery = delivery;
        this.clock = clock;
    }

    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kumo-report-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        schedules.onChange(this::wakeNow);
        wakeNow();
    }

    /**
     * Sends every enabled schedule's report that is due and that no node has sent yet.
     *
     * @return how many this call sent (or tried to: a failure is recorded as the schedule's last error)
     */
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (ReportSchedule schedule : schedules.list()) {
            if (!schedule.enabled()) {
                continue;
            }
            Optional<Instant> due = dueAt(schedule, now);
            if (due.isPresent() && schedules.claim(schedule.id(), due.get())) {
                SendResult result = send(schedule, due.get());
                schedules.recordOutcome(schedule.id(), null, result.error());
                sent++;
            }
        }
        return sent;
    }

    /** Sends a schedule's report now, over the days up to today, whatever its cron says. */
    public SendResult sendNow(String name) {
        ReportSchedule schedule = schedules.get(name);
        Instant now = clock.instant();
        SendResult result = send(schedule, now);
        schedules.recordOutcome(schedule.id(), now, result.error());
        return result;
    }

    /** The latest due time at or before {@code now} after the last one sent (or the schedule's creation). */
    static Optional<Instant> dueAt(ReportSchedule schedule, Instant now) {
        Instant after = schedule.lastSentAt() == null ? schedule.createdAt() : schedule.lastSentAt();
        Optional<Instant> next = schedule.expression().nextFireAfter(after, schedule.zone());
        if (next.isEmpty() || next.get().isAfter(now)) {
            return Optional.empty();
        }
        Instant latest = next.get();
        for (int scanned = 0; scanned < MISSED_SCAN_LIMIT; scanned++) {
            Optional<Instant> later = schedule.expression().nextFireAfter(latest, schedule.zone());
            if (later.isEmpty() || later.get().isAfter(now)) {
                break;
            }
            latest = later.get();
        }
        return Optional.of(latest);
    }

    /** [start of the due day − period, start of the due day) in the schedule's zone: whole days only. */
    static ReportQuery query(ReportSchedule schedule, Instant due) {
        ZoneId zone = schedule.zone();
        LocalDate dueDay = due.atZone(zone).toLocalDate();
        return new ReportQuery(dueDay.minusDays(schedule.periodDays()).atStartOfDay(zone).toInstant(),
                dueDay.atStartOfDay(zone).toInstant(), schedule.projectId(), schedule.tag(), Set.of(), zone);
    }

    private SendResult send(ReportSchedule schedule, Instant due) {
        try {
            ReportQuery query = query(schedule, due);
            Report report = reports.apply(query);
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            writers.apply(schedule.format()).write(report, file);
            String fileName = fileName(schedule, query);
            AlertMessage message = ReportMessage.of(schedule.name(), report, fileName);
            SendResult result = delivery.deliver(schedule.channelId(), schedule.channelName(), message,
                    new MailAttachment(fileName, schedule.format().mediaType(), file.toByteArray()));
            if (!result.delivered()) {
                LOG.warn("Report {} was not sent: {}", schedule.name(), result.error());
            }
            return result;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Report {} could not be made", schedule.name(), e);
            return new SendResult.Failed("could not make the report: " + e.getMessage());
        }
    }

    /** "kumo-monthly-ops-2026-11-30.pdf": the schedule and the last day covered. */
    static String fileName(ReportSchedule schedule, ReportQuery query) {
        String slug = schedule.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        LocalDate lastDay = query.to().minusMillis(1).atZone(query.zone()).toLocalDate();
        return "kumo-" + (slug.isEmpty() ? "report" : slug) + "-" + lastDay + "." + schedule.format().extension();
    }

    private synchronized void wakeNow() {
        if (executor != null && !executor.isShutdown()) {
            if (wake != null) {
                wake.cancel(false);
            }
            wake = executor.schedule(this::tick, 0, TimeUnit.MILLISECONDS);
        }
    }

    private void tick() {
        try {
            sendDue();
        } catch (RuntimeException e) { // a dropped database connection: try again at the next wake
            LOG.warn("Sending due reports failed", e);
        } finally {
            planNext();
        }
    }

    private synchronized void planNext() {
        if (executor == null || executor.isShutdown()) {
            return;
        }
        Instant now = clock.instant();
        Duration sleep = LONGEST_SLEEP;
        try {
            sleep = schedules.list().stream().filter(ReportSchedule::enabled)
                    .flatMap(schedule -> schedule.expression().nextFireAfter(now, schedule.zone()).stream())
                    .min(Comparator.naturalOrder()).map(next -> Duration.between(now, next))
                    .filter(until -> until.compareTo(LONGEST_SLEEP) < 0).orElse(LONGEST_SLEEP);
        } catch (RuntimeException e) {
            LOG.debug("Could not read the report schedules to plan the next wake", e);
        }
        wake = executor.schedule(this::tick, Math.max(0, sleep.toMillis()), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = executor;
        }
        if (stopping != null) {
            stopping.shutdownNow();
            try {
                stopping.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
