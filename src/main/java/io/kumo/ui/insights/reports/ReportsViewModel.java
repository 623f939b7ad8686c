package io.kumo.ui.insights.reports;

import io.kumo.domain.Project;
import io.kumo.reports.Report;
import io.kumo.reports.ReportFormat;
import io.kumo.reports.ReportPeriod;
import io.kumo.reports.ReportQuery;
import io.kumo.reports.ReportService;
import io.kumo.ui.common.BackgroundExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Reports tab's state: the period, the selection (all, a project, a tag) and the export format the user picks;
 * "Preview" builds the report on the background executor and shows its summary and task lines; "Export" builds it
 * and writes the file. Every refusal (a reversed period, a format not yet available, a missing folder) comes back as
 * the inline {@link #problem()}.
 */
public final class ReportsViewModel {

    /** What the selection box offers. */
    public enum Selection { ALL, PROJECT, TAG }

    private final ReportService reports;
    private final Supplier<List<Project>> projects;
    private final BackgroundExecutor background;
    private final Clock clock;
    private final ZoneId zone;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(Selection.ALL);
    private final ObjectProperty<Project> project = new SimpleObjectProperty<>();
    private final StringProperty tag = new SimpleStringProperty("");
    private final ObjectProperty<ReportFormat> format = new SimpleObjectProperty<>(ReportFormat.CSV);
    private final ObservableList<Project> projectChoices = FXCollections.observableArrayList();
    private final ObservableList<Report.TaskLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public ReportsViewModel(ReportService reports, Supplier<List<Project>> projects, BackgroundExecutor background, Clock clock,
                            ZoneId zone) {
        this.reports = reports;
        this.projects = projects;
        this.background = background;
        this.clock = clock;
        this.zone = zone;
        apply(ReportPeriod.lastDays(30, today()));
    }

    /** Reads the projects the selection offers. */
    public void activate() {
        background.run(projects::get, projectChoices::setAll, error -> problem.set("Could not read the projects: " + message(error)));
    }

    public void deactivate() {
        // nothing followed while shown: a report is read once per Preview
    }

    public void lastDays(int days) {
        apply(ReportPeriod.lastDays(days, today()));
    }

    public void lastMonth() {
        apply(ReportPeriod.lastMonth(today()));
    }

    /** Builds the report and shows it. */
    public void preview() {
        ReportQuery query = queryOrProblem();
        if (query == null) {
            return;
        }
        busy.set(true);
        background.run(() -> reports.build(query), this::show, this::failed);
    }

    /** Builds the report and writes it to {@code target} in the chosen format. */
    public void export(Path target) {
        ReportQuery query = queryOrProblem();
        if (query == null) {
            return;
        }
        ReportFormat chosen = format.get();
        busy.set(true);
        background.run(() -> {
            reports.checkExport(chosen, target);
            Report report = reports.build(query);
            reports.export(report, chosen, target);
            return report;
        }, report -> {
            show(report);
            notice.set("Report of " + report.summary().runs() + " runs written to " + target);
        }, this::failed);
    }

    /** "kumo-report-2026-11-01-2026-11-30.csv": what the file chooser suggests. */
    public String suggestedFileName() {
        return "kumo-report-" + from.get() + "-" + to.get() + "." + format.get().extension();
    }

    private ReportQuery queryOrProblem() {
        problem.set("");
        notice.set("");
        try {
            ReportPeriod period = new ReportPeriod(from.get(), to.get());
            Long projectId = null;
            String tagWord = null;
            if (selection.get() == Selection.PROJECT) {
                if (project.get() == null) {
                    throw new io.kumo.common.ValidationException("Pick a project");
                }
                projectId = project.get().getId();
            } else if (selection.get() == Selection.TAG) {
                if (tag.get() == null || tag.get().isBlank()) {
                    throw new io.kumo.common.ValidationException("Type a tag");
                }
                tagWord = tag.get().strip().toLowerCase(Locale.ROOT);
            }
            return new ReportQuery(period.from(zone), period.to(zone), projectId, tagWord, null, zone);
        } catch (io.kumo.common.ValidationException e) {
            problem.set(e.getMessage());
            return null;
        }
    }

    private void show(Report report) {
        busy.set(false);
        Report.Summary totals = report.summary();
        summary.set(report.title() + "\n" + totals.runs() + " runs · " + totals.succeeded() + " succeeded · " + totals.failed()
                + " failed · " + totals.timedOut() + " timed out · success rate "
                + (totals.successRate() == null ? "–" : String.format(Locale.ROOT, "%.1f %%", totals.successRate() * 100))
                + " · p50 " + ReportCells.duration(totals.p50()) + " · p95 " + ReportCells.duration(totals.p95()));
        lines.setAll(report.tasks());
    }

    private void failed(Throwable error) {
        busy.set(false);
        problem.set(message(error));
    }

    private static String message(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    private void apply(ReportPeriod period) {
        from.set(period.first());
        to.set(period.last());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public ObjectProperty<LocalDate> from() { return from; }
    public ObjectProperty<LocalDate> to() { return to; }
    public ObjectProperty<Selection> selection() { return selection; }
    public ObjectProperty<Project> project() { return project; }
    public StringProperty tag() { return tag; }
    public ObjectProperty<ReportFormat> format() { return format; }
    public List<ReportFormat> formats() { return List.of(ReportFormat.values()); }
    public ObservableList<Project> projectChoices() { return projectChoices; }
    public ObservableList<Report.TaskLine> lines() { return lines; }
    public ReadOnlyStringProperty summary() { return summary.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problem() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty notice() { return notice.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busy() { return busy.getReadOnlyProperty(); }
}
