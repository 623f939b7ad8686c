package io.kumo.ui.insights.archives;

import io.kumo.archive.ArchiveEntry;
import io.kumo.archive.RunArchives;
import io.kumo.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Insights → Archives: the month archives, "archive now" before a date, restore and delete a month. Work runs on the
 * background executor; its outcome (or its error, in words) lands in {@link #messageProperty()}.
 */
public final class ArchivesViewModel {

    private final RunArchives archives;
    private final BackgroundExecutor background;
    private final Clock clock;
    private final ObservableList<ArchiveRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public ArchivesViewModel(RunArchives archives, BackgroundExecutor background, Clock clock) {
        this.archives = archives;
        this.background = background;
        this.clock = clock;
    }

    public void load() {
        background.run(archives::list, this::show, this::fail);
    }

    /** Archives the finished task runs scheduled before the start of {@code date}; no date or a future one is refused. */
    public void archiveBefore(LocalDate date) {
        if (date == null) {
            tell("Pick the date: runs scheduled before it are archived.", true);
            return;
        }
        if (date.isAfter(LocalDate.now(clock.withZone(archives.zone())))) {
            tell(date + " is in the future: pick today or an earlier day.", true);
            return;
        }
        act(() -> archives.archiveNow(date.atStartOfDay(archives.zone()).toInstant()).summary());
    }

    public void restore(YearMonth month) {
        if (month != null) {
            act(() -> archives.restore(month).summary());
        }
    }

    public void delete(YearMonth month) {
        if (month != null) {
            act(() -> {
                archives.delete(month);
                return "Deleted the archive of " + month;
            });
        }
    }

    public Path folder() {
        return archives.folder();
    }

    private void act(Callable<String> work) {
        busy.set(true);
        tell("Working…", false);
        background.run(() -> new Outcome(work.call(), archives.list()), outcome -> {
            show(outcome.entries());
            tell(outcome.summary(), false);
        }, this::fail);
    }

    private record Outcome(String summary, List<ArchiveEntry> entries) {
    }

    private void show(List<ArchiveEntry> entries) {
        busy.set(false);
        rows.setAll(entries.stream().map(entry -> ArchiveRow.of(entry, archives.zone())).toList());
    }

    private void fail(Throwable error) {
        busy.set(false);
        tell(error.getMessage() == null ? error.toString() : error.getMessage(), true);
    }

    private void tell(String text, boolean isError) {
        failed.set(isError);
        message.set(text);
    }

    public ObservableList<ArchiveRow> rows() { return rows; }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** Whether the message tells of a failure (shown as an error). */
    public ReadOnlyBooleanProperty failedProperty() { return failed.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
