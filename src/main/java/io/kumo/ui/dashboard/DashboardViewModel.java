package io.kumo.ui.dashboard;

import io.kumo.core.KumoCore;
import io.kumo.domain.Task;
import io.kumo.engine.EngineListener;
import io.kumo.service.AuditedRepository;
import io.kumo.ui.common.UiThread;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import io.kumo.ui.common.BackgroundExecutor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;

/** Totals for the dashboard, read from the store in the background. */
public final class DashboardViewModel {

    private final KumoCore core;
    private final BackgroundExecutor background;
    private final Consumer<Throwable> onError;
    private final LongProperty tasks = new SimpleLongProperty();
    private final LongProperty projects = new SimpleLongProperty();
    private final LongProperty environments = new SimpleLongProperty();
    private final LongProperty runs = new SimpleLongProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final AuditedRepository.ChangeListener<Task> taskListener = (task, deleted) -> refreshSoon();
    private final EngineListener runListener = run -> refreshSoon();

    public DashboardViewModel(KumoCore core, BackgroundExecutor background, Consumer<Throwable> onError) {
        this.core = core;
        this.background = background;
        this.onError = onError;
    }

    /** Follows task and run changes while the dashboard is shown, at most two refreshes a second. */
    public void activate() {
        core.tasks().addListener(taskListener);
        core.engine().ifPresent(engine -> engine.addListener(runListener));
        refresh();
    }

    public void deactivate() {
        core.tasks().removeListener(taskListener);
        core.engine().ifPresent(engine -> engine.removeListener(runListener));
    }

    private void refreshSoon() {
        if (refreshPending.compareAndSet(false, true)) {
            UiThread.run(() -> {
                PauseTransition delay = new PauseTransition(Duration.millis(500));
                delay.setOnFinished(event -> {
                    refreshPending.set(false);
                    refresh();
                });
                delay.play();
            });
        }
    }

    public void refresh() {
        background.run(() -> new long[] {core.tasks().count(), core.projects().count(), core.environments().count(),
                        core.database().runs().countOf()},
                counts -> {
                    tasks.set(counts[0]);
                    projects.set(counts[1]);
                    environments.set(counts[2]);
                    runs.set(counts[3]);
                    loaded.set(true);
                },
                onError);
    }

    public LongProperty tasksProperty() { return tasks; }
    public LongProperty projectsProperty() { return projects; }
    public LongProperty environmentsProperty() { return environments; }
    public LongProperty runsProperty() { return runs; }
    public BooleanProperty loadedProperty() { return loaded; }
}
