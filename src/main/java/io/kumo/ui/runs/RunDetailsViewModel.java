package io.kumo.ui.runs;

import io.kumo.engine.Engine;
import io.kumo.engine.ResourceSeries;
import io.kumo.runs.RunHistory;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.DialogService;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The run opened in the details: its fields, its resource samples for the chart, and its log. Follows the run's
 * changes (batched engine events) and stops it on request.
 */
public final class RunDetailsViewModel {

    private final RunHistory history;
    private final Optional<Engine> engine;
    private final BackgroundExecutor background;
    private final DialogService dialogs;
    private final LogViewerModel log;
    private final InstallRequirementsModel requirements;
    private final RunOutputsModel outputs;
    private final ObservableValue<Instant> now;
    private final ReadOnlyObjectWrapper<RunRow> run = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<ResourceSeries.Point>> samples = new ReadOnlyObjectWrapper<>(List.of());
    private final BooleanBinding canStop = Bindings.createBooleanBinding(() -> run.get() != null && run.get().active(), run);

    /** {@code now}: the pane's ticking clock, which a running run's duration and the log's result line follow. */
    public RunDetailsViewModel(RunHistory history, Optional<Engine> engine, ObservableValue<Instant> now,
                               BackgroundExecutor background, DialogService dialogs) {
        this(history, engine, now, background, dialogs, RunFixes.NONE);
    }

    /** {@code fixes}: what repairs a run that could not start (installing its project's requirements). */
    public RunDetailsViewModel(RunHistory history, Optional<Engine> engine, ObservableValue<Instant> now,
                               BackgroundExecutor background, DialogService dialogs, RunFixes fixes) {
        this.requirements = new InstallRequirementsModel(fixes, background);
        this.outputs = new RunOutputsModel(history, background);
        this.history = history;
        this.now = now;
        this.engine = engine;
        this.background = background;
        this.dialogs = dialogs;
        this.log = new LogViewerModel(background, dialogs, row -> history.log(row.id())
                .flatMap(io.kumo.logs.RunLogSource.LogFile::file).orElseGet(() -> Path.of(row.logPath())));
    }

    public void open(RunRow row) {
        show(row);
        log.open(row);
    }

    /** Opens the run scrolled to {@code line}, with the query that found it highlighted. */
    public void openAt(RunRow row, int line, String query, boolean regex, boolean caseSensitive) {
        show(row);
        log.open(row, line);
        log.setFind(query, regex, caseSensitive);
    }

    private void show(RunRow row) {
        run.set(row);
        requirements.show(row);
        outputs.show(row);
        samples.set(decode(row));
    }

    private static List<ResourceSeries.Point> decode(RunRow row) {
        try {
            return ResourceSeries.decode(row.samples());
        } catch (RuntimeException e) {
            return List.of(); // a damaged samples column shows no chart rather than failing the details
        }
    }

    /** Live changes of runs (FX thread, batched): the open one is updated. */
    public void applyChanges(Map<Long, RunRow> changed) {
        RunRow current = run.get();
        if (current != null && changed.containsKey(current.id())) {
            RunRow now = changed.get(current.id());
            show(now);
            log.runChanged(now);
        }
    }

    /** Reads the open run again (after its log was deleted, say). */
    public void reload() {
        RunRow current = run.get();
        if (current == null) {
            return;
        }
        background.run(() -> history.find(current.id()).map(RunRow::of), found -> {
            if (run.get() == null || run.get().id() != current.id()) {
                return;
            }
            if (found.isEmpty()) {
                close(); // its record was pruned
            } else {
                applyChanges(Map.of(current.id(), found.get()));
            }
        }, error -> dialogs.showError("Could not read run #" + current.id(), error));
    }

    public void stop() {
        RunRow current = run.get();
        if (current == null || engine.isEmpty()) {
            return;
        }
        background.run(() -> engine.get().stop(current.id()), stopped -> { },
                error -> dialogs.showError("Could not stop run #" + current.id(), error));
    }

    public void close() {
        log.close();
        run.set(null);
        requirements.show(null);
        outputs.show(null);
        samples.set(List.of());
    }

    public LogViewerModel log() { return log; }
    public InstallRequirementsModel requirements() { return requirements; }
    public RunOutputsModel outputs() { return outputs; }
    public ObservableValue<Instant> nowProperty() { return now; }
    public ReadOnlyObjectProperty<RunRow> runProperty() { return run.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<ResourceSeries.Point>> samplesProperty() { return samples.getReadOnlyProperty(); }
    public BooleanBinding canStopProperty() { return canStop; }
    public boolean stopSupported() { return engine.isPresent(); }
}
