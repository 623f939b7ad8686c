package io.kumo.ui.insights.reports.schedule;

import io.kumo.alerts.service.ChannelService;
import io.kumo.alerts.service.ChannelView;
import io.kumo.alerts.send.SendResult;
import io.kumo.reports.schedule.ReportScheduleEdit;
import io.kumo.reports.schedule.ReportScheduleService;
import io.kumo.reports.schedule.ReportScheduler;
import io.kumo.ui.common.BackgroundExecutor;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The report schedules table's state: the schedules and channel names read on the background executor, and the
 * commands (save, delete, send now) run there too; their outcome comes back as a status line or an error.
 */
public final class ReportSchedulesViewModel {

    private final ReportScheduleService schedules;
    private final ReportScheduler scheduler;
    private final ChannelService channels;
    private final BackgroundExecutor background;
    private final ZoneId zone;
    private final ObservableList<ReportScheduleRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> channelNames = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public ReportSchedulesViewModel(ReportScheduleService schedules, ReportScheduler scheduler, ChannelService channels,
                                    BackgroundExecutor background, ZoneId zone) {
        this.schedules = schedules;
        this.scheduler = scheduler;
        this.channels = channels;
        this.background = background;
        this.zone = zone;
    }

    private record Read(List<ReportScheduleRow> rows, List<String> channels) {
    }

    public void refresh() {
        background.run(() -> new Read(schedules.list().stream().map(schedule -> ReportScheduleRow.of(schedule, zone)).toList(),
                channels.list().stream().map(ChannelView::name).toList()), read -> {
            problem.set("");
            rows.setAll(read.rows());
            channelNames.setAll(read.channels());
        }, error -> problem.set("Could not read the report schedules: " + message(error)));
    }

    /**
     * Creates ({@code id} null) or changes a schedule; {@code onDone} runs after it is stored, {@code onRefused} gets
     * the one line that says what is wrong.
     */
    public void save(Long id, ReportScheduleEdit edit, Runnable onDone, Consumer<String> onRefused) {
        background.run(() -> id == null ? schedules.create(edit) : schedules.update(id, edit), saved -> {
            status.set("Saved " + saved.name());
            onDone.run();
            refresh();
        }, error -> onRefused.accept(message(error)));
    }

    public void delete(ReportScheduleRow row) {
        background.run(() -> {
            schedules.delete(row.schedule().name());
            return row;
        }, deleted -> {
            status.set("Deleted " + deleted.schedule().name());
            refresh();
        }, error -> problem.set(message(error)));
    }

    public void sendNow(ReportScheduleRow row) {
        status.set("Sending " + row.schedule().name() + "…");
        background.run(() -> scheduler.sendNow(row.schedule().name()), (SendResult result) -> {
            status.set(result.delivered() ? "Sent " + row.schedule().name()
                    : row.schedule().name() + " was not sent: " + result.error());
            refresh();
        }, error -> status.set(row.schedule().name() + " was not sent: " + message(error)));
    }

    private static String message(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    public ObservableList<ReportScheduleRow> rows() { return rows; }
    public ObservableList<String> channelNames() { return channelNames; }
    /** What the last command did ("Sent monthly", "monthly was not sent: …"). */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** Why the last read failed; empty after a good one. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
}
