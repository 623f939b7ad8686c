package io.kumo.ui.dashboard;

import io.kumo.dashboard.DashboardService;
import io.kumo.dashboard.DashboardSnapshot;
import io.kumo.domain.Project;
import io.kumo.domain.Task;
import io.kumo.engine.EngineListener;
import io.kumo.service.AuditedRepository;
import io.kumo.ui.common.BackgroundExecutor;
import io.kumo.ui.common.UiThread;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The Overview tab's state: the project filter, the latest {@link DashboardSnapshot} for it, and the runs in progress
 * with their elapsed time. While active it follows run, task and project changes (refreshing at most once a second
 * and one read at a time, however busy the engine is), advances the elapsed times every second, and re-reads once a
 * minute so the days roll over at midnight. Snapshots are read on the background executor.
 */
public final class DashboardViewModel {

    private static final Duration MIN_REFRESH_GAP = Duration.seconds(1);
    private static final int TICKS_PER_REFRESH = 60;

    private final DashboardServices services;
    private final BackgroundExecutor background;
    private final Consumer<Throwable> onError;
    private final DashboardService service;
    private final Clock clock;
    private final ObservableList<ProjectChoice> projects = FXCollections.observableArrayList(ProjectChoice.ALL);
    private final ObjectProperty<ProjectChoice> project = new SimpleObjectProperty<>(ProjectChoice.ALL);
    private final ReadOnlyObjectWrapper<DashboardSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RunningItem> running = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Loading…");
    private final ReadOnlyBooleanWrapper failing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final AtomicBoolean projectsPending = new AtomicBoolean();
    private final EngineListener runListener = run -> refreshSoon();
    private final AuditedRepository.ChangeListener<Task> taskListener = (task, deleted) -> refreshSoon();
    private final AuditedRepository.ChangeListener<Project> projectListener = (changed, deleted) -> reloadProjectsSoon();
    private final Timeline ticker;
    private boolean active;
    private long generation;
    private long lastRefreshMillis;
    private long lastDurationMillis;
    private boolean inFlight;
    private boolean dirty;
    private int ticks;

    public DashboardViewModel(DashboardServices services, BackgroundExecutor background, Consumer<Throwable> onError) {
        this.services = services;
        this.background = background;
        this.onError = onError;
        this.service = services.figures();
        this.clock = services.clock();
        this.ticker = new Timeline(new KeyFrame(Duration.seconds(1), event -> tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        project.addListener((obs, old, now) -> {
            if (now == null) {
                project.set(ProjectChoice.ALL);
            } else if (active && !now.equals(old)) {
                refresh();
            }
        });
    }

    /** The dashboard is shown (and its window not minimised): follow changes and tick. */
    public void activate() {
        if (active) {
            return;
        }
        active = true;
        services.engine().get().ifPresent(engine -> engine.addListener(runListener));
        services.tasks().addListener(taskListener);
        services.projects().addListener(projectListener);
        reloadProjects();
        refresh();
        ticker.play();
    }

    public void deactivate() {
        active = false;
        ticker.stop();
        services.engine().get().ifPresent(engine -> engine.removeListener(runListener));
        services.tasks().removeListener(taskListener);
        services.projects().removeListener(projectListener);
    }

    /**
     * Reads the figures for the chosen project now (the filter changed, the pane was shown); a result overtaken by a
     * newer request is dropped.
     */
    public void refresh() {
        long request = ++generation;
        inFlight = true;
        long started = System.currentTimeMillis();
        lastRefreshMillis = started;
        Long projectId = project.get().id();
        background.run(() -> service.snapshot(projectId, ZoneId.systemDefault(), clock.instant()),
                result -> {
                    finished(request, started);
                    if (request == generation) {
                        show(result);
                    }
                }, error -> {
                    finished(request, started);
                    if (request == generation) {
                        fail(error);
                    }
                });
    }

    private void finished(long request, long started) {
        if (request == generation) {
            inFlight = false;
            lastDurationMillis = System.currentTimeMillis() - started;
            if (dirty) {
                dirty = false;
                refreshSoon();
            }
        }
    }

    /** A refresh for a change: never a second snapshot while one is being read, the next one waits for it. */
    private void refreshForChange() {
        if (inFlight) {
            dirty = true;
        } else {
            refresh();
        }
    }

    private void show(DashboardSnapshot result) {
        Instant now = clock.instant();
        List<RunningItem> items = new ArrayList<>(result.running().size());
        for (DashboardSnapshot.RunningRun run : result.running()) {
            items.add(new RunningItem(run.runId(), run.taskName(), run.startedAt(), now));
        }
        running.setAll(items);
        snapshot.set(result);
        status.set("Updated " + java.time.LocalTime.now(clock.withZone(ZoneId.systemDefault()))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        failing.set(false);
        loaded.set(true);
    }

    /** The first failure after a success is reported in a dialog; repeats only show in the status line. */
    private void fail(Throwable error) {
        status.set("Could not read the figures: " + (error.getMessage() == null ? error : error.getMessage()));
        if (!failing.get()) {
            failing.set(true);
            onError.accept(error);
        }
    }

    /**
     * Engine and store events come from other threads: at most one refresh waits, a second after the last one started,
     * or twice as long as the last read took when that is longer: a slow store is never read back to back.
     */
    private void refreshSoon() {
        if (refreshPending.compareAndSet(false, true)) {
            UiThread.run(() -> {
                long gap = Math.max((long) MIN_REFRESH_GAP.toMillis(), 2 * lastDurationMillis);
                long wait = Math.max(100, lastRefreshMillis + gap - System.currentTimeMillis());
                PauseTransition delay = new PauseTransition(Duration.millis(wait));
                delay.setOnFinished(event -> {
                    refreshPending.set(false);
                    if (active) {
                        refreshForChange();
                    }
                });
                delay.play();
            });
        }
    }

    private void reloadProjectsSoon() {
        if (projectsPending.compareAndSet(false, true)) {
            UiThread.run(() -> {
                projectsPending.set(false);
                if (active) {
                    reloadProjects();
                }
            });
        }
    }

    private void reloadProjects() {
        background.run(() -> services.projects().list().stream()
                        .sorted(Comparator.comparing(Project::getName, String.CASE_INSENSITIVE_ORDER))
                        .map(found -> new ProjectChoice(found.getId(), found.getName())).toList(),
                this::showProjects, error -> fail(error));
    }

    private void showProjects(List<ProjectChoice> found) {
        ProjectChoice chosen = project.get();
        List<ProjectChoice> choices = new ArrayList<>(found.size() + 1);
        choices.add(ProjectChoice.ALL);
        choices.addAll(found);
        projects.setAll(choices);
        // keep the chosen project (renamed, perhaps); fall back to all when it was deleted
        project.set(choices.stream().filter(choice -> java.util.Objects.equals(choice.id(), chosen.id()))
                .findFirst().orElse(ProjectChoice.ALL));
    }

    private void tick() {
        Instant now = clock.instant();
        for (RunningItem item : running) {
            item.tick(now);
        }
        if (++ticks % TICKS_PER_REFRESH == 0) {
            refreshForChange();
        }
    }

    public ObservableList<ProjectChoice> projects() { return projects; }
    /** The project filter; every figure follows it. */
    public ObjectProperty<ProjectChoice> projectProperty() { return project; }
    public ReadOnlyObjectProperty<DashboardSnapshot> snapshotProperty() { return snapshot.getReadOnlyProperty(); }
    public ObservableList<RunningItem> running() { return running; }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty failingProperty() { return failing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
}
